import itertools

import pytest

from applications import services, workflow
from applications.models import Actor, ApplicationStatus, StatusChange
from portal.errors import DomainError
from tests.factories import ApplicationFactory, SubmittedApplicationFactory

# The contract's transitions, written out by hand so the table in workflow.py cannot drift.
CONTRACT_TRANSITIONS = {
    ("draft", "submitted", "candidate"),
    ("submitted", "in_review", "operator"),
    ("in_review", "info_requested", "operator"),
    ("info_requested", "in_review", "candidate"),
    ("in_review", "interview_scheduled", "operator"),
    ("interview_scheduled", "in_review", "operator"),
    ("in_review", "approved", "operator"),
    ("in_review", "rejected", "operator"),
    ("interview_scheduled", "approved", "operator"),
    ("interview_scheduled", "rejected", "operator"),
    ("approved", "sent_to_mvd", "worker"),
    ("sent_to_mvd", "status_granted", "mvd"),
    ("sent_to_mvd", "status_refused", "mvd"),
    ("draft", "withdrawn", "candidate"),
    ("submitted", "withdrawn", "candidate"),
    ("info_requested", "withdrawn", "candidate"),
}
ALLOWED = sorted(
    (source, to, actor) for (source, to), actors in workflow.TRANSITIONS.items() for actor in actors
)
REFUSED = sorted(
    (source, to, actor)
    for source, to, actor in itertools.product(
        ApplicationStatus.values, ApplicationStatus.values, Actor.values
    )
    if (source, to, actor) not in CONTRACT_TRANSITIONS
)


def case_in(status):
    if status == "draft":
        return ApplicationFactory()
    return SubmittedApplicationFactory(status=status)


def test_the_workflow_table_is_exactly_the_contract():
    assert set(ALLOWED) == CONTRACT_TRANSITIONS


def test_statuses_are_exactly_the_contracts():
    assert ApplicationStatus.values == [
        "draft",
        "submitted",
        "in_review",
        "info_requested",
        "interview_scheduled",
        "approved",
        "rejected",
        "sent_to_mvd",
        "status_granted",
        "status_refused",
        "withdrawn",
    ]


@pytest.mark.django_db
@pytest.mark.parametrize(("source", "to", "actor"), ALLOWED)
def test_an_allowed_transition_moves_the_case_and_writes_one_history_row(source, to, actor):
    application = case_in(source)
    version = application.version

    moved = services.application_transition(
        application=application, to=to, actor=actor, note="because"
    )

    assert moved.status == to
    assert moved.version == version + 1
    change = StatusChange.objects.get(application=application)
    assert (change.from_status, change.to_status, change.actor_label, change.note) == (
        source,
        to,
        actor,
        "because",
    )


@pytest.mark.django_db
@pytest.mark.parametrize(("source", "to", "actor"), REFUSED)
def test_any_other_transition_is_refused_and_changes_nothing(source, to, actor):
    application = case_in(source)

    with pytest.raises(DomainError) as refused:
        services.application_transition(application=application, to=to, actor=actor)

    assert refused.value.code == "transition_not_allowed"
    assert refused.value.status_code == 409
    application.refresh_from_db()
    assert application.status == source
    assert not StatusChange.objects.exists()


def test_a_refusal_names_both_statuses():
    with pytest.raises(DomainError) as refused:
        workflow.check("approved", "draft", "operator")

    assert "Approved by the operator" in str(refused.value.message)
    assert "Draft" in str(refused.value.message)


def test_a_refusal_of_the_wrong_actor_names_the_actor():
    with pytest.raises(DomainError) as refused:
        workflow.check("submitted", "in_review", "candidate")

    assert "Candidate" in str(refused.value.message)


def test_an_unknown_target_status_is_refused_like_any_other():
    with pytest.raises(DomainError) as refused:
        workflow.check("submitted", "teleported", "operator")

    assert refused.value.status_code == 409


def test_allowed_targets_of_the_candidate_in_info_requested():
    assert workflow.allowed_targets("info_requested", "candidate") == ["in_review", "withdrawn"]


@pytest.mark.django_db
def test_a_stale_version_is_refused_and_the_case_is_unchanged():
    application = SubmittedApplicationFactory()
    services.application_transition(application=application, to="in_review", actor="operator")

    with pytest.raises(DomainError) as refused:
        services.application_transition(
            application=application,
            to="approved",
            actor="operator",
            expected_version=application.version,
        )

    assert refused.value.code == "stale_version"
    assert refused.value.status_code == 409
    application.refresh_from_db()
    assert application.status == "in_review"


@pytest.mark.django_db
def test_the_current_version_is_accepted():
    application = SubmittedApplicationFactory()

    moved = services.application_transition(
        application=application,
        to="in_review",
        actor="operator",
        expected_version=application.version,
    )

    assert moved.status == "in_review"


@pytest.mark.django_db
def test_the_history_is_append_only():
    application = SubmittedApplicationFactory()
    services.application_transition(application=application, to="in_review", actor="operator")
    change = StatusChange.objects.get()

    change.note = "rewritten"
    with pytest.raises(ValueError, match="append-only"):
        change.save()
