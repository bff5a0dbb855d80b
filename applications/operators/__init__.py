"""The operators' side of a case: queue, actions, interviews, notes, dashboard and export."""
