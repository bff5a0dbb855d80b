import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.conf import settings

from portal.celery import app as celery_app
from portal.tasks import ping


@pytest.fixture
def worker_queue():
    """A real `celery worker` process consuming a queue of its own through Redis."""
    queue = f"test-{uuid.uuid4().hex}"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "portal",
            "worker",
            "--pool=solo",
            "--concurrency=1",
            "--without-heartbeat",
            "--without-gossip",
            "--without-mingle",
            "-Q",
            queue,
            "--loglevel=WARNING",
        ],
        cwd=Path(settings.BASE_DIR),
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test"},
    )
    celery_app.conf.task_always_eager = False
    try:
        yield queue, process
    finally:
        celery_app.conf.task_always_eager = True
        process.terminate()
        process.wait(timeout=30)


@pytest.mark.redis
def test_a_worker_process_runs_a_task_sent_through_redis(worker_queue):
    queue, process = worker_queue

    result = ping.apply_async(queue=queue).get(timeout=60)

    assert result == {"pong": True, "pid": process.pid}
    assert process.pid != os.getpid()


def test_celery_is_configured_for_safe_delivery():
    conf = celery_app.conf

    assert conf.task_acks_late is True
    assert conf.task_reject_on_worker_lost is True
    assert conf.worker_prefetch_multiplier == 1
    assert conf.accept_content == ["json"]
    assert conf.task_serializer == "json"
    assert conf.broker_transport_options["visibility_timeout"] > conf.task_time_limit
