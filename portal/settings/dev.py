"""Local development: SQLite, a worker on a file-based broker, console email, mock ministries."""

from pathlib import Path

from portal.settings.base import *  # noqa: F403
from portal.settings.base import BASE_DIR, DATABASES, REDIS_URL, env

DEBUG = env.bool("DEBUG", default=True)
MOCK_MINISTRIES_ENABLED = env.bool("MOCK_MINISTRIES_ENABLED", default=True)
MOCK_MINISTRIES_CONTROL = env.bool("MOCK_MINISTRIES_CONTROL", default=True)
FORWARDING_ALLOW_MOCKS = env.bool("FORWARDING_ALLOW_MOCKS", default=True)

# ---- Celery without Redis (`make run`)
# The broker is a folder of files (kombu's filesystem transport): `make run` starts a worker
# with embedded beat beside runserver, so retries wait their backoff and the sweeper runs on
# schedule, with nothing to install. With REDIS_URL set, Redis is the broker as in base.
BROKER_FOLDER = Path(env("CELERY_BROKER_FOLDER", default=str(BASE_DIR / "var" / "broker")))
if not REDIS_URL:
    CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="filesystem://")
    CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=False)
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(BROKER_FOLDER / "messages"),
        "data_folder_out": str(BROKER_FOLDER / "messages"),
        "control_folder": str(BROKER_FOLDER / "control"),
        "store_processed": False,
    }
    for folder in ("messages", "control"):
        (BROKER_FOLDER / folder).mkdir(parents=True, exist_ok=True)

# The web process and the worker share the SQLite file: wait for each other's writes instead
# of failing, and take the write lock at the start of a transaction (no upgrade deadlock).
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"timeout": 30, "transaction_mode": "IMMEDIATE", "init_command": "PRAGMA journal_mode=WAL;"}
    )

# Readable log lines on a developer's terminal; production keeps JSON.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}
