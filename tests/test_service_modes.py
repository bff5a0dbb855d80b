import os
import shutil
import subprocess
import sys
from pathlib import Path

from django.conf import settings

SAMPLE_TESTS = """
import pytest


@pytest.mark.postgres
def test_needs_postgres():
    pass


@pytest.mark.redis
def test_needs_redis():
    pass


def test_plain():
    pass
"""


def run_sample_suite(tmp_path, **extra_env):
    """Run three sample tests with the project's real conftest, without any service."""
    shutil.copy(Path(settings.BASE_DIR) / "tests" / "conftest.py", tmp_path / "conftest.py")
    (tmp_path / "test_sample.py").write_text(SAMPLE_TESTS)
    env = {k: v for k, v in os.environ.items() if k != "PORTAL_REQUIRE_SERVICES"}
    env.update(DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}", REDIS_URL="", **extra_env)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            str(tmp_path),
            "-p",
            "no:cacheprovider",
            "-c",
            str(Path(settings.BASE_DIR) / "pyproject.toml"),
            "--rootdir",
            str(tmp_path),
            "-rs",
        ],
        cwd=Path(settings.BASE_DIR),
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_sqlite_mode_skips_only_marked_tests_and_names_the_service(tmp_path):
    result = run_sample_suite(tmp_path)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed, 2 skipped" in result.stdout
    assert "needs PostgreSQL" in result.stdout
    assert "needs Redis" in result.stdout


def test_required_services_turn_a_skip_into_a_failure(tmp_path):
    result = run_sample_suite(tmp_path, PORTAL_REQUIRE_SERVICES="1")

    assert result.returncode != 0
    assert "PORTAL_REQUIRE_SERVICES=1 but" in result.stdout + result.stderr
