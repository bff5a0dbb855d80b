"""Read queries of the candidate's case, shaped for the pages and the API."""

import re
from dataclasses import dataclass, field

from django.db.models import Prefetch

from applications import workflow
from applications.access_codes import access_code_matches
from applications.forwarding.models import DeliveryTarget
from applications.models import (
    Actor,
    Application,
    ApplicationRegion,
    ApplicationStatus,
    DeclarationVersion,
    InformationRequest,
    StatusChange,
)
from applications.timeline import CaseTimeline, case_timeline
from regions.models import Region

REFERENCE = re.compile(r"TLR-\d{4}-\d{6}")


def application_for_candidate(*, reference: str, access_code: str) -> Application | None:
    """The case if reference and code match; None alike for an unknown reference or wrong code."""
    application = None
    if REFERENCE.fullmatch(reference or ""):
        application = Application.objects.submitted().filter(reference=reference).first()
    encoded = application.access_code_hash if application else None
    # One hash check either way, so the answer takes as long for a reference that does not exist.
    if not access_code_matches(access_code, encoded):
        return None
    return application


def candidate_history(application: Application) -> list[StatusChange]:
    return list(application.history.order_by("at", "pk"))


@dataclass(frozen=True)
class StatusPage:
    application: Application
    history: list
    open_request: InformationRequest | None
    can_withdraw: bool
    can_upload: bool
    timeline: CaseTimeline | None = None
    interview: object = None
    documents: list = field(default_factory=list)
    visa_request: object = None


def status_page(*, application: Application) -> StatusPage:
    """What the candidate sees about their case: history, open request, possible actions."""
    history = candidate_history(application)
    open_request = None
    if application.status == ApplicationStatus.INFO_REQUESTED:
        open_request = application.information_requests.open().order_by("-requested_at").first()
    interview = None
    if application.status == ApplicationStatus.INTERVIEW_SCHEDULED:
        interview = application.interviews.filter(outcome="").order_by("-scheduled_at").first()
    visa_request = None
    if application.status == ApplicationStatus.STATUS_GRANTED:
        visa_request = application.deliveries.filter(target=DeliveryTarget.MID_VISA).first()
    return StatusPage(
        application=application,
        history=history,
        open_request=open_request,
        can_withdraw=workflow.is_allowed(
            application.status, ApplicationStatus.WITHDRAWN, Actor.CANDIDATE
        ),
        can_upload=workflow.candidate_may_upload(application.status),
        timeline=case_timeline(history),
        interview=interview,
        documents=list(application.documents.order_by("uploaded_at", "pk")),
        visa_request=visa_request,
    )


def published_regions_by_code(codes) -> dict[str, Region]:
    return {region.code: region for region in Region.objects.published().filter(code__in=codes)}


def regions_for_choice():
    """Published regions, pilot regions first, for the preferred-region fields: only what an
    option shows (the code and the name in each language, for the fallback)."""
    return Region.objects.published().order_by("-is_pilot", "code").only("code", "name")


def current_declaration() -> DeclarationVersion | None:
    return DeclarationVersion.objects.current()


def draft_get(*, uuid) -> Application | None:
    """A draft by its uuid (from the session or a resume link), with its steps' related rows."""
    if not uuid:
        return None
    return (
        Application.objects.drafts()
        .filter(uuid=uuid)
        .prefetch_related(
            Prefetch(
                "region_choices",
                queryset=ApplicationRegion.objects.select_related("region").order_by("position"),
            ),
            "family_members",
            "documents",
        )
        .select_related("declaration_version")
        .first()
    )
