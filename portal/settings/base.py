"""Settings shared by every environment; every value comes from the environment."""

import datetime
from datetime import timedelta
from pathlib import Path

import environ
from celery.schedules import crontab
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _
from kombu import Exchange, Queue

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

# ---- Core

SECRET_KEY = env("SECRET_KEY", default="dev-only-insecure-key-change-me")
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    # modeltranslation must come before the admin to patch it.
    "modeltranslation",
    "portal.apps.PortalAdminConfig",  # django.contrib.admin with the portal's admin site
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "rest_framework",
    # Tokens for the operator API (shared/CONTRACT.md: "staff session or token").
    "rest_framework.authtoken",
    "django_filters",
    "django_countries",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "csp",
    # The mock ESIA identity provider (ministries/esia/) is built on it.
    "oauth2_provider",
    "portal.apps.PortalConfig",
    "regions",
    "content",
    "applications",
    "ministries",
    "accounts",
    "stats",
    "privacy",
]

MIDDLEWARE = [
    # Outermost: every response, a page-cache hit too, carries the request id and is counted.
    "portal.request_id.RequestIdMiddleware",
    "portal.request_metrics.RequestMetricsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # On every response, cached pages included (see "Content-Security-Policy" below).
    "portal.csp_policy.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    # Outermost of ours: HEAD runs every GET view and drops the body (portal/request_guard.py).
    "portal.request_guard.HeadAsGetMiddleware",
    "portal.request_guard.JsonBodyLimitMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before the session: a cached page for an anonymous reader skips the rest of the stack.
    "portal.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "portal.request_guard.ReadableInputMiddleware",
    "portal.middleware.ApiLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: turns a locked-out sign-in into its lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "portal.context_processors.languages",
                "portal.context_processors.site_contact",
            ],
            # `{% url %}` with addresses remembered per process (portal/remembered_urls.py).
            "builtins": ["portal.templatetags.remembered_url"],
        },
    },
]

# Django's form and widget templates through Jinja2 (portal/form_renderer.py).
FORM_RENDERER = "portal.form_renderer.JinjaFirstRenderer"

# ---- Database

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}"),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0)

# ---- Cache (Redis when REDIS_URL is set, else in-process memory)

REDIS_URL = env("REDIS_URL", default="")
if REDIS_URL:
    # django-redis keeps one redis client per connection pool; Django's own RedisCache builds
    # a client (~170 response callbacks) per operation, a third of a page-cache hit.
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "portal",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Seconds anonymous public pages stay cached (portal/page_cache.py); 0 disables. Off without
# Redis: an in-process cache cannot be invalidated across several web processes.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=300 if REDIS_URL else 0)
# Pages are cached per release; empty: a fingerprint of the source tree taken at start.
PAGE_CACHE_RELEASE = env("PAGE_CACHE_RELEASE", default="")

# ---- Authentication

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "admin:login"
# Staff sessions end after 8 idle hours of a working day, and with the browser.
SESSION_COOKIE_AGE = env.int("SESSION_COOKIE_AGE", default=8 * 60 * 60)
SESSION_SAVE_EVERY_REQUEST = True
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

# ---- Staff sign-in: failed-login lockout (django-axes) and second factor (django-otp)

