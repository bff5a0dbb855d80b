"""Settings shared by every environment; every value comes from the environment."""

from pathlib import Path

import environ
from celery.schedules import crontab
from csp.constants import NONE, SELF
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
    "django.contrib.admin",
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
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "csp",
    "portal.apps.PortalConfig",
    "regions",
    "content",
    "applications",
    "ministries",
    "stats",
    "privacy",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # On every response, cached pages included (see "Content-Security-Policy" below).
    "csp.middleware.CSPMiddleware",
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
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
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
            ],
        },
    },
]

# ---- Database

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}"),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0)

# ---- Cache (Redis when REDIS_URL is set, else in-process memory)

REDIS_URL = env("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "portal.redis_cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "portal",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Seconds anonymous public pages stay cached (portal/page_cache.py); 0 disables. Off without
# Redis: an in-process cache cannot be invalidated across several web processes.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=300 if REDIS_URL else 0)

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
# Candidate documents live outside MEDIA_ROOT and are never served directly.
PRIVATE_STORAGE_ROOT = env.path("PRIVATE_STORAGE_ROOT", default=BASE_DIR / "var" / "private")
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
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
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
    # The 400 and 413 that portal/request_guard.py and portal/json_body.py give on any endpoint.
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
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
CELERY_BEAT_SCHEDULE: dict = {
    "applications.purge_stale_drafts": {
        "task": "applications.purge_stale_drafts",
        "schedule": crontab(hour=3, minute=30),
    },
    # Retention: destroys the personal data of cases past RETENTION_DAYS_* (privacy app).
    "privacy.purge_personal_data": {
        "task": "privacy.purge_personal_data",
        "schedule": crontab(hour=3, minute=45),
    },
    # The outbox sweeper: re-nudges due and stranded deliveries.
    "forwarding.sweep": {"task": "forwarding.sweep", "schedule": 60.0},
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
MOCK_MINISTRIES_ENABLED = env.bool("MOCK_MINISTRIES_ENABLED", default=False)
MOCK_MINISTRIES_CONTROL = env.bool("MOCK_MINISTRIES_CONTROL", default=False)
# The mock MVD decides this many seconds after receiving a case, then calls this URL back.
MOCK_MVD_DECISION_DELAY_SECONDS = env.float("MOCK_MVD_DECISION_DELAY_SECONDS", default=5.0)
MVD_CALLBACK_URL = env(
    "MVD_CALLBACK_URL", default="http://127.0.0.1:8000/api/v1/integrations/mvd/decisions/"
)

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

# ---- Logging (structured JSON lines on stdout)

LOG_LEVEL = env("LOG_LEVEL", default="INFO")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "portal.logging.JsonFormatter"}},
    "handlers": {"stdout": {"class": "logging.StreamHandler", "formatter": "json"}},
    "root": {"handlers": ["stdout"], "level": LOG_LEVEL},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}
