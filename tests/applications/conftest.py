import pytest
from django.core.cache import cache

from tests.document_storage import stored_names
from tests.factories import DeclarationVersionFactory


@pytest.fixture(autouse=True)
def private_root(settings, tmp_path):
    """Every test writes candidates' documents to its own empty folder."""
    settings.PRIVATE_STORAGE_ROOT = tmp_path / "private"
    return settings.PRIVATE_STORAGE_ROOT


@pytest.fixture(autouse=True)
def fresh_throttles():
    # Throttle counters live in the (Redis) cache, which outlives a test.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def declaration(db):
    return DeclarationVersionFactory(version="2025-1")


def stored_files(root) -> list[str]:
    """Names of the stored documents, on disk under `root` or in the S3 bucket."""
    return stored_names(root)