AUTHENTICATION_BACKENDS = [
    # First: refuses a locked-out account or address before any password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Failed sign-ins (wrong password or wrong code) before a lock, counted per account and,
# separately, per address.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "portal.second_factor.lockout_response"
# The same client address as every other limit (TRUSTED_PROXY_COUNT), not REMOTE_ADDR alone.
AXES_CLIENT_IP_CALLABLE = "portal.client_address.client_address"
# Operators (the Operators group) must sign in to the admin with a TOTP code; any staff user
# may enrol an authenticator app at /admin/second-factor/ and is then always asked for it.
STAFF_REQUIRE_2FA = env.bool("STAFF_REQUIRE_2FA", default=False)
OTP_TOTP_ISSUER = "Time to Live in Russia"

# ---- Internationalisation

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("ru", _("Russian")),
    ("de", _("German")),
    ("fr", _("French")),
    ("es", _("Spanish")),
    ("it", _("Italian")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Our date formats where Django's read badly (English, Italian); see portal/formats/.
FORMAT_MODULE_PATH = ["portal.formats"]
TIME_ZONE = "Europe/Moscow"
USE_I18N = True
USE_TZ = True

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
# Content falls back from the requested language to English, then Russian.
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en", "ru")
# The tabbed translation admin's jQuery UI, served from static/vendor instead of a CDN.
JQUERY_UI_URL = "vendor/jquery-ui-1.14.1/jquery-ui.min.js"

# ---- Static and media files

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "var" / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = BASE_DIR / "var" / "media"
# ---- Candidate documents (applications/storage.py): a private folder or an S3 bucket

# "filesystem" (default, `make run`) or "s3" (AWS S3, MinIO or another S3 API server).
DOCUMENT_STORAGE = env("DOCUMENT_STORAGE", default="filesystem")
if DOCUMENT_STORAGE not in ("filesystem", "s3"):
    raise ImproperlyConfigured("DOCUMENT_STORAGE must be 'filesystem' or 's3'.")
# Filesystem: outside MEDIA_ROOT and never served directly.
PRIVATE_STORAGE_ROOT = env.path("PRIVATE_STORAGE_ROOT", default=BASE_DIR / "var" / "private")
# S3: the bucket (private), its server (empty: AWS), region, credentials (empty: boto3's own
# chain, e.g. an instance role), a key prefix, and the server-side encryption asked for on
# every write (AES256 = SSE-S3; "aws:kms" for KMS; empty: none).
DOCUMENT_S3_BUCKET = env("DOCUMENT_S3_BUCKET", default="")
DOCUMENT_S3_ENDPOINT_URL = env("DOCUMENT_S3_ENDPOINT_URL", default="")
DOCUMENT_S3_REGION = env("DOCUMENT_S3_REGION", default="us-east-1")
DOCUMENT_S3_ACCESS_KEY_ID = env("DOCUMENT_S3_ACCESS_KEY_ID", default="")
DOCUMENT_S3_SECRET_ACCESS_KEY = env("DOCUMENT_S3_SECRET_ACCESS_KEY", default="")
DOCUMENT_S3_PREFIX = env("DOCUMENT_S3_PREFIX", default="")
DOCUMENT_S3_SERVER_SIDE_ENCRYPTION = env("DOCUMENT_S3_SERVER_SIDE_ENCRYPTION", default="AES256")
# Lifetime of a signed download link to a document (S3 only).
DOCUMENT_SIGNED_URL_SECONDS = env.int("DOCUMENT_SIGNED_URL_SECONDS", default=300)

# ---- Uploads and file storages

# Explicit request limits; a candidate document is at most 10 MB (checked again per file).
DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 1000
DATA_UPLOAD_MAX_NUMBER_FILES = 20
# Demo content (one YAML file per item) for `seed_demo`; not part of the runtime packages.
DEMO_DATA_DIR = env.path("DEMO_DATA_DIR", default=BASE_DIR / "demo_data")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# ---- Email

EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env(
    "DEFAULT_FROM_EMAIL", default="Time to Live in Russia <noreply@example.org>"
)
# Where the portal is reached from outside: links in emails sent without a request.
PUBLIC_BASE_URL = env("PUBLIC_BASE_URL", default="http://127.0.0.1:8000")

# ---- Candidate service (contact, accessibility statement)

# Where candidates write with questions and accessibility problems (footer, statement page).
CONTACT_EMAIL = env("CONTACT_EMAIL", default="info@example.org")
# The dates of the last automated (axe-core) and manual accessibility checks (YYYY-MM-DD).
ACCESSIBILITY_AUTOMATED_CHECK_DATE = datetime.date.fromisoformat(
    env("ACCESSIBILITY_AUTOMATED_CHECK_DATE", default="2026-12-04")
)
ACCESSIBILITY_MANUAL_CHECK_DATE = datetime.date.fromisoformat(
    env("ACCESSIBILITY_MANUAL_CHECK_DATE", default="2026-12-04")
)

# ---- Abuse limits

# How many reverse proxies in front of the portal append to X-Forwarded-For; 0 means the
# connecting address is the client (portal/client_address.py).
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
# Status look-ups of one reference, from any address: this many wrong codes lock it for a while.
LOOKUP_FAILURES_PER_REFERENCE = env.int("LOOKUP_FAILURES_PER_REFERENCE", default=10)
LOOKUP_LOCK_SECONDS = env.int("LOOKUP_LOCK_SECONDS", default=15 * 60)
# Largest body a JSON endpoint (the API, the mocks) reads; larger ones get 413 (uploads excepted).
API_MAX_BODY_BYTES = env.int("API_MAX_BODY_BYTES", default=1024 * 1024)
# Django refuses larger bodies with an HTML 400 before the API could answer 413 in JSON.
DATA_UPLOAD_MAX_MEMORY_SIZE = max(DATA_UPLOAD_MAX_MEMORY_SIZE, API_MAX_BODY_BYTES)

# ---- Content-Security-Policy and Permissions-Policy (django-csp, django-permissions-policy)

# Only this origin's files: no inline script or style (templates use static/js and classes),
# no framing. Violations are reported to CSP_REPORTS_URL (portal/csp_report.py logs them).
CSP_REPORTS_URL = env("CSP_REPORTS_URL", default="/csp-report/")
CSP_REPORT_MAX_BYTES = env.int("CSP_REPORT_MAX_BYTES", default=16 * 1024)
_CSP = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        # data: for the small SVG icons of the admin's and Swagger UI's style sheets.
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "report-uri": CSP_REPORTS_URL,
    }
}
# true: browsers only report violations (to try a stricter policy out); false: they block.
if env.bool("CSP_REPORT_ONLY", default=False):
    CONTENT_SECURITY_POLICY_REPORT_ONLY = _CSP
