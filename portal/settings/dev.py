"""Local development: SQLite, eager tasks, console email, in-process mock ministries."""

from portal.settings.base import *  # noqa: F403
from portal.settings.base import env

DEBUG = env.bool("DEBUG", default=True)
MOCK_MINISTRIES_ENABLED = env.bool("MOCK_MINISTRIES_ENABLED", default=True)
MOCK_MINISTRIES_CONTROL = env.bool("MOCK_MINISTRIES_CONTROL", default=True)

# Readable log lines on a developer's terminal; production keeps JSON.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}
