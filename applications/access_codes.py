"""The candidate's access code: random, shown once, stored only as a PBKDF2 hash."""

import functools
import re
import secrets

from django.contrib.auth.hashers import PBKDF2PasswordHasher, check_password

# No 0/O or 1/I: the code is read from an email and typed by hand. 32 symbols × 12 = 60 bits.
ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
GROUPS, GROUP_LENGTH = 3, 4
# A 60-bit random code needs far fewer PBKDF2 rounds than a chosen password (Django's default
# is 1 000 000, ~0.6 s of CPU per submission and per look-up): 2^60 guesses at 20 000 rounds
# each stay out of reach, and the service stays responsive. check_password reads the rounds
# from the stored hash, so codes hashed with other counts keep working.
ITERATIONS = 20_000


def access_code_generate() -> str:
    """A new code such as "K7QM-2XHD-9RTA"."""
    groups = (
        "".join(secrets.choice(ALPHABET) for _i in range(GROUP_LENGTH)) for _g in range(GROUPS)
    )
    return "-".join(groups)


def access_code_normalise(code: str) -> str:
    """Case, spaces and dashes do not matter when the candidate types the code."""
    return re.sub(r"[^0-9A-Z]", "", (code or "").upper())[: GROUPS * GROUP_LENGTH + 8]


def access_code_hash(code: str) -> str:
    hasher = PBKDF2PasswordHasher()
    return hasher.encode(access_code_normalise(code), hasher.salt(), iterations=ITERATIONS)


def access_code_matches(code: str, encoded: str | None) -> bool:
    """Always one hash check (a dummy one for unknown references): timing reveals nothing."""
    normalised = access_code_normalise(code)
    matched = check_password(normalised, encoded or _dummy_hash())
    return bool(encoded) and bool(normalised) and matched


@functools.cache
def _dummy_hash() -> str:
    return access_code_hash(secrets.token_hex(16))
