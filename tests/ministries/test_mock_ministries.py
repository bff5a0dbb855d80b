"""The mock ministries, served by a real live server and called over HTTP."""

import json
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, HTTPServer

import httpx
import pytest
from django.test import override_settings

from ministries.models import ReceivedRequest
from portal import webhook_signature

MVD_TOKEN = "test-mvd-token"
MID_TOKEN = "test-mid-token"


def mvd_case_payload(reference="TLR-2026-000123", **overrides):
    payload = {
        "schema_version": "1",
        "reference": reference,
        "category": "scientist",
        "person": {
            "first_name": "Ana",
            "last_name": "Petrović",
            "date_of_birth": "1988-04-02",
            "citizenship": "RS",
            "email": "ana@example.org",
        },
        "family_members": [],
        "region": "RU-KLU",
        "interview_at": None,
        "decision_note": "Strong research record.",
        "documents": [{"name": "passport.pdf", "type": "application/pdf", "sha256": "a" * 64}],
        "approved_at": "2026-11-20T10:00:00+00:00",
    }
    payload.update(overrides)
    return payload


@pytest.fixture
def mock(live_server, settings):
    settings.MVD_API_TOKEN = MVD_TOKEN
    settings.MID_API_TOKEN = MID_TOKEN
    base = f"{live_server.url}/mock"
    with httpx.Client(base_url=base, timeout=30) as client:
        yield client


def post_case(mock, payload=None, key=None, token=MVD_TOKEN):
    return mock.post(
        "/mvd/v1/cases/",
        json=payload or mvd_case_payload(),
        headers={"Authorization": f"Bearer {token}", "Idempotency-Key": key or str(uuid.uuid4())},
    )


@pytest.mark.django_db(transaction=True)
def test_a_valid_case_is_received_with_an_external_id(mock):
    response = post_case(mock)

    assert response.status_code == 202
    body = response.json()
    assert body["status"] == "received"
    assert ReceivedRequest.objects.get().external_id == body["external_id"]


@pytest.mark.django_db(transaction=True)
def test_a_wrong_token_is_refused_and_nothing_is_stored(mock):
    response = post_case(mock, token="stolen")

    assert response.status_code == 401
    assert ReceivedRequest.objects.count() == 0


@pytest.mark.django_db(transaction=True)
def test_the_same_idempotency_key_returns_the_same_external_id_and_stores_nothing_new(mock):
    key = str(uuid.uuid4())

    first = post_case(mock, key=key).json()["external_id"]
    second = post_case(mock, key=key).json()["external_id"]

    assert first == second
    assert ReceivedRequest.objects.count() == 1
    received = mock.get("/mvd/_received/").json()
    assert received == [
        {
            "idempotency_key": key,
            "external_id": first,
            "reference": "TLR-2026-000123",
            "times_received": 2,
        }
    ]


@pytest.mark.django_db(transaction=True)
def test_an_invalid_body_is_refused_with_the_reasons(mock):
    payload = mvd_case_payload(reference="123", category="astronaut")
    del payload["person"]["email"]

    response = post_case(mock, payload=payload)

    assert response.status_code == 400
    errors = response.json()["errors"]
    assert any(error.startswith("reference:") for error in errors)
    assert any(error.startswith("category:") for error in errors)
    assert any("'email' is a required property" in error for error in errors)
    assert ReceivedRequest.objects.count() == 0


@pytest.mark.django_db(transaction=True)
def test_a_missing_or_malformed_idempotency_key_is_refused(mock):
    response = mock.post(
        "/mvd/v1/cases/",
        json=mvd_case_payload(),
        headers={"Authorization": f"Bearer {MVD_TOKEN}", "Idempotency-Key": "not-a-uuid"},
    )

    assert response.status_code == 400
    assert ReceivedRequest.objects.count() == 0


@pytest.mark.django_db(transaction=True)
def test_error_mode_fails_the_next_n_requests_then_recovers(mock):
    mock.post("/mvd/_control/", json={"mode": "error", "remaining": 2})

    statuses = [post_case(mock).status_code for _ in range(3)]

    assert statuses == [503, 503, 202]
    assert ReceivedRequest.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_ok_mode_resets_injected_faults(mock):
    mock.post("/mid/_control/", json={"mode": "error", "remaining": 5})
    mock.post("/mid/_control/", json={"mode": "ok"})

    response = mock.post(
        "/mid/v1/visa-requests/",
        json={
            "schema_version": "1",
            "reference": "TLR-2026-000123",
            "mvd_external_id": "MVD-1",
            "person": mvd_case_payload()["person"],
            "family_members": [],
            "region": "RU-KLU",
            "status_granted_at": "2026-11-21T10:00:00+00:00",
        },
        headers={"Authorization": f"Bearer {MID_TOKEN}", "Idempotency-Key": str(uuid.uuid4())},
    )

    assert response.status_code == 202
    assert response.json()["external_id"].startswith("MID-")


