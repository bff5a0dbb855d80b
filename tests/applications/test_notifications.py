"""Emails to the candidate: after the commit, in the candidate's language, once each."""

import pytest
from django.core import mail
from django.utils import timezone

from applications import notifications, services
from applications.models import StatusChange
from tests.factories import ApplicationFactory, SubmittedApplicationFactory

pytestmark = pytest.mark.django_db

RUSSIAN_MONTHS = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]


def test_the_submission_email_carries_reference_and_code_in_the_candidates_language(
    django_capture_on_commit_callbacks,
):
    draft = ApplicationFactory(preferred_language="ru")

    with django_capture_on_commit_callbacks(execute=True):
        application, access_code = services.application_submit(application=draft)

    (email,) = mail.outbox
    assert email.to == [application.email]
    assert application.reference in email.subject
    assert access_code in email.body
    assert any(month in email.body for month in RUSSIAN_MONTHS)
    assert "http://127.0.0.1:8000/ru/apply/status/" in email.body
    html, _mimetype = email.alternatives[0]
    assert '<html lang="ru">' in html and access_code in html


def test_the_submission_is_marked_as_notified(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        application, _code = services.application_submit(application=ApplicationFactory())

    assert application.history.get().notified_at is not None


def test_nothing_is_emailed_before_the_transaction_commits(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.application_submit(application=ApplicationFactory())

    assert mail.outbox == []
    assert len(callbacks) == 1


def test_a_status_change_is_emailed_in_the_candidates_language(
    django_capture_on_commit_callbacks,
):
    application = SubmittedApplicationFactory(preferred_language="de")

    with django_capture_on_commit_callbacks(execute=True):
        services.application_transition(application=application, to="in_review", actor="operator")

    (email,) = mail.outbox
    assert application.reference in email.subject
    assert "http://127.0.0.1:8000/de/apply/status/" in email.body
    assert '<html lang="de">' in email.alternatives[0][0]
    assert StatusChange.objects.get().notified_at is not None


def test_a_request_for_information_email_quotes_the_operators_message(
    django_capture_on_commit_callbacks,
):
    application = SubmittedApplicationFactory(status="in_review")

    with django_capture_on_commit_callbacks(execute=True):
        services.information_request_create(
            application=application, message="Please send your diploma."
        )

    assert "Please send your diploma." in mail.outbox[0].body


@pytest.mark.parametrize(
    ("source", "to", "actor"),
    [("interview_scheduled", "in_review", "operator"), ("draft", "withdrawn", "candidate")],
)
def test_transitions_the_candidate_need_not_hear_about_send_nothing(
    source, to, actor, django_capture_on_commit_callbacks
):
    application = (
        ApplicationFactory() if source == "draft" else SubmittedApplicationFactory(status=source)
    )

    with django_capture_on_commit_callbacks(execute=True):
        services.application_transition(application=application, to=to, actor=actor)

    assert mail.outbox == []


@pytest.mark.parametrize(
    ("source", "to", "actor"),
    [
        ("in_review", "approved", "operator"),
        ("in_review", "rejected", "operator"),
        ("approved", "sent_to_mvd", "worker"),
        ("sent_to_mvd", "status_granted", "mvd"),
        ("sent_to_mvd", "status_refused", "mvd"),
        ("submitted", "withdrawn", "candidate"),
    ],
)
def test_the_candidate_hears_about_each_decision(
    source, to, actor, django_capture_on_commit_callbacks
):
    application = SubmittedApplicationFactory(status=source)

    with django_capture_on_commit_callbacks(execute=True):
        services.application_transition(application=application, to=to, actor=actor)

    assert len(mail.outbox) == 1


def test_the_notification_task_sends_once_however_often_it_runs():
    application = SubmittedApplicationFactory()
    change = StatusChange.objects.create(
        application=application, from_status="submitted", to_status="in_review", actor_label="x"
    )

    sent = [notifications.status_change_send(change.pk) for _i in range(3)]

    assert sent == [True, False, False]
    assert len(mail.outbox) == 1


def test_the_notification_task_ignores_a_vanished_change():
    assert notifications.status_change_send(987654) is False


def test_no_resume_link_for_a_submitted_case():
    application = SubmittedApplicationFactory(submitted_at=timezone.now())

    assert notifications.resume_link_send(application.pk) is False
    assert mail.outbox == []
