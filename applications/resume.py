"""Signed links that let a candidate resume a draft; valid for 30 days."""

from django.core import signing

RESUME_MAX_AGE_DAYS = 30
_SALT = "applications.resume"


def resume_token(application) -> str:
    return signing.TimestampSigner(salt=_SALT).sign(str(application.uuid))


def draft_uuid_from_token(token: str) -> str | None:
    """The draft's uuid from a token signed here in the last 30 days, else None."""
    try:
        return signing.TimestampSigner(salt=_SALT).unsign(
            token, max_age=RESUME_MAX_AGE_DAYS * 24 * 60 * 60
        )
    except signing.BadSignature:
        return None
