"""Forwarding scenarios: real worker processes, real Redis, the mock ministries on a live server."""

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from applications.models import Actor, ApplicationStatus
from applications.services import application_transition
from portal.celery import app as celery_app
from tests.factories import SubmittedApplicationFactory

CALLBACK_SECRET = "test-callback-secret"
FAST_RETRIES = {
    "FORWARDING_BACKOFF_BASE_SECONDS": "0.2",
    "FORWARDING_BACKOFF_MAX_SECONDS": "1",
    "FORWARDING_CONNECT_TIMEOUT": "2",
    "FORWARDING_READ_TIMEOUT": "5",
    "FORWARDING_LEASE_SECONDS": "20",
}


def wait_for(condition, timeout=60.0, interval=0.1):
    """Poll until `condition()` is truthy; fail the test with what it last returned."""
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result or time.monotonic() > deadline:
            assert result, f"gave up after {timeout}s"
            return result
        time.sleep(interval)


def approve(application, note="Approved after interview."):
    """An operator takes a submitted case through review to approval."""
    for status in (ApplicationStatus.IN_REVIEW, ApplicationStatus.APPROVED):
        application = application_transition(
            application=application, to=status, actor=Actor.OPERATOR, note=note
        )
    return application


@pytest.fixture
def ministries(live_server, settings):
    """The mock ministries and the decision callback, both served by the live server."""
    settings.MVD_API_URL = f"{live_server.url}/mock/mvd/v1"
    settings.MID_API_URL = f"{live_server.url}/mock/mid/v1"
    settings.MVD_CALLBACK_URL = f"{live_server.url}/api/v1/integrations/mvd/decisions/"
    settings.MVD_CALLBACK_SECRET = CALLBACK_SECRET
    return live_server


@pytest.fixture
def broker_queue(settings):
    """Tasks sent from this process go through Redis to queues only our workers read: this one
    and, for the candidate e-mails, its notifications queue."""
    queue = f"test-forwarding-{uuid.uuid4().hex}"
    settings.CELERY_NOTIFICATIONS_QUEUE = f"{queue}-notifications"
    previous = celery_app.conf.task_always_eager, celery_app.conf.task_default_queue
    celery_app.conf.task_always_eager = False
    celery_app.conf.task_default_queue = queue
    yield queue
    celery_app.conf.task_always_eager, celery_app.conf.task_default_queue = previous


@pytest.fixture
def worker_database_url():
    """The test database as a URL for worker processes."""
    database = settings.DATABASES["default"]
    return (
        f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/"
        f"{connection.settings_dict['NAME']}"
    )


@pytest.fixture
def start_worker(ministries, broker_queue, worker_database_url, tmp_path):
    """Start real `celery worker` processes on the test database; all are stopped afterwards.
    Each consumes both of the test's queues, as a worker started without -Q does."""
    processes = []
    notifications_queue = settings.CELERY_NOTIFICATIONS_QUEUE
    schedule_folder = tmp_path

    def start(*, beat=False, **extra_env):
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings.test",
            "DATABASE_URL": worker_database_url,
            "REDIS_URL": settings.REDIS_URL,
            "CELERY_TASK_ALWAYS_EAGER": "false",
            "CELERY_TASK_DEFAULT_QUEUE": broker_queue,
            "CELERY_NOTIFICATIONS_QUEUE": notifications_queue,
            "MVD_API_URL": settings.MVD_API_URL,
            "MID_API_URL": settings.MID_API_URL,
            **FAST_RETRIES,
            **extra_env,
        }
        env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "portal",
                "worker",
                "--pool=solo",
                "--without-heartbeat",
                "--without-gossip",
                "--without-mingle",
                "-Q",
                f"{broker_queue},{notifications_queue}",
                "--loglevel=WARNING",
                "-n",
                f"w{len(processes)}@%h",
                # The sweeper and reconciliation on schedule, as a deployment runs them.
                *(
                    ["-B", f"--schedule={schedule_folder / f'beat-{len(processes)}'}"]
                    if beat
                    else []
                ),
            ],
            cwd=Path(settings.BASE_DIR),
            env=env,
        )
        processes.append(process)
        return process

    yield start
    for process in processes:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
    for process in processes:
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture
def submitted_case(db):
    return SubmittedApplicationFactory()
