"""On the status page: download my data, and withdraw and delete; both need the access code."""

import json

import pytest
from django.conf import settings
from django.test import Client

from applications.models import Application, ApplicationStatus
from applications.operators import services as operator_services
from privacy.models import (
    AccessKind,
    AccessLogEntry,
    DestructionRecord,
    ErasureRequest,
    PurgeRule,
    PurgeTrigger,
)
from privacy.services import purge_personal_data
from stats import selectors as fact_selectors
from tests.privacy.conftest import attach_passport, rich_case, submit_case

S = ApplicationStatus
pytestmark = pytest.mark.django_db
STATUS = "/en/apply/status/"
YOUR_DATA = "/en/apply/status/your-data/"


def signed_in(application, code) -> Client:
    browser = Client()
    response = browser.post(
        STATUS, {"action": "lookup", "reference": application.reference, "access_code": code}
    )
    assert response.status_code == 302
    return browser


@pytest.fixture
def submitted(kaluga, declaration):
    application, code = submit_case()
    attach_passport(application)
    return application, code


def test_the_status_page_offers_both_rights(submitted):
    browser = signed_in(*submitted)

    page = browser.get(STATUS).content.decode()

    assert "Download my data" in page
    assert "Withdraw and delete my data" in page
    assert 'href="/en/privacy/"' in page
    assert page.count('name="export-access_code"') == 1


def test_download_my_data_with_the_code_gives_the_export_and_is_logged(submitted):
    application, code = submitted
    browser = signed_in(application, code)

    response = browser.post(YOUR_DATA, {"action": "export", "export-access_code": code})

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    data = json.loads(response.content)
    assert data["reference"] == application.reference
    assert data["application"]["email"] == application.email
    assert len(data["documents"]) == 1
    assert AccessLogEntry.objects.filter(
        kind=AccessKind.CANDIDATE_EXPORT, application=application, user=None
    ).exists()


def test_a_wrong_code_downloads_nothing_and_says_why(submitted):
    application, code = submitted
    browser = signed_in(application, code)

    response = browser.post(YOUR_DATA, {"action": "export", "export-access_code": "WRONG"})

    assert response.status_code == 200
    assert "application/json" not in response["Content-Type"]
    assert "This access code does not match your application." in response.content.decode()
    assert not AccessLogEntry.objects.filter(kind=AccessKind.CANDIDATE_EXPORT).exists()


def test_without_a_verified_session_the_rights_lead_back_to_the_lookup(submitted):
    _application, code = submitted

    response = Client().post(YOUR_DATA, {"action": "export", "export-access_code": code})

    assert response.status_code == 302
    assert response["Location"] == STATUS


def test_withdraw_and_delete_withdraws_and_erases_at_once(
    submitted, settings, django_capture_on_commit_callbacks
):
    settings.STATISTICS_MIN_CELL = 1
    application, code = submitted
    browser = signed_in(application, code)

    # The erasure task is queued when the withdrawal commits (and runs in-process here).
    with django_capture_on_commit_callbacks(execute=True):
        response = browser.post(
            YOUR_DATA, {"action": "erase", "erase-access_code": code, "erase-confirm": "on"}
        )

    assert response.status_code == 200
    assert "Your application is withdrawn." in response.content.decode()
    assert not Application.objects.filter(pk=application.pk).exists()
    record = DestructionRecord.objects.get()
    assert (record.rule, record.trigger, record.cases, record.files) == (
        PurgeRule.ERASURE_REQUEST,
        PurgeTrigger.CANDIDATE,
        1,
        1,
    )
    # The statistics still count the case, as withdrawn.
    cells = fact_selectors.public_statistics()["cases"]
    assert [(cell["status"], cell["count"]) for cell in cells] == [("withdrawn", 1)]
    entry = AccessLogEntry.objects.get(kind=AccessKind.CANDIDATE_ERASURE)
    assert entry.reference == application.reference
    # The session no longer opens the case.
    assert "Download my data" not in browser.get(STATUS).content.decode()


def test_withdraw_and_delete_needs_the_code_and_the_tick(submitted):
    application, code = submitted
    browser = signed_in(application, code)

    no_tick = browser.post(YOUR_DATA, {"action": "erase", "erase-access_code": code})
    wrong_code = browser.post(
        YOUR_DATA, {"action": "erase", "erase-access_code": "NOPE", "erase-confirm": "on"}
    )

    assert "Tick the box to confirm." in no_tick.content.decode()
    assert "does not match" in wrong_code.content.decode()
    assert Application.objects.get(pk=application.pk).status == S.SUBMITTED
    assert not ErasureRequest.objects.exists()


def test_a_case_past_withdrawal_asks_the_operator_and_is_erased_once_closed(
    operator, kaluga, declaration
):
    application, code = rich_case(operator, outcome=S.IN_REVIEW)
    browser = signed_in(application, code)

    response = browser.post(
        YOUR_DATA, {"action": "erase", "erase-access_code": code, "erase-confirm": "on"}
    )

    assert "We have asked the operator to close it" in response.content.decode()
    application.refresh_from_db()
    assert application.status == S.IN_REVIEW
    assert ErasureRequest.objects.filter(application=application).exists()
    # Not yet: the case is open.
    purge_personal_data()
    assert Application.objects.filter(pk=application.pk).exists()

    operator_services.application_reject(
        application=application, user=operator, reason="other", note="Candidate asked to erase."
    )
    counts = {count.rule: count.cases for count in purge_personal_data()}

    # Long before RETENTION_DAYS_CLOSED: the request makes it due at once.
    assert settings.RETENTION_DAYS_CLOSED > 1
    assert counts[PurgeRule.ERASURE_REQUEST] == 1
    assert not Application.objects.filter(pk=application.pk).exists()
