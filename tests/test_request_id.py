"""Request ids: accepted or generated, echoed, on the log lines, and carried into a worker."""

import io
import json
import logging
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from django.conf import settings

from portal import request_id
from portal.celery import app as celery_app
from portal.logging import JsonFormatter
from portal.tasks import ping

pytestmark = pytest.mark.django_db


def test_a_request_without_an_id_gets_a_generated_one(client):
    first = client.get("/healthz")["X-Request-ID"]
    second = client.get("/healthz")["X-Request-ID"]

    assert len(first) == 32 and int(first, 16) >= 0
    assert first != second


def test_a_well_formed_incoming_id_is_kept(client):
    response = client.get("/healthz", HTTP_X_REQUEST_ID="edge-7f3a9c01.retry_2")

    assert response["X-Request-ID"] == "edge-7f3a9c01.retry_2"


@pytest.mark.parametrize(
    "incoming",
    ["short", "x" * 129, "has space inside", "<script>alert(1)</script>", "ид-запроса-1"],
)
def test_a_malformed_incoming_id_is_replaced(client, incoming):
    response = client.get("/healthz", HTTP_X_REQUEST_ID=incoming)

    assert response["X-Request-ID"] != incoming
    assert len(response["X-Request-ID"]) == 32


def test_a_page_cache_hit_carries_its_own_id(client, settings):
    settings.PAGE_CACHE_SECONDS = 60
    client.get("/en/faq/")

    hit = client.get("/en/faq/", HTTP_X_REQUEST_ID="second-visit-0001")

    assert hit["X-Page-Cache"] == "hit"
    assert hit["X-Request-ID"] == "second-visit-0001"


def test_djangos_log_line_about_the_request_carries_its_id(client):
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("django.request")
    logger.addHandler(handler)
    try:
        client.get("/en/no-such-page/", HTTP_X_REQUEST_ID="lost-visitor-0001")
    finally:
        logger.removeHandler(handler)

    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert any(line["request_id"] == "lost-visitor-0001" for line in lines)
    assert all("Not Found" in line["message"] for line in lines)
    # Once the response is finished, nothing is attributed to that request any more.
    assert request_id.current() == ""


def test_log_lines_outside_a_request_have_no_id():
    record = logging.LogRecord("portal", logging.INFO, __file__, 1, "hello", None, None)

    assert "request_id" not in json.loads(JsonFormatter().format(record))


@pytest.mark.redis
def test_a_task_enqueued_by_a_request_logs_the_requests_id_in_the_worker(tmp_path):
    queue = f"test-{uuid.uuid4().hex}"
    log_file = tmp_path / "worker.log"
    with log_file.open("w") as output:
        worker = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "portal", "worker", "--pool=solo",
             "--without-heartbeat", "--without-gossip", "--without-mingle", "-Q", queue,
             "--loglevel=INFO"],
            cwd=Path(settings.BASE_DIR),
            env={**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test",
                 "TEST_JSON_LOGS": "true", "LOG_LEVEL": "INFO"},
            stdout=output,
            stderr=subprocess.STDOUT,
        )  # fmt: skip
    celery_app.conf.task_always_eager = False
    try:
        with request_id.bound("checkout-42abcdef"):
            ping.apply_async(queue=queue).get(timeout=60)
        ping.apply_async(queue=queue).get(timeout=60)
    finally:
        celery_app.conf.task_always_eager = True
        worker.terminate()
        worker.wait(timeout=30)
    time.sleep(0.1)

    lines = []
    for line in log_file.read_text().splitlines():
        try:
            lines.append(json.loads(line))
        except ValueError:
            continue
    answers = [line for line in lines if line["message"].startswith("ping answered")]
    assert len(answers) == 2
    assert answers[0]["request_id"] == "checkout-42abcdef"
    # The next task, sent outside any request, does not inherit the previous one's id.
    assert "request_id" not in answers[1]
