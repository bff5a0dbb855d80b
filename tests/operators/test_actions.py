"""Every action of the case page, through real admin requests by an operator."""

import datetime
import zoneinfo

import pytest
from django.contrib.admin.models import LogEntry
from django.core import mail
from django.test import Client
from django.utils import timezone

from applications.forwarding.models import Delivery
from applications.models import Application, InformationRequest, StatusChange
from applications.operators.models import Interview, InterviewOutcome
from tests.factories import InterviewFactory
from tests.operators.conftest import action_url, case_in, change_url, messages_of

pytestmark = pytest.mark.django_db

MOSCOW = zoneinfo.ZoneInfo("Europe/Moscow")


def post_action(client, application, action, capture, **data):
    """POST the action's confirmation form with the version the operator saw."""
    data.setdefault("version", application.version)
    with capture(execute=True):
        return client.post(action_url(application, action), data, follow=True)


def last_change(application) -> StatusChange:
    return application.history.order_by("-at", "-pk").first()


def in_a_week_at_ten() -> datetime.datetime:
    day = timezone.localdate() + datetime.timedelta(days=7)
    return datetime.datetime.combine(day, datetime.time(10, 0), tzinfo=MOSCOW)


def interview_form(**overrides) -> dict:
    when = in_a_week_at_ten()
    return {
        "date": when.date().isoformat(),
        "time": "10:00",
        "time_zone": "Europe/Moscow",
        "duration_minutes": "45",
        "format": "video",
        "location": "https://meet.example.org/tlr-interview",
        "instructions": "Have your passport ready, please.",
        **overrides,
    }


# ---- The confirmation step


def test_each_action_asks_for_confirmation_with_the_version_seen(client, operator, case):
    response = client.get(action_url(case, "start_review"), {"version": case.version})

    page = response.content.decode()
    assert response.status_code == 200
    assert f'name="version" value="{case.version}"' in page
    assert "csrfmiddlewaretoken" in page
    assert Application.objects.get(pk=case.pk).status == "submitted"


def test_an_action_is_only_a_post_with_a_csrf_token(operator, case):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(operator)

    response = browser.post(action_url(case, "start_review"), {"version": case.version})

    assert response.status_code == 403
    assert Application.objects.get(pk=case.pk).status == "submitted"


def test_the_case_page_offers_the_buttons_its_status_allows(client, operator, case):
    page = client.get(change_url(case)).content.decode()

    assert action_url(case, "start_review") in page
    assert action_url(case, "assign_to_me") in page
    assert action_url(case, "approve") not in page
    assert action_url(case, "unassign") not in page


# ---- Assignment


def test_assign_to_me_assigns_the_case_and_audits_it(
    client, operator, case, django_capture_on_commit_callbacks
):
    response = post_action(client, case, "assign_to_me", django_capture_on_commit_callbacks)

    case.refresh_from_db()
    assert case.assigned_operator == operator
    assert case.version == 2
    assert "The case is now assigned to you." in messages_of(response)
    assert LogEntry.objects.filter(object_id=str(case.pk), user=operator).exists()


def test_unassign_frees_the_case(client, operator, case, django_capture_on_commit_callbacks):
    Application.objects.filter(pk=case.pk).update(assigned_operator=operator)

    post_action(client, case, "unassign", django_capture_on_commit_callbacks)

    assert Application.objects.get(pk=case.pk).assigned_operator is None


def test_assigning_a_case_already_mine_is_refused(
    client, operator, case, django_capture_on_commit_callbacks
):
    Application.objects.filter(pk=case.pk).update(assigned_operator=operator)

    response = post_action(client, case, "assign_to_me", django_capture_on_commit_callbacks)

    assert any("already assigned" in message for message in messages_of(response))
    assert Application.objects.get(pk=case.pk).version == case.version


# ---- Review


def test_start_review_moves_the_case_records_history_and_emails_the_candidate(
    client, operator, case, django_capture_on_commit_callbacks
):
    post_action(client, case, "start_review", django_capture_on_commit_callbacks)

    case.refresh_from_db()
    change = last_change(case)
    assert case.status == "in_review"
    assert case.assigned_operator == operator
    assert (change.from_status, change.to_status, change.actor, change.actor_label) == (
        "submitted",
        "in_review",
        operator,
        "operator",
    )
    assert [message.to for message in mail.outbox] == [[case.email]]
    assert "started to review" in mail.outbox[0].body


def test_request_information_asks_the_candidate_by_email(
    client, operator, django_capture_on_commit_callbacks
):
    application = case_in("in_review")

    post_action(
        client,
        application,
        "request_information",
        django_capture_on_commit_callbacks,
        message="Please upload your diploma with its apostille.",
    )

    application.refresh_from_db()
    assert application.status == "info_requested"
    assert InformationRequest.objects.get(application=application).requested_by == operator
    assert last_change(application).to_status == "info_requested"
    assert "Please upload your diploma with its apostille." in mail.outbox[0].body


