"""Two operators on one case: the second to act on what they saw is told to reload."""

import pytest
from django.core import mail

from applications.models import Application, StatusChange
from tests.operators.conftest import action_url, case_in, change_url, messages_of

pytestmark = pytest.mark.django_db

STALE = "This case changed while you were looking at it"


def form_version(response) -> str:
    return response.context["form"]["version"].value()


def test_the_second_of_two_forms_with_the_same_version_is_refused(
    client, operator, second_operator, django_capture_on_commit_callbacks
):
    application = case_in("in_review")
    _boris, other_browser = second_operator
    mine = form_version(client.get(action_url(application, "approve")))
    theirs = form_version(other_browser.get(action_url(application, "reject")))
    assert mine == theirs

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            action_url(application, "approve"), {"version": mine, "note": "All criteria met."}
        )
        response = other_browser.post(
            action_url(application, "reject"),
            {"version": theirs, "reason": "other", "note": "Not convinced."},
            follow=True,
        )

    application.refresh_from_db()
    assert any(STALE in message for message in messages_of(response))
    assert response.redirect_chain[-1][0] == change_url(application)
    assert (application.status, application.rejection_reason) == ("approved", "")
    assert list(StatusChange.objects.values_list("to_status", flat=True)) == ["approved"]
    assert len(mail.outbox) == 1


def test_an_assignment_meanwhile_makes_a_decision_form_stale(client, operator, second_operator):
    application = case_in("in_review")
    boris, other_browser = second_operator
    seen = form_version(client.get(action_url(application, "request_information")))

    other_browser.post(action_url(application, "assign_to_me"), {"version": seen})
    response = client.post(
        action_url(application, "request_information"),
        {"version": seen, "message": "Send the diploma."},
        follow=True,
    )

    application.refresh_from_db()
    assert any(STALE in message for message in messages_of(response))
    assert (application.status, application.assigned_operator) == ("in_review", boris)


def test_a_button_from_a_case_page_that_is_out_of_date_warns_before_the_form(
    client, operator, case
):
    Application.objects.filter(pk=case.pk).update(version=case.version + 1)

    response = client.get(action_url(case, "start_review"), {"version": case.version}, follow=True)

    assert any(STALE in message for message in messages_of(response))
    assert response.redirect_chain[-1][0] == change_url(case)
