import pytest

from portal import page_cache


@pytest.fixture
def page_cache_on(settings):
    """The page cache as in production, starting from a fresh generation."""
    settings.PAGE_CACHE_SECONDS = 60
    page_cache.invalidate()
    return settings