def test_request_information_without_a_message_changes_nothing(
    client, operator, django_capture_on_commit_callbacks
):
    application = case_in("in_review")

    response = post_action(
        client, application, "request_information", django_capture_on_commit_callbacks, message=" "
    )

    assert response.status_code == 200
    assert "errornote" in response.content.decode()
    assert Application.objects.get(pk=application.pk).status == "in_review"
    assert not InformationRequest.objects.exists()
    assert mail.outbox == []


# ---- Interviews


def test_scheduling_an_interview_invites_the_candidate_with_a_calendar_file(
    client, operator, django_capture_on_commit_callbacks
):
    application = case_in("in_review", preferred_language="de")

    post_action(
        client,
        application,
        "schedule_interview",
        django_capture_on_commit_callbacks,
        **interview_form(),
    )

    application.refresh_from_db()
    interview = Interview.objects.get(application=application)
    assert application.status == "interview_scheduled"
    assert last_change(application).to_status == "interview_scheduled"
    assert interview.starts_at == in_a_week_at_ten()
    assert interview.scheduled_by == operator
    assert interview.invitation_sent_at is not None
    invitation = next(message for message in mail.outbox if message.attachments)
    assert invitation.to == [application.email]
    (name, calendar, mimetype) = invitation.attachments[0]
    assert (name, mimetype) == ("interview.ics", "text/calendar")
    event = parse_calendar(calendar)
    assert event["DTSTART"] == in_a_week_at_ten().astimezone(datetime.UTC).strftime(
        "%Y%m%dT%H%M%SZ"
    )
    assert event["DTEND"] == (in_a_week_at_ten() + datetime.timedelta(minutes=45)).astimezone(
        datetime.UTC
    ).strftime("%Y%m%dT%H%M%SZ")
    assert event["UID"] == f"interview-{interview.uid}@127.0.0.1"
    assert event["DTSTAMP"].endswith("Z") and len(event["DTSTAMP"]) == 16
    assert application.reference in event["SUMMARY"]
    assert event["URL"] == "https://meet.example.org/tlr-interview"


def parse_calendar(text: str) -> dict:
    """The VEVENT's properties, after checking every line ends in CRLF and unfolding."""
    assert text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", "")
    lines = text.replace("\r\n ", "").split("\r\n")[:-1]
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines and "BEGIN:VEVENT" in lines
    event = lines[lines.index("BEGIN:VEVENT") + 1 : lines.index("END:VEVENT")]
    return dict(line.split(":", 1) for line in event)


def test_an_interview_in_the_past_is_refused(client, operator, django_capture_on_commit_callbacks):
    application = case_in("in_review")
    yesterday = timezone.localdate() - datetime.timedelta(days=1)

    response = post_action(
        client,
        application,
        "schedule_interview",
        django_capture_on_commit_callbacks,
        **interview_form(date=yesterday.isoformat()),
    )

    assert "The interview must be in the future." in response.content.decode()
    assert Application.objects.get(pk=application.pk).status == "in_review"
    assert not Interview.objects.exists()
    assert mail.outbox == []


def test_a_video_interview_needs_an_https_link(
    client, operator, django_capture_on_commit_callbacks
):
    application = case_in("in_review")

    response = post_action(
        client,
        application,
        "schedule_interview",
        django_capture_on_commit_callbacks,
        **interview_form(location="Room 12"),
    )

    assert "https://" in response.content.decode()
    assert not Interview.objects.exists()


def test_recording_the_outcome_returns_the_case_to_review(
    client, operator, django_capture_on_commit_callbacks
):
    interview = InterviewFactory()
    application = interview.application

    post_action(
        client,
        application,
        "record_outcome",
        django_capture_on_commit_callbacks,
        outcome=InterviewOutcome.HELD,
        notes="Convincing; strong publications.",
    )

    interview.refresh_from_db()
    assert Application.objects.get(pk=application.pk).status == "in_review"
    assert (interview.outcome, interview.outcome_recorded_by) == ("held", operator)
    assert last_change(application).note == "Convincing; strong publications."
    # The outcome is internal until the decision: no email.
    assert mail.outbox == []


# ---- Decisions


def test_approving_needs_a_note_and_starts_the_delivery_to_the_ministry(
    client, operator, django_capture_on_commit_callbacks
):
    application = case_in("in_review")

    post_action(
        client,
        application,
        "approve",
        django_capture_on_commit_callbacks,
        note="Meets the scientist category; interview held.",
    )

    application.refresh_from_db()
    assert application.status == "approved"
    assert last_change(application).note == "Meets the scientist category; interview held."
    assert Delivery.objects.filter(application=application, target="mvd_case").exists()
    assert [message.to for message in mail.outbox] == [[application.email]]