else:
    CONTENT_SECURITY_POLICY = _CSP
# No page uses these browser features; none may be used, by this origin or an embedded one.
PERMISSIONS_POLICY: dict[str, list] = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "encrypted-media",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
}

# ---- REST API

REST_FRAMEWORK = {
    # Adds the error statuses and field constraints the server really has (portal/api_schema.py).
    "DEFAULT_SCHEMA_CLASS": "portal.api_schema.PortalAutoSchema",
    "DEFAULT_PAGINATION_CLASS": "portal.api.PageNumberPagination",
    "PAGE_SIZE": 20,
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    # JSON bodies within the contract's limits (portal.json_body); forms as DRF's defaults.
    "DEFAULT_PARSER_CLASSES": [
        "portal.api_parsers.LimitedJSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "EXCEPTION_HANDLER": "portal.api.exception_handler",
    # The same rule as portal.client_address, for any DRF throttle that keeps DRF's get_ident.
    "NUM_PROXIES": TRUSTED_PROXY_COUNT,
    # Per client address; look-ups are tight so access codes cannot be guessed by brute force.
    "DEFAULT_THROTTLE_RATES": {
        "application_submit": env("THROTTLE_APPLICATION_SUBMIT", default="10/hour"),
        "application_lookup": env("THROTTLE_APPLICATION_LOOKUP", default="20/minute"),
        "application_documents": env("THROTTLE_APPLICATION_DOCUMENTS", default="60/hour"),
        "csp_report": env("THROTTLE_CSP_REPORT", default="30/minute"),
    },
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Time to Live in Russia API",
    "DESCRIPTION": "Public content, candidate applications, operator queue and integrations.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # Swagger UI from the bundled sidecar package: no CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "portal.api_schema.blank_means_all",
        # The 400 and 413 that portal/request_guard.py and portal/json_body.py give anywhere.
        "portal.schema_hooks.document_request_guard",
    ],
    # Citizenship and residence share one list of ISO countries: name it once.
    "ENUM_NAME_OVERRIDES": {
        "CountryEnum": "django_countries.countries",
        "ApplicationStatusEnum": "applications.models.ApplicationStatus",
    },
}

