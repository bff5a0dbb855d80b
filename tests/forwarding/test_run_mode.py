"""`make run` as a new user gets it: SQLite, no Redis, the worker with embedded beat on the
file-based broker. Injected MVD errors are retried on schedule and the case arrives on its own.

Everything runs in subprocesses with the development settings, as `make run` starts them (the
same worker command line as the Makefile); the backoff base is scaled down from 5 s to 0.3 s.
"""

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
CELERY = [sys.executable, "-m", "celery"]
# The Makefile's `run` worker, word for word.
RUN_WORKER = [
    "-A",
    "portal",
    "worker",
    "-B",
    "--pool=solo",
    "--loglevel=WARNING",
    "--without-gossip",
    "--without-mingle",
    "--without-heartbeat",
]
APPROVE = """
from tests.factories import SubmittedApplicationFactory
from applications.models import Actor, ApplicationStatus as S
from applications.services import application_transition
case = SubmittedApplicationFactory()
for status in (S.IN_REVIEW, S.APPROVED):
    case = application_transition(application=case, to=status, actor=Actor.OPERATOR)
print(case.reference)
"""
STATE = """
from applications.forwarding.models import Delivery
for d in Delivery.objects.order_by("pk"):
    print(d.application.status, d.target, d.state, d.attempts, ",".join(
        str(code) for code in d.events.values_list("status_code", flat=True)))
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def run_env(tmp_path):
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    inherited = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "CELERY_"))}
    return {
        **inherited,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "REDIS_URL": "",
        "CELERY_BROKER_FOLDER": str(tmp_path / "broker"),
        "MVD_API_URL": f"{base}/mock/mvd/v1",
        "MID_API_URL": f"{base}/mock/mid/v1",
        "MVD_CALLBACK_URL": f"{base}/api/v1/integrations/mvd/decisions/",
        "MOCK_MVD_DECISION_DELAY_SECONDS": "0.5",
        "FORWARDING_BACKOFF_BASE_SECONDS": "0.3",
        "PORT": str(port),
        "BASE": base,
    }


def manage(env, *args, **kwargs) -> str:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=180,
        **kwargs,
    ).stdout


def test_three_injected_mvd_errors_are_retried_and_the_case_arrives_on_its_own(run_env, tmp_path):
    manage(run_env, "migrate", "--noinput")
    processes = [
        subprocess.Popen(
            [*CELERY, *RUN_WORKER, f"--schedule={tmp_path / 'beat-schedule'}"],
            cwd=ROOT,
            env=run_env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        ),
        subprocess.Popen(
            [
                sys.executable,
                "manage.py",
                "runserver",
                f"127.0.0.1:{run_env['PORT']}",
                "--noreload",
            ],
            cwd=ROOT,
            env=run_env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        ),
    ]
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.post(
                    f"{run_env['BASE']}/mock/mvd/_control/",
                    json={"mode": "error", "remaining": 3},
                    timeout=5,
                ).raise_for_status()
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "runserver did not start"
                time.sleep(0.3)

        manage(run_env, "shell", "-c", APPROVE)

        deadline = time.monotonic() + 90
        state = ""
        while "status_granted mid_visa delivered" not in state:
            assert time.monotonic() < deadline, state
            time.sleep(1)
            state = manage(run_env, "shell", "-c", STATE)
    finally:
        for process in processes:
            process.send_signal(signal.SIGTERM)
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()

    lines = state.split("\n")
    assert "status_granted mvd_case delivered 4 503,503,503,202" in lines
    assert "status_granted mid_visa delivered 1 202" in lines