def test_approving_without_a_note_changes_nothing(
    client, operator, django_capture_on_commit_callbacks
):
    application = case_in("interview_scheduled")

    response = post_action(
        client, application, "approve", django_capture_on_commit_callbacks, note=""
    )

    assert response.status_code == 200
    assert Application.objects.get(pk=application.pk).status == "interview_scheduled"
    assert not Delivery.objects.exists()


def test_rejecting_keeps_the_reason_and_the_explanation(
    client, operator, django_capture_on_commit_callbacks
):
    application = case_in("in_review")

    post_action(
        client,
        application,
        "reject",
        django_capture_on_commit_callbacks,
        reason="documents",
        note="The diploma could not be verified.",
    )

    application.refresh_from_db()
    assert (application.status, application.rejection_reason) == ("rejected", "documents")
    assert last_change(application).note == "The diploma could not be verified."
    assert "has not approved" in mail.outbox[0].body


@pytest.mark.parametrize("missing", ["reason", "note"])
def test_rejecting_without_reason_or_explanation_changes_nothing(
    client, operator, django_capture_on_commit_callbacks, missing
):
    application = case_in("in_review")
    data = {"reason": "other", "note": "Not eligible.", missing: ""}

    post_action(client, application, "reject", django_capture_on_commit_callbacks, **data)

    assert Application.objects.get(pk=application.pk).status == "in_review"
    assert mail.outbox == []


# ---- Refusals


@pytest.mark.parametrize(
    ("status", "action", "data"),
    [
        ("submitted", "approve", {"note": "Looks fine."}),
        ("submitted", "reject", {"reason": "other", "note": "No."}),
        ("submitted", "request_information", {"message": "Send more."}),
        ("submitted", "schedule_interview", interview_form()),
        ("in_review", "start_review", {}),
        ("in_review", "record_outcome", {"outcome": "held"}),
        ("info_requested", "approve", {"note": "Looks fine."}),
        ("approved", "reject", {"reason": "other", "note": "Changed my mind."}),
        ("rejected", "assign_to_me", {}),
        ("withdrawn", "start_review", {}),
    ],
)
def test_an_action_the_status_does_not_allow_is_refused_and_changes_nothing(
    client, operator, django_capture_on_commit_callbacks, status, action, data
):
    application = case_in(status)
    before = Application.objects.filter(pk=application.pk).values().get()

    response = post_action(client, application, action, django_capture_on_commit_callbacks, **data)

    assert response.redirect_chain[-1][0] == change_url(application)
    assert any(messages_of(response))
    assert Application.objects.filter(pk=application.pk).values().get() == before
    assert not StatusChange.objects.filter(application=application).exists()
    assert not Interview.objects.exists()
    assert mail.outbox == []


def test_an_unknown_action_is_404(client, operator, case):
    assert client.get(action_url(case, "delete_everything")).status_code == 404


# ---- Bulk actions


def changelist_action(client, action, cases, **extra):
    return client.post(
        "/admin/applications/application/",
        {"action": action, "_selected_action": [case.pk for case in cases], "index": 0, **extra},
    )


def test_a_bulk_action_asks_for_confirmation_first(client, operator, kaluga):
    cases = [case_in("submitted") for _ in range(3)]

    response = changelist_action(client, "start_review_selected", cases)

    assert response.status_code == 200
    assert all(case.reference in response.content.decode() for case in cases)
    assert set(Application.objects.values_list("status", flat=True)) == {"submitted"}


def test_a_confirmed_bulk_start_review_moves_each_case(
    client, operator, django_capture_on_commit_callbacks
):
    cases = [case_in("submitted") for _ in range(3)]
    confirmation = {
        "action": "start_review_selected",
        "_selected_action": [case.pk for case in cases],
        "confirm": "yes",
        **{f"version_{case.pk}": case.version for case in cases},
    }

    with django_capture_on_commit_callbacks(execute=True):
        client.post("/admin/applications/application/", confirmation)

    assert set(Application.objects.values_list("status", flat=True)) == {"in_review"}
    assert StatusChange.objects.filter(to_status="in_review").count() == 3
    assert len(mail.outbox) == 3


def test_a_bulk_action_leaves_a_case_that_changed_meanwhile_alone(client, operator):
    fresh, changed = case_in("submitted"), case_in("submitted")
    Application.objects.filter(pk=changed.pk).update(version=5)

    response = client.post(
        "/admin/applications/application/",
        {
            "action": "assign_to_me_selected",
            "_selected_action": [fresh.pk, changed.pk],
            "confirm": "yes",
            f"version_{fresh.pk}": fresh.version,
            f"version_{changed.pk}": changed.version,
        },
        follow=True,
    )

    assert Application.objects.get(pk=fresh.pk).assigned_operator == operator
    assert Application.objects.get(pk=changed.pk).assigned_operator is None
    assert any(changed.reference in message for message in messages_of(response))
