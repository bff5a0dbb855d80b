"""Rows the live server must see. A test runs inside the transaction of its `django_db` mark,
which the server's connections never see; `committed` writes on a connection of its own."""

from concurrent.futures import ThreadPoolExecutor
from importlib import import_module

from django.conf import settings
from django.db import connections


def committed(function, /, *args, **kwargs):
    """Call `function` in a thread of its own (own connection, autocommit); return its result."""

    def run():
        try:
            return function(*args, **kwargs)
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(run).result()


def session_with(values: dict) -> str:
    """A server-side session holding `values`; its key is the cookie a browser sends."""
    store = import_module(settings.SESSION_ENGINE).SessionStore()
    store.update(values)
    store.create()
    return store.session_key
