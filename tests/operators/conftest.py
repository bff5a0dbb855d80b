"""Operators, editors and cases for the queue's tests; ministries that never answer."""

import datetime

import pytest
from django.test import Client
from django.utils import timezone

from applications.models import Application, ApplicationRegion
from portal.roles import Role, staff_ensure
from tests.factories import RegionFactory, SubmittedApplicationFactory

QUEUE = "/admin/applications/application/"


@pytest.fixture(autouse=True)
def private_root(settings, tmp_path):
    """Every test writes candidates' documents to its own empty folder."""
    settings.PRIVATE_STORAGE_ROOT = tmp_path / "private"
    return settings.PRIVATE_STORAGE_ROOT


@pytest.fixture(autouse=True)
def unreachable_ministries(settings):
    """An approval's delivery runs in-process here: it fails at once, after one attempt."""
    settings.MVD_API_URL = "http://127.0.0.1:9/mvd/v1"
    settings.MID_API_URL = "http://127.0.0.1:9/mid/v1"
    settings.FORWARDING_MAX_ATTEMPTS = 1


def staff_client(username: str, role: str, **kwargs) -> tuple:
    user, _created = staff_ensure(username=username, role=role, password="pw", **kwargs)
    client = Client()
    client.force_login(user)
    return user, client


@pytest.fixture
def operator(client, db):
    """The demo-like operator, logged in on the default `client`."""
    user, _created = staff_ensure(username="olga", role=Role.OPERATOR, password="pw")
    client.force_login(user)
    return user


@pytest.fixture
def second_operator(db):
    """Another operator with a browser of their own: (user, client)."""
    return staff_client("boris", Role.OPERATOR)


@pytest.fixture
def kaluga(db):
    return RegionFactory(code="RU-KLU", name_en="Kaluga Region", name_ru="Калужская область")


@pytest.fixture
def regional_editor(kaluga):
    return staff_client("anna", Role.REGIONAL_EDITOR, region_codes=[kaluga.code])


@pytest.fixture
def content_editor(db):
    return staff_client("carl", Role.CONTENT_EDITOR)


@pytest.fixture
def case(kaluga):
    """A submitted case whose first preferred region is Kaluga."""
    return SubmittedApplicationFactory(regions=[kaluga], email="anna.schmidt@example.org")


def case_in(status: str, **fields) -> Application:
    return SubmittedApplicationFactory(status=status, **fields)


def change_url(application) -> str:
    return f"{QUEUE}{application.pk}/change/"


def action_url(application, action: str) -> str:
    return f"{QUEUE}{application.pk}/actions/{action}/"


def messages_of(response) -> list[str]:
    return [str(message) for message in response.context["messages"]] if response.context else []


def bulk_cases(count: int, *, region, status="submitted", **fields) -> list[Application]:
    """Many submitted cases in two queries (factories would take a query per field set)."""
    now = timezone.now()
    cases = Application.objects.bulk_create(
        Application(
            reference=f"TLR-2001-{number:06d}",
            status=status,
            first_name="Case",
            last_name=f"Number {number}",
            citizenship="DE",
            email=f"case{number}@example.org",
            category="scientist",
            submitted_at=now - datetime.timedelta(days=count - number, minutes=number),
            **fields,
        )
        for number in range(1, count + 1)
    )
    ApplicationRegion.objects.bulk_create(
        ApplicationRegion(application=case, region=region, position=1) for case in cases
    )
    return cases
