"""Forwarding approved cases to the ministries: outbox rows, forwarder plugins, the worker."""
