"""Local development: SQLite, eager tasks, console email, in-process mock ministries."""

from portal.settings.base import *  # noqa: F403
from portal.settings.base import env

DEBUG = env.bool("DEBUG", default=True)
MOCK_MINISTRIES_ENABLED = env.bool("MOCK_MINISTRIES_ENABLED", default=True)
MOCK_MINISTRIES_CONTROL = env.bool("MOCK_MINISTRIES_CONTROL", default=True)
