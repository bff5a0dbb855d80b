"""Forwarders are plugins: a fresh registry, a third system, hooks, start-up checks, imports."""

import ast
import json
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.db import transaction

from applications import workflow
from applications.forwarding.base import Forwarder, ForwarderRegistry, registry
from applications.forwarding.checks import forwarders_configured
from applications.forwarding.models import Delivery, DeliveryState, DeliveryTarget
from applications.forwarding.service import deliveries_for_transition, deliveries_send
from applications.models import Actor, Application, ApplicationStatus
from applications.services import application_transition
from portal.errors import DomainError
from tests.factories import SubmittedApplicationFactory
from tests.forwarding.conftest import approve

S = ApplicationStatus


class Recorder(BaseHTTPRequestHandler):
    """A third external system: answers 202 with an id and keeps what it was sent."""

    received: list = []

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        Recorder.received.append(
            (body, self.headers["Authorization"], self.headers["Idempotency-Key"])
        )
        answer = json.dumps({"external_id": f"FNS-{len(Recorder.received)}"}).encode()
        self.send_response(202)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args):
        pass


@pytest.fixture
def tax_service(settings):
    Recorder.received = []
    server = HTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.FNS_API_URL = f"http://127.0.0.1:{server.server_port}/v1"
    settings.FNS_API_TOKEN = "fns-token"
    yield server
    server.shutdown()


@dataclass(frozen=True)
class TaxNumberForwarder(Forwarder):
    """A made-up tax office that wants to know of every approved case."""

    def build_payload(self, application: Application) -> dict:
        return {"reference": application.reference, "last_name": application.last_name}


def tax_forwarder(**overrides) -> TaxNumberForwarder:
    return TaxNumberForwarder(
        **{
            "target": "fns_inn",
            "label": "Tax service: taxpayer number",
            "trigger_status": S.APPROVED,
            "url_setting": "FNS_API_URL",
            "path": "/inn-requests/",
            "token_setting": "FNS_API_TOKEN",
            **overrides,
        }
    )


@pytest.mark.django_db
def test_a_third_forwarder_in_a_fresh_registry_is_delivered_without_touching_the_others(
    tax_service, django_capture_on_commit_callbacks
):
    fresh = ForwarderRegistry()
    fresh.register(tax_forwarder())
    case = SubmittedApplicationFactory()

    def hook(application, change):
        deliveries_for_transition(application, change, forwarders=fresh)

    with (
        workflow.transition_hooks.subscribed(hook),
        django_capture_on_commit_callbacks(execute=False),
    ):
        approve(case)
    states = deliveries_send(forwarders=fresh)

    tax = Delivery.objects.get(application=case, target="fns_inn")
    assert states == {tax.pk: DeliveryState.DELIVERED}
    assert tax.external_id == "FNS-1"
    body, authorization, key = Recorder.received[0]
    assert body == {"reference": case.reference, "last_name": case.last_name}
    assert authorization == "Bearer fns-token" and key == str(tax.idempotency_key)
    # The built-in MVD plugin was triggered as usual and left alone by the fresh registry.
    mvd = Delivery.objects.get(application=case, target=DeliveryTarget.MVD_CASE)
    assert (mvd.state, mvd.attempts) == (DeliveryState.PENDING, 0)
    case.refresh_from_db()
    assert case.status == S.APPROVED  # the tax plugin declares no status of its own


@pytest.mark.django_db
def test_a_plugin_declares_the_status_its_delivery_moves_the_case_to(tax_service):
    fresh = ForwarderRegistry()
    fresh.register(tax_forwarder(trigger_status=S.APPROVED, delivered_status=S.SENT_TO_MVD))
    case = approve(SubmittedApplicationFactory())
    Delivery.objects.create(application=case, target="fns_inn", next_attempt_at=case.updated_at)

    deliveries_send(forwarders=fresh)

    case.refresh_from_db()
    assert case.status == S.SENT_TO_MVD
    assert case.history.order_by("-at", "-pk").first().actor_label == Actor.WORKER