# ---- Celery

CELERY_BROKER_URL = env("CELERY_BROKER_URL", default=REDIS_URL or "memory://")
CELERY_RESULT_BACKEND = env("CELERY_RESULT_BACKEND", default=REDIS_URL or None)
# The outbox and the history rows are the record; a task whose result is awaited says so.
CELERY_TASK_IGNORE_RESULT = True
# Without a broker the tasks run in-process: the embedded default for `make run`.
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=not REDIS_URL)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_RESULT_EXPIRES = 3600
# A task is acknowledged only when done; a killed worker's task goes back to the queue.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = 300
CELERY_TASK_SOFT_TIME_LIMIT = 240
# Must exceed the longest task, or Redis redelivers a task that is still running.
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3600}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Seconds between two runs of the outbox sweeper and of MVD reconciliation (beat).
FORWARDING_SWEEP_SECONDS = env.float("FORWARDING_SWEEP_SECONDS", default=60.0)
CELERY_BEAT_SCHEDULE: dict = {
    # Retention: destroys the personal data of cases past RETENTION_DAYS_* (privacy app),
    # stale drafts included, with a destruction record.
    "privacy.purge_personal_data": {
        "task": "privacy.purge_personal_data",
        "schedule": crontab(hour=3, minute=45),
    },
    # The outbox sweeper: re-nudges due and stranded deliveries and unsent operator alerts.
    "forwarding.sweep": {"task": "forwarding.sweep", "schedule": FORWARDING_SWEEP_SECONDS},
    # Asks the MVD about cases whose decision did not arrive (MVD_RECONCILE_AFTER_SECONDS).
    "forwarding.reconcile": {"task": "forwarding.reconcile", "schedule": FORWARDING_SWEEP_SECONDS},
    # The operators' digest of failed and stuck deliveries, each morning.
    "forwarding.digest": {"task": "forwarding.digest", "schedule": crontab(hour=8, minute=0)},
}
CELERY_TASK_DEFAULT_QUEUE = env("CELERY_TASK_DEFAULT_QUEUE", default="celery")
# E-mails to candidates have a queue of their own (portal.celery.route_task), so a slow mail
# server never holds up forwarding. A worker started without -Q consumes both queues.
CELERY_NOTIFICATIONS_QUEUE = env("CELERY_NOTIFICATIONS_QUEUE", default="notifications")
# Each queue is bound to an exchange of its own name, as Celery does for the queues it creates;
# a bare Queue(name) would be bound to the default queue's key and receive its messages too.
CELERY_TASK_QUEUES = [
    Queue(name, Exchange(name), routing_key=name)
    for name in (CELERY_TASK_DEFAULT_QUEUE, CELERY_NOTIFICATIONS_QUEUE)
]
CELERY_TASK_ROUTES = ["portal.celery.route_task"]
# Celery's Django fixup closes the database connection around every task unless this is set
# (then only every that many tasks); portal/celery.py applies CONN_MAX_AGE to tasks instead,
# as Django does to requests.
CELERY_DB_REUSE_MAX = 1000
# The worker logs through LOGGING (JSON lines with the request id) instead of its own format.
CELERY_WORKER_HIJACK_ROOT_LOGGER = False

# ---- Integrations (ministries)

