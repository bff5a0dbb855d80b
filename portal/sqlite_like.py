"""On SQLite (development, `make test` without PostgreSQL), make LIKE case-insensitive for every
alphabet, not only ASCII: `icontains` must find "визу" when a reader types "ВИЗУ"."""

import re
from functools import lru_cache

from django.db.backends.signals import connection_created


@lru_cache(maxsize=512)
def _pattern(like: str, escape: str | None) -> re.Pattern:
    parts, i = [], 0
    while i < len(like):
        char = like[i]
        if escape and char == escape and i + 1 < len(like):
            parts.append(re.escape(like[i + 1]))
            i += 2
            continue
        parts.append(".*" if char == "%" else "." if char == "_" else re.escape(char))
        i += 1
    return re.compile("".join(parts), re.IGNORECASE | re.DOTALL)


def unicode_like(like, value, escape=None):
    if like is None or value is None:
        return None
    return int(_pattern(like, escape).fullmatch(str(value)) is not None)


def install(sender, connection, **kwargs):
    if connection.vendor == "sqlite":
        connection.connection.create_function("like", 2, unicode_like, deterministic=True)
        connection.connection.create_function("like", 3, unicode_like, deterministic=True)


def connect() -> None:
    connection_created.connect(install, dispatch_uid="portal.sqlite_like")
