"""A case that holds every kind of personal data the portal keeps, built through the real
services and API, and helpers to age it past a retention period."""

import datetime
import io

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone
from pypdf import PdfWriter

from applications import services
from applications.forwarding import service as forwarding
from applications.forwarding.models import Delivery, DeliveryTarget
from applications.models import Actor, Application, ApplicationStatus, StatusChange
from applications.operators import services as operator_services
from portal.roles import Role, staff_ensure
from tests.factories import DeclarationVersionFactory, RegionFactory

S = ApplicationStatus
FIRST_NAME = "Xaverius"
LAST_NAME = "Quellenbrunn"
EMAIL = "xaverius.quellenbrunn@example.org"
PASSPORT_NUMBER = "C4X9QZ771"
SPOUSE_NAME = "Wilhelmina"


def _passport_pdf() -> bytes:
    """A real PDF (uploads are parsed) carrying the passport number in its bytes, as a scan's
    text layer would."""
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.add_metadata({"/Subject": f"passport {PASSPORT_NUMBER}"})
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


PASSPORT_PDF = _passport_pdf()


@pytest.fixture(autouse=True)
def private_root(settings, tmp_path):
    settings.PRIVATE_STORAGE_ROOT = tmp_path / "private"
    return settings.PRIVATE_STORAGE_ROOT


@pytest.fixture(autouse=True)
def fresh_throttles():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def unreachable_ministries(settings):
    settings.MVD_API_URL = "http://127.0.0.1:9/mvd/v1"
    settings.MID_API_URL = "http://127.0.0.1:9/mid/v1"
    settings.FORWARDING_MAX_ATTEMPTS = 1


@pytest.fixture
def declaration(db):
    return DeclarationVersionFactory(version="2025-1")


@pytest.fixture
def kaluga(db):
    return RegionFactory(code="RU-KLU", name_en="Kaluga Region", name_ru="Калужская область")


@pytest.fixture
def operator(db):
    user, _created = staff_ensure(username="olga", role=Role.OPERATOR, password="pw")
    return user


@pytest.fixture
def operator_client(operator):
    client = Client()
    client.force_login(operator)
    return client


def candidate_payload(**changes) -> dict:
    payload = {
        "category": "scientist",
        "first_name": FIRST_NAME,
        "last_name": LAST_NAME,
        "date_of_birth": "1979-08-14",
        "citizenship": "AT",
        "email": EMAIL,
        "preferred_language": "de",
        "preferred_regions": ["RU-KLU"],
        "values_declaration_accepted": True,
        "signature_name": f"{FIRST_NAME} {LAST_NAME}",
        "personal_data_consent": True,
        "phone": "+43 1 5550199",
        "country_of_residence": "AT",
        "occupation": "Glaciologist",
        "russian_level": "b1",
        "category_details": f"Passport {PASSPORT_NUMBER}; ice cores of the Elbrus.",
        "family_members": [
            {
                "relation": "spouse",
                "first_name": SPOUSE_NAME,
                "last_name": LAST_NAME,
                "date_of_birth": "1981-02-03",
                "citizenship": "AT",
            }
        ],
    }
    payload.update(changes)
    return payload


def submit_case(client=None, **changes) -> tuple[Application, str]:
    """Submit through the public API as a candidate's browser would: (case, access code)."""
    client = client or Client(REMOTE_ADDR="203.0.113.7", HTTP_USER_AGENT="Firefox/128 candidate")
    response = client.post(
        "/api/v1/applications/", candidate_payload(**changes), content_type="application/json"
    )
    assert response.status_code == 201, response.content
    body = response.json()
    return Application.objects.get(reference=body["reference"]), body["access_code"]


def attach_passport(application: Application) -> None:
    upload = SimpleUploadedFile("passport.pdf", PASSPORT_PDF, content_type="application/pdf")
    services.document_attach(application=application, upload=upload, kind="passport")


def rich_case(operator, *, outcome: str = S.REJECTED) -> tuple[Application, str]:
    """A case with documents, a request and its answer, a note, and `outcome` at the end:
    rejected, withdrawn, status_granted or in_review."""
    application, code = submit_case()
    attach_passport(application)
    if outcome == S.WITHDRAWN:
        services.application_withdraw(application=application, note=f"{FIRST_NAME} moves on.")
        return _fresh(application), code
    operator_services.application_review_start(application=application, user=operator)
    operator_services.information_request(
        application=_fresh(application), user=operator, message=f"Dear {FIRST_NAME}, your CV?"
    )
    services.information_request_answer(
        application=_fresh(application),
        answer=f"My passport is {PASSPORT_NUMBER}, CV attached.",
        uploads=[SimpleUploadedFile("cv.pdf", PASSPORT_PDF, content_type="application/pdf")],
        kind="cv",
    )
    operator_services.operator_note_add(
        application=application, author=operator, text=f"{LAST_NAME} called about the visa."
    )
    if outcome == S.IN_REVIEW:
        return _fresh(application), code
    if outcome == S.REJECTED:
        operator_services.application_reject(
            application=_fresh(application),
            user=operator,
            reason="documents",
            note=f"{FIRST_NAME} {LAST_NAME}: the diploma is missing.",
        )
        return _fresh(application), code
    operator_services.application_approve(
        application=_fresh(application), user=operator, note=f"{LAST_NAME} qualifies."
    )
    Delivery.objects.filter(application=application).update(
        state="delivered", external_id=f"MVD-{application.pk}"
    )
    services.application_transition(
        application=_fresh(application), to=S.SENT_TO_MVD, actor=Actor.WORKER
    )
    forwarding.decision_receive(
        external_id=f"MVD-{application.pk}",
        reference=application.reference,
        decision="granted",
        decided_at=timezone.now(),
        note=f"Status granted to {FIRST_NAME} {LAST_NAME}.",
    )
    assert Delivery.objects.filter(application=application, target=DeliveryTarget.MID_VISA)
    return _fresh(application), code


def age(application: Application, days: float) -> None:
    """Move the case's whole history `days` into the past."""
    shift = datetime.timedelta(days=days)
    for change in StatusChange.objects.filter(application=application):
        StatusChange.objects.filter(pk=change.pk).update(at=change.at - shift)
    Application.objects.filter(pk=application.pk).update(
        updated_at=timezone.now() - shift, created_at=timezone.now() - shift
    )


def _fresh(application: Application) -> Application:
    return Application.objects.get(pk=application.pk)
