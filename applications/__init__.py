"""The candidate form, the case and its status machine, documents and the operator queue."""
