"""Tests: PostgreSQL and Redis when reachable, else SQLite; fast hashing, locmem email."""

import os
import socket

from portal.settings.base import *  # noqa: F403
from portal.settings.base import BASE_DIR, env


def _answers(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


# An explicit variable wins (an empty REDIS_URL means "no Redis"); otherwise probe the local port.
if "DATABASE_URL" not in os.environ and _answers("127.0.0.1", 5432):
    os.environ["DATABASE_URL"] = "postgres://postgres@127.0.0.1:5432/portal"
if "REDIS_URL" not in os.environ and _answers("127.0.0.1", 6379):
    os.environ["REDIS_URL"] = "redis://127.0.0.1:6379/0"

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'var' / 'test.sqlite3'}"),
}
REDIS_URL = env("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "portal-test",
        }
    }
CELERY_BROKER_URL = env("CELERY_BROKER_URL", default=REDIS_URL or "memory://")
CELERY_RESULT_BACKEND = REDIS_URL or None
# Tests run tasks in-process; a real worker started by a test is told otherwise.
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=True)

DEBUG = False
SECRET_KEY = "test-only-secret-key"
# Fast for users; PBKDF2 too, because access codes are always PBKDF2 (applications.access_codes).
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.MD5PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
PRIVATE_STORAGE_ROOT = BASE_DIR / "var" / "test-private"
MEDIA_ROOT = BASE_DIR / "var" / "test-media"
MOCK_MINISTRIES_ENABLED = True
# Rolled-back test data sends no signals: tests that want the page cache switch it on.
PAGE_CACHE_SECONDS = 0
MOCK_MINISTRIES_CONTROL = True
FORWARDING_ALLOW_MOCKS = True
# Tests that want a decision ask for a short delay through /mock/mvd/_control/.
MOCK_MVD_DECISION_DELAY_SECONDS = 3600.0
# Nothing listens on port 9: a test that forwards without pointing at a live server fails
# fast instead of reaching whatever runs on the developer's port 8000.
MVD_API_URL = env("MVD_API_URL", default="http://127.0.0.1:9/mock/mvd/v1")
MID_API_URL = env("MID_API_URL", default="http://127.0.0.1:9/mock/mid/v1")
MVD_CALLBACK_URL = env(
    "MVD_CALLBACK_URL", default="http://127.0.0.1:9/api/v1/integrations/mvd/decisions/"
)
# Quiet by default; a test that reads a worker's JSON log lines starts it with TEST_JSON_LOGS.
if not env.bool("TEST_JSON_LOGS", default=False):
    LOGGING = {"version": 1, "disable_existing_loggers": False}
