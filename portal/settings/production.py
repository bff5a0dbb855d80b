"""Production: demands its secrets from the environment and hardens HTTP."""

from django.core.exceptions import ImproperlyConfigured

from portal.settings.base import *  # noqa: F403
from portal.settings.base import DOCUMENT_S3_BUCKET, DOCUMENT_STORAGE, OAUTH2_PROVIDER, env

DEBUG = False
SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")
MVD_API_TOKEN = env("MVD_API_TOKEN")
MID_API_TOKEN = env("MID_API_TOKEN")
MVD_CALLBACK_SECRET = env("MVD_CALLBACK_SECRET")
if DOCUMENT_STORAGE == "s3" and not DOCUMENT_S3_BUCKET:
    raise ImproperlyConfigured("DOCUMENT_STORAGE=s3 needs DOCUMENT_S3_BUCKET.")

# ---- HTTPS behind a reverse proxy

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
# /healthz and /metrics are probed and scraped over plain HTTP inside the network.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^metrics$"]
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
# The __Host- prefix pins the cookies to this exact host over HTTPS (ASVS 3.4.4).
SESSION_COOKIE_NAME = "__Host-sessionid"
CSRF_COOKIE_NAME = "__Host-csrftoken"
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"

# ---- Static files: hashed, compressed, served by whitenoise

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# ---- Candidate sign-in: no development secret; unset, the sign-in is not offered.
# The mock identity provider, if ever served here, sends browsers back over HTTPS only.
OAUTH2_PROVIDER = {**OAUTH2_PROVIDER, "ALLOWED_REDIRECT_URI_SCHEMES": ["https"]}

ESIA_CLIENT_SECRET = env("ESIA_CLIENT_SECRET", default="")
