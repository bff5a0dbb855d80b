"""The mock ESIA's RS256 signing key: from the environment, else generated once into var/."""

import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from django.conf import settings


def signing_key_pem() -> str:
    if settings.MOCK_ESIA_PRIVATE_KEY:
        return settings.MOCK_ESIA_PRIVATE_KEY
    path = Path(settings.MOCK_ESIA_KEY_FILE)
    if not path.exists():
        _write_new_key(path)
    return path.read_text()


def new_private_key_pem() -> str:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()


def _write_new_key(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{os.getpid()}.tmp")
    # Readable by the owner only; renamed into place so a concurrent start never reads half.
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w") as handle:
        handle.write(new_private_key_pem())
    if path.exists():
        partial.unlink()
    else:
        partial.replace(path)
