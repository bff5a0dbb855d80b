"""The operator's actions on a case, as the admin shows them: a button, a confirmation form,
the service it calls and when it makes sense. The services decide; `is_offered` only keeps
pointless buttons off the page."""

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from applications import workflow
from applications.models import Actor, Application, ApplicationStatus
from applications.operators import forms, services
from applications.operators.statuses import is_open

S = ApplicationStatus


@dataclass(frozen=True)
class CaseAction:
    name: str
    label: str
    question: str
    done: str
    form_class: type[forms.CaseActionForm]
    perform: Callable[..., object]
    is_offered: Callable[[Application, object], bool]
    danger: bool = False


def _may_move_to(to: str) -> Callable[[Application, object], bool]:
    return lambda application, user: workflow.is_allowed(application.status, to, Actor.OPERATOR)


def _assign_to_me(*, application, user, expected_version):
    return services.application_assign(
        application=application, operator=user, user=user, expected_version=expected_version
    )


def _unassign(*, application, user, expected_version):
    return services.application_assign(
        application=application, operator=None, user=user, expected_version=expected_version
    )


ACTIONS: dict[str, CaseAction] = {
    action.name: action
    for action in [
        CaseAction(
            name="assign_to_me",
            label=_("Assign to me"),
            question=_("Assign this case to yourself?"),
            done=_("The case is now assigned to you."),
            form_class=forms.CaseActionForm,
            perform=_assign_to_me,
            is_offered=lambda application, user: (
                is_open(application.status) and application.assigned_operator_id != user.pk
            ),
        ),
        CaseAction(
            name="unassign",
            label=_("Unassign"),
            question=_("Remove the assigned operator from this case?"),
            done=_("The case is no longer assigned to anyone."),
            form_class=forms.CaseActionForm,
            perform=_unassign,
            is_offered=lambda application, user: (
                is_open(application.status) and application.assigned_operator_id is not None
            ),
        ),
        CaseAction(
            name="start_review",
            label=_("Start review"),
            question=_("Start reviewing this case? It is assigned to you if nobody has it."),
            done=_("The review has started."),
            form_class=forms.CaseActionForm,
            perform=services.application_review_start,
            is_offered=lambda application, user: application.status == S.SUBMITTED,
        ),
        CaseAction(
            name="request_information",
            label=_("Request information"),
            question=_("What does the candidate need to tell or send you?"),
            done=_("The candidate has been asked for more information."),
            form_class=forms.RequestInformationForm,
            perform=services.information_request,
            is_offered=_may_move_to(S.INFO_REQUESTED),
        ),
        CaseAction(
            name="schedule_interview",
            label=_("Schedule interview"),
            question=_("When and where is the interview? The candidate receives an invitation."),
            done=_("The interview is scheduled and the candidate invited."),
            form_class=forms.ScheduleInterviewForm,
            perform=services.interview_schedule,
            is_offered=_may_move_to(S.INTERVIEW_SCHEDULED),
        ),
        CaseAction(
            name="record_outcome",
            label=_("Record interview outcome"),
            question=_("How did the interview go? The case returns to review."),
            done=_("The interview's outcome is recorded; the case is back in review."),
            form_class=forms.InterviewOutcomeForm,
            perform=services.interview_outcome_record,
            is_offered=lambda application, user: application.status == S.INTERVIEW_SCHEDULED,
        ),
        CaseAction(
            name="approve",
            label=_("Approve"),
            question=_(
                "Approve this case? The request for impatriate status goes to the Interior "
                "Ministry."
            ),
            done=_("The case is approved; the request to the Interior Ministry is on its way."),
            form_class=forms.ApproveForm,
            perform=services.application_approve,
            is_offered=_may_move_to(S.APPROVED),
        ),
        CaseAction(
            name="reject",
            label=_("Reject"),
            question=_("Reject this case? The candidate is told by email."),
            done=_("The case is rejected."),
            form_class=forms.RejectForm,
            perform=services.application_reject,
            is_offered=_may_move_to(S.REJECTED),
            danger=True,
        ),
    ]
}


def offered_actions(application: Application, user) -> list[CaseAction]:
    return [action for action in ACTIONS.values() if action.is_offered(application, user)]
