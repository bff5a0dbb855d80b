"""The submit's confirmation, kept for a reload: in a signed cookie of this browser session.

The access code is stored only as a hash on the server. So that a reload of the confirmation
still shows it, the browser keeps it in a cookie that ends with the browser session: signed
(it cannot be forged), HttpOnly, and checked against the case's hash every time it is read.
"""

import json

from django.conf import settings
from django.core import signing

from applications.models import Application
from applications.selectors import application_for_candidate

COOKIE = "confirmation"
SALT = "applications.confirmation"


def _cookie_name() -> str:
    # Over HTTPS, the __Host- prefix pins the cookie to this exact host, like the session's.
    return f"__Host-{COOKIE}" if settings.SESSION_COOKIE_SECURE else COOKIE


def remember(response, *, application: Application, access_code: str) -> None:
    """Let this browser show the confirmation again until it is closed."""
    response.set_signed_cookie(
        _cookie_name(),
        json.dumps({"reference": application.reference, "code": access_code}),
        salt=SALT,
        max_age=None,
        path="/",
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )


def recall(request) -> tuple[Application, str] | None:
    """The case and access code this browser was shown at its submit, if it still matches."""
    try:
        value = request.get_signed_cookie(
            _cookie_name(), salt=SALT, max_age=settings.SESSION_COOKIE_AGE
        )
        data = json.loads(value)
        reference, access_code = str(data["reference"]), str(data["code"])
    except (KeyError, TypeError, ValueError, signing.BadSignature):
        return None
    application = application_for_candidate(reference=reference, access_code=access_code)
    if application is None:
        return None
    return application, access_code
