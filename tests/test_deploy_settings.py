import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings

PRODUCTION_ENV = {
    "SECRET_KEY": "k7#vL2q!xR9mZ4wP8sT1uY6nB3cF0hJ5gD2aE7iO9pQ4rW1yU8tK6zX3vN0mL5j",
    "ALLOWED_HOSTS": "portal.example.org",
    "MVD_API_TOKEN": "mvd-token",
    "MID_API_TOKEN": "mid-token",
    "MVD_CALLBACK_SECRET": "callback-secret",
    "DATABASE_URL": "sqlite:////tmp/deploy-check.sqlite3",
    "MVD_API_URL": "https://api.mvd.example.org/v1",
    "MID_API_URL": "https://api.mid.example.org/v1",
}


def run_manage(*args, env):
    # A browser test running in this process may have relaxed Django's async check.
    inherited = set(PRODUCTION_ENV) | {"DJANGO_ALLOW_ASYNC_UNSAFE"}
    base_env = {k: v for k, v in os.environ.items() if k not in inherited}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=Path(settings.BASE_DIR),
        env={**base_env, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_the_deploy_check():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        "--settings=portal.settings.production",
        env=PRODUCTION_ENV,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_settings_refuse_to_start_without_a_secret_key():
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "SECRET_KEY"}
    result = run_manage("check", "--settings=portal.settings.production", env=env)

    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_settings_refuse_to_start_forwarding_to_a_mock_ministry():
    env = {**PRODUCTION_ENV, "MVD_API_URL": "http://mock:8000/mock/mvd/v1"}
    result = run_manage("check", "--settings=portal.settings.production", env=env)

    assert result.returncode != 0
    assert "forwarding.E001" in result.stderr and "MVD_API_URL" in result.stderr


def test_production_settings_refuse_to_start_with_an_empty_ministry_token():
    env = {**PRODUCTION_ENV, "MID_API_TOKEN": ""}
    result = run_manage("check", "--settings=portal.settings.production", env=env)

    assert result.returncode != 0
    assert "MID_API_TOKEN must be set" in result.stderr


def test_a_mock_ministry_is_accepted_where_it_is_declared_on_purpose():
    env = {
        **PRODUCTION_ENV,
        "MVD_API_URL": "http://mock:8000/mock/mvd/v1",
        "FORWARDING_ALLOW_MOCKS": "true",
    }
    result = run_manage("check", "--settings=portal.settings.production", env=env)

    assert result.returncode == 0, result.stderr