@pytest.mark.django_db(transaction=True)
def test_slow_mode_answers_after_ten_seconds(mock):
    mock.post("/mvd/_control/", json={"mode": "slow", "remaining": 1})

    started = time.monotonic()
    response = post_case(mock)

    assert time.monotonic() - started >= 10
    assert response.status_code == 202


@pytest.mark.django_db(transaction=True)
def test_control_and_received_are_hidden_unless_enabled(mock):
    with override_settings(MOCK_MINISTRIES_CONTROL=False):
        assert mock.post("/mvd/_control/", json={"mode": "error"}).status_code == 404
        assert mock.get("/mvd/_received/").status_code == 404


@pytest.mark.django_db(transaction=True)
def test_a_bad_control_request_is_refused(mock):
    assert mock.post("/mvd/_control/", json={"mode": "explode"}).status_code == 400
    assert mock.post("/mvd/_control/", content=b"{not json").status_code == 400


class CallbackRecorder(BaseHTTPRequestHandler):
    received: list = []

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        CallbackRecorder.received.append(
            (body, self.headers["X-Signature"], self.headers["X-Timestamp"])
        )
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def callback_url(settings):
    CallbackRecorder.received = []
    server = HTTPServer(("127.0.0.1", 0), CallbackRecorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.MVD_CALLBACK_URL = f"http://127.0.0.1:{server.server_port}/callback"
    settings.MVD_CALLBACK_SECRET = "shared-secret"
    yield settings.MVD_CALLBACK_URL
    server.shutdown()


@pytest.mark.django_db(transaction=True)
def test_mvd_decides_after_the_delay_and_posts_a_signed_callback(mock, callback_url):
    mock.post(
        "/mvd/_control/",
        json={"mode": "ok", "decision": "refused", "decision_delay_seconds": 0.2},
    )
    external_id = post_case(mock).json()["external_id"]

    deadline = time.monotonic() + 10
    while not CallbackRecorder.received and time.monotonic() < deadline:
        time.sleep(0.05)

    body, signature, timestamp = CallbackRecorder.received[0]
    assert abs(int(timestamp) - time.time()) < 30
    assert webhook_signature.is_valid(body, signature, timestamp, "shared-secret")
    decision = json.loads(body)
    assert decision["external_id"] == external_id
    assert decision["reference"] == "TLR-2026-000123"
    assert decision["decision"] == "refused"
    polled = mock.get(
        f"/mvd/v1/cases/{external_id}/", headers={"Authorization": f"Bearer {MVD_TOKEN}"}
    )
    assert polled.json()["status"] == "refused"
    assert polled.json()["external_id"] == external_id
    assert polled.json()["note"] and polled.json()["decided_at"]


@pytest.mark.django_db(transaction=True)
def test_polling_decides_a_due_case_whose_timer_was_lost(mock, callback_url):
    external_id = post_case(mock).json()["external_id"]
    headers = {"Authorization": f"Bearer {MVD_TOKEN}"}
    assert mock.get(f"/mvd/v1/cases/{external_id}/", headers=headers).json()["status"] == (
        "received"
    )

    mock.post("/mvd/_control/", json={"mode": "ok", "decision_delay_seconds": 0})
    polled = mock.get(f"/mvd/v1/cases/{external_id}/", headers=headers).json()

    assert polled["status"] == "granted"
    assert len(CallbackRecorder.received) == 1


@pytest.mark.django_db(transaction=True)
def test_polling_needs_the_token_and_an_existing_case(mock):
    assert mock.get("/mvd/v1/cases/MVD-NOPE/").status_code == 401
    headers = {"Authorization": f"Bearer {MVD_TOKEN}"}
    assert mock.get("/mvd/v1/cases/MVD-NOPE/", headers=headers).status_code == 404


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_deliveries_of_one_key_store_one_case(mock):
    key = str(uuid.uuid4())
    results = []

    def deliver():
        results.append(post_case(mock, key=key).json()["external_id"])

    threads = [threading.Thread(target=deliver) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len(set(results)) == 1
    assert ReceivedRequest.objects.get().times_received == 8


@pytest.mark.django_db(transaction=True)
def test_drop_callbacks_decides_the_next_n_cases_without_calling_back(mock, callback_url):
    mock.post("/mvd/_control/", json={"mode": "drop_callbacks", "remaining": 2})
    mock.post(
        "/mvd/_control/",
        json={"mode": "drop_callbacks", "remaining": 2, "decision_delay_seconds": 0.1},
    )
    dropped = [post_case(mock, mvd_case_payload(f"TLR-2026-00000{n}")) for n in (1, 2)]
    called_back = post_case(mock, mvd_case_payload("TLR-2026-000003"))
    headers = {"Authorization": f"Bearer {MVD_TOKEN}"}

    deadline = time.monotonic() + 10
    while not CallbackRecorder.received and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)

    assert [json.loads(r[0])["external_id"] for r in CallbackRecorder.received] == [
        called_back.json()["external_id"]
    ]
    for response in dropped:
        polled = mock.get(f"/mvd/v1/cases/{response.json()['external_id']}/", headers=headers)
        assert polled.json()["status"] == "granted"
