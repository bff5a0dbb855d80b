"""The API schema tells the truth: schemathesis runs every check against a live server, as an
anonymous client and as an operator, and any failure fails the test.

Bounded and repeatable: a fixed seed, a few examples per operation, no example database. The
few rejections a schema cannot express (cross-field rules, unknown codes, file contents) are
allowed per operation in schemathesis.toml, each with its reason.
"""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from rest_framework.authtoken.models import Token

from portal.roles import Role, staff_ensure

pytestmark = [pytest.mark.postgres, pytest.mark.redis]

SEED = "20261204"
SCHEMATHESIS = Path(sys.executable).parent / "st"
CONFIG = Path(settings.BASE_DIR) / "schemathesis.toml"


def schemathesis(
    base_url: str, *options: str, config: Path = CONFIG
) -> subprocess.CompletedProcess:
    command = [
        str(SCHEMATHESIS),
        "--no-color",
        "--config-file",
        str(config),
        "run",
        f"{base_url}/api/schema/?format=json",
        "--checks",
        "all",
        "--seed",
        SEED,
        "--max-examples",
        "5",
        "--workers",
        "2",
        "--generation-database",
        "none",
        "--request-timeout",
        "30",
        *options,
    ]
    env = {**os.environ, "NO_COLOR": "1", "SCHEMATHESIS_HOOKS": ""}
    with tempfile.TemporaryDirectory() as scratch:  # where it keeps its replay files
        return subprocess.run(
            command, capture_output=True, text=True, timeout=600, env=env, check=False, cwd=scratch
        )


@pytest.fixture
def demo_content(transactional_db):
    call_command("seed_demo", verbosity=0)


def test_the_schema_holds_for_an_anonymous_client(live_server, demo_content):
    run = schemathesis(live_server.url)

    assert run.returncode == 0, run.stdout[-20000:] + run.stderr[-5000:]
    assert " passed" in run.stdout


def test_the_schema_holds_for_an_operator(live_server, demo_content, tmp_path):
    user, _created = staff_ensure(username="schema-olga", role=Role.OPERATOR, password="pw-x1")
    token = Token.objects.create(user=user)
    # The token as the schema's tokenAuth scheme, so the auth checks know whose it is.
    config = tmp_path / "schemathesis.toml"
    config.write_text(
        f'[auth.openapi.tokenAuth]\napi_key = "Token {token.key}"\n\n' + CONFIG.read_text()
    )

    run = schemathesis(live_server.url, "--include-tag", "operator", config=config)

    assert run.returncode == 0, run.stdout[-20000:] + run.stderr[-5000:]
    assert "403 Forbidden" not in run.stdout  # the token was used: not only refusals