def test_the_built_in_plugins_declare_their_triggers_and_outcomes():
    mvd = registry.get(DeliveryTarget.MVD_CASE)
    mid = registry.get(DeliveryTarget.MID_VISA)

    assert (mvd.trigger_status, mvd.delivered_status) == (S.APPROVED, S.SENT_TO_MVD)
    assert mvd.decision_status("granted") == S.STATUS_GRANTED
    assert mvd.decision_status("refused") == S.STATUS_REFUSED
    assert (mid.trigger_status, mid.delivered_status) == (S.STATUS_GRANTED, None)
    assert registry.triggered_by(S.APPROVED) == [mvd]


@pytest.mark.django_db
def test_a_transition_hook_sees_every_change_inside_its_transaction():
    seen = []
    case = SubmittedApplicationFactory()

    def hook(application, change):
        seen.append(
            (application.pk, change.from_status, change.to_status, transaction.get_autocommit())
        )

    with workflow.transition_hooks.subscribed(hook):
        application_transition(application=case, to=S.IN_REVIEW, actor=Actor.OPERATOR)
    application_transition(application=case, to=S.APPROVED, actor=Actor.OPERATOR)

    assert seen == [(case.pk, S.SUBMITTED, S.IN_REVIEW, False)]


@pytest.mark.django_db
def test_a_hook_that_fails_refuses_the_transition_and_nothing_is_stored():
    case = SubmittedApplicationFactory()

    def hook(application, change):
        raise DomainError("refused_by_hook", "no")

    with workflow.transition_hooks.subscribed(hook), pytest.raises(DomainError):
        application_transition(application=case, to=S.IN_REVIEW, actor=Actor.OPERATOR)

    case.refresh_from_db()
    assert case.status == S.SUBMITTED
    assert not case.history.filter(to_status=S.IN_REVIEW).exists()


def test_check_config_names_a_missing_token_and_a_mock_url(settings):
    settings.FNS_API_URL = "https://fns.example.org/mock/v1"
    settings.FNS_API_TOKEN = ""
    settings.FORWARDING_ALLOW_MOCKS = False
    fresh = ForwarderRegistry()
    fresh.register(tax_forwarder())

    errors = forwarders_configured(forwarders=fresh)

    assert [error.id for error in errors] == ["forwarding.E001", "forwarding.E001"]
    assert "points at a mock ministry" in errors[0].msg
    assert "FNS_API_TOKEN must be set" in errors[1].msg
    settings.FNS_API_URL, settings.FNS_API_TOKEN = "https://fns.example.org/v1", "t"
    assert forwarders_configured(forwarders=fresh) == []


# ---- No import cycle between the case and its forwarding

APPLICATIONS = Path(django_settings.BASE_DIR) / "applications"


def module_name(path: Path) -> str:
    parts = path.relative_to(django_settings.BASE_DIR).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def top_level_imports(path: Path) -> set[str]:
    imported = set()
    for node in ast.parse(path.read_text()).body:
        if isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module)
            imported.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
    return imported


def test_applications_and_its_forwarding_import_each_other_in_one_direction_only():
    modules = {module_name(path): path for path in APPLICATIONS.rglob("*.py")}
    graph = {
        name: {target for target in top_level_imports(path) if target in modules}
        for name, path in modules.items()
    }

    def reaches(start, goal, seen=None):
        seen = seen if seen is not None else set()
        for target in graph[start]:
            if target == goal or (
                target not in seen and not seen.add(target) and reaches(target, goal, seen)
            ):
                return True
        return False

    forwarding = [name for name in modules if name.startswith("applications.forwarding")]
    cycles = [name for name in forwarding if reaches(name, name)]
    assert cycles == []
    assert not any(t.startswith("applications.forwarding") for t in graph["applications.services"])
    assert not any(t.startswith("applications.forwarding") for t in graph["applications.workflow"])


@pytest.mark.parametrize(
    "path",
    [
        *sorted((APPLICATIONS / "forwarding").glob("*.py")),
        APPLICATIONS / "services.py",
        APPLICATIONS / "workflow.py",
    ],
    ids=lambda path: path.name,
)
def test_no_function_level_import_hides_a_cycle(path):
    hidden = [
        node.lineno
        for function in ast.walk(ast.parse(path.read_text()))
        if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef)
        for node in ast.walk(function)
        if isinstance(node, ast.Import | ast.ImportFrom)
    ]
    assert hidden == []
