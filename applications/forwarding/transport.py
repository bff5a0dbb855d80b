"""One keep-alive HTTP client per process for the ministries.

`httpx.post` builds a client, with a TLS context and a fresh connection, for every request:
most of a delivery's time. The shared client keeps only the connection pool; URLs, tokens
and timeouts are still read from the settings on every call.
"""

import os
import threading

import httpx

_lock = threading.Lock()
_client: httpx.Client | None = None


def client() -> httpx.Client:
    """The process's client, created on first use."""
    global _client
    if _client is None:
        with _lock:
            if _client is None:
                _client = httpx.Client()
    return _client


def close() -> None:
    """Close the pooled connections (a worker process shutting down); the next call reopens."""
    global _client
    with _lock:
        if _client is not None:
            _client.close()
            _client = None


def _forget_after_fork() -> None:
    # A forked worker child must not share its parent's sockets; it builds its own client.
    global _client, _lock
    _client = None
    _lock = threading.Lock()


os.register_at_fork(after_in_child=_forget_after_fork)