MVD_API_URL = env("MVD_API_URL", default="http://127.0.0.1:8000/mock/mvd/v1")
MID_API_URL = env("MID_API_URL", default="http://127.0.0.1:8000/mock/mid/v1")
MVD_API_TOKEN = env("MVD_API_TOKEN", default="dev-mvd-token")
MID_API_TOKEN = env("MID_API_TOKEN", default="dev-mid-token")
MVD_CALLBACK_SECRET = env("MVD_CALLBACK_SECRET", default="dev-mvd-callback-secret")
# Forwarding: timeouts of one POST, the retry schedule, and how long a worker owns a delivery
# (longer than connect + read timeouts, or a live send could be taken over).
FORWARDING_CONNECT_TIMEOUT = env.float("FORWARDING_CONNECT_TIMEOUT", default=3.0)
FORWARDING_READ_TIMEOUT = env.float("FORWARDING_READ_TIMEOUT", default=8.0)
FORWARDING_MAX_ATTEMPTS = env.int("FORWARDING_MAX_ATTEMPTS", default=8)
FORWARDING_BACKOFF_BASE_SECONDS = env.float("FORWARDING_BACKOFF_BASE_SECONDS", default=5.0)
FORWARDING_BACKOFF_MAX_SECONDS = env.float("FORWARDING_BACKOFF_MAX_SECONDS", default=900.0)
FORWARDING_LEASE_SECONDS = env.float("FORWARDING_LEASE_SECONDS", default=60.0)
# How many due deliveries one worker claims in one statement and sends over one connection.
FORWARDING_BATCH_SIZE = env.int("FORWARDING_BATCH_SIZE", default=10)
# Ministry URLs under /mock/ are refused at start-up (manage.py check) unless this is true:
# a test or demo installation that forwards to the mock ministries on purpose.
FORWARDING_ALLOW_MOCKS = env.bool("FORWARDING_ALLOW_MOCKS", default=DEBUG)
# A case sent to the MVD with no decision this long is asked about (GET /cases/<id>/); then
# again after doubling intervals, at most this far apart.
MVD_RECONCILE_AFTER_SECONDS = env.float("MVD_RECONCILE_AFTER_SECONDS", default=3600.0)
MVD_RECONCILE_MAX_INTERVAL_SECONDS = env.float(
    "MVD_RECONCILE_MAX_INTERVAL_SECONDS", default=86400.0
)
MOCK_MINISTRIES_ENABLED = env.bool("MOCK_MINISTRIES_ENABLED", default=False)
MOCK_MINISTRIES_CONTROL = env.bool("MOCK_MINISTRIES_CONTROL", default=False)
# The mock MVD decides this many seconds after receiving a case, then calls this URL back.
MOCK_MVD_DECISION_DELAY_SECONDS = env.float("MOCK_MVD_DECISION_DELAY_SECONDS", default=5.0)
MVD_CALLBACK_URL = env(
    "MVD_CALLBACK_URL", default="http://127.0.0.1:8000/api/v1/integrations/mvd/decisions/"
)

# ---- Candidate sign-in with Gosuslugi (ESIA, OpenID Connect)

# The identity provider the portal signs candidates in with; its discovery document is
# <issuer>/.well-known/openid-configuration. make run uses the mock under /mock/esia/.
ESIA_OIDC_ISSUER = env("ESIA_OIDC_ISSUER", default="http://127.0.0.1:8000/mock/esia")
ESIA_CLIENT_ID = env("ESIA_CLIENT_ID", default="ttlr-portal")
# Empty: the "Sign in with Gosuslugi" button is not offered.
ESIA_CLIENT_SECRET = env("ESIA_CLIENT_SECRET", default="dev-esia-client-secret")
# Seconds one request to the provider (discovery, keys, token) may take.
ESIA_TIMEOUT_SECONDS = env.float("ESIA_TIMEOUT_SECONDS", default=5.0)
# A signed-in candidate's session ends after this many idle seconds (staff keep
# SESSION_COOKIE_AGE); every request starts the count again.
CANDIDATE_SESSION_IDLE_SECONDS = env.int("CANDIDATE_SESSION_IDLE_SECONDS", default=15 * 60)

# ---- Mock ESIA (served under /mock/esia/ when MOCK_MINISTRIES_ENABLED)

