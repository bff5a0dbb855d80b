"""Signed webhooks: `X-Timestamp: <unix seconds>` and `X-Signature: sha256=<hex>`, the
HMAC-SHA256 of "<timestamp>.<raw body>". The timestamp inside the signed material bounds how
long a captured callback could be replayed; the receiver refuses the same signature twice."""

import hashlib
import hmac
import time

PREFIX = "sha256="
# A timestamp further than this from now (either way) is refused (shared/CONTRACT.md).
TOLERANCE_SECONDS = 300


def sign(body: bytes, secret: str, timestamp: int | str) -> str:
    """The X-Signature header value for `body` sent at `timestamp`."""
    message = f"{timestamp}.".encode() + body
    return PREFIX + hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def signed_headers(body: bytes, secret: str, now: float | None = None) -> dict[str, str]:
    """The two headers of a callback sent now."""
    timestamp = str(int(now if now is not None else time.time()))
    return {"X-Timestamp": timestamp, "X-Signature": sign(body, secret, timestamp)}


def is_valid(
    body: bytes,
    header: str | None,
    timestamp: str | None,
    secret: str,
    now: float | None = None,
) -> bool:
    """True when `header` signs `body` at `timestamp` and that is within the tolerance of now;
    compared in constant time."""
    if not header or not header.startswith(PREFIX) or not secret or not timestamp:
        return False
    if not timestamp.isascii() or not timestamp.isdigit() or len(timestamp) > 12:
        return False
    now = now if now is not None else time.time()
    if abs(now - int(timestamp)) > TOLERANCE_SECONDS:
        return False
    return hmac.compare_digest(sign(body, secret, timestamp), header)
