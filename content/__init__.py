"""Public content: FAQs, regulatory documents, success stories, info pages, journey steps."""