# The mock's RS256 signing key (PEM). Empty: generated once into MOCK_ESIA_KEY_FILE.
MOCK_ESIA_PRIVATE_KEY = env("MOCK_ESIA_PRIVATE_KEY", default="")
MOCK_ESIA_KEY_FILE = env.path(
    "MOCK_ESIA_KEY_FILE", default=BASE_DIR / "var" / "mock-esia" / "signing-key.pem"
)
OAUTH2_PROVIDER = {
    "OIDC_ENABLED": True,
    "PKCE_REQUIRED": True,
    # Filled in by ministries.apps when the mocks are on (MOCK_ESIA_PRIVATE_KEY or the file).
    "OIDC_RSA_PRIVATE_KEY": "",
    "OAUTH2_VALIDATOR_CLASS": "ministries.esia.validator.EsiaValidator",
    "SCOPES": {
        "openid": "OpenID Connect",
        "profile": "Names, date of birth and citizenship",
        "email": "E-mail address",
    },
    "DEFAULT_SCOPES": ["openid"],
    # The authorization code flow only, with S256 PKCE.
    "OIDC_RESPONSE_TYPES_SUPPORTED": ["code"],
    # The OAuth 2.0 Security BCP (RFC 9700) throughout: no implicit or password grant, tokens
    # hashed at rest and only in headers, `iss` on the authorization response.
    "COMPLIANT_BCP_RFC9700_PKCE_METHOD": True,
    "COMPLIANT_BCP_RFC9700_IMPLICIT_GRANT": True,
    "COMPLIANT_BCP_RFC9700_PASSWORD_GRANT": True,
    "COMPLIANT_BCP_RFC9700_ACCESS_TOKEN_TRANSPORT": True,
    "COMPLIANT_BCP_RFC9700_AUTHZ_RESPONSE_ISS": True,
    "COMPLIANT_BCP_RFC9700_TOKEN_STORAGE": True,
    "REFRESH_TOKEN_REUSE_PROTECTION": True,
    "AUTHORIZATION_CODE_EXPIRE_SECONDS": 60,
    "ACCESS_TOKEN_EXPIRE_SECONDS": 600,
    "ID_TOKEN_EXPIRE_SECONDS": 600,
}
# ---- Personal data and statistics

# Days the personal data of a case is kept: after it was closed (rejected, withdrawn, status
# refused), after status was granted, and after a draft was last changed.
RETENTION_DAYS_CLOSED = env.int("RETENTION_DAYS_CLOSED", default=365)
RETENTION_DAYS_GRANTED = env.int("RETENTION_DAYS_GRANTED", default=1095)
RETENTION_DAYS_DRAFT = env.int("RETENTION_DAYS_DRAFT", default=30)
# Where candidates write about their data (shown on the privacy notice).
PRIVACY_CONTACT_EMAIL = env("PRIVACY_CONTACT_EMAIL", default="privacy@example.org")
# Public statistics leave out cells of fewer cases than this (nobody can be singled out).
STATISTICS_MIN_CELL = env.int("STATISTICS_MIN_CELL", default=5)

# ---- Metrics (/metrics, Prometheus text format; portal/metrics.py)

# Who may scrape: connecting addresses in these networks, or a bearer token equal to
# METRICS_TOKEN (empty: no token accepted). Under gunicorn, also set PROMETHEUS_MULTIPROC_DIR.
METRICS_ALLOWED_IPS = env.list("METRICS_ALLOWED_IPS", default=["127.0.0.1/32", "::1/128"])
METRICS_TOKEN = env("METRICS_TOKEN", default="")

# ---- Logging (structured JSON lines on stdout, with the request id; portal/logging.py)

LOG_LEVEL = env("LOG_LEVEL", default="INFO")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "portal.logging.JsonFormatter"}},
    "handlers": {"stdout": {"class": "logging.StreamHandler", "formatter": "json"}},
    "root": {"handlers": ["stdout"], "level": LOG_LEVEL},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}
