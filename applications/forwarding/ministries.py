"""The two ministry plugins: the MVD status request and the MID visa request.

Approval sends the case to the MVD, whose acknowledgement moves it to `sent_to_mvd`; the MVD
decides (callback or, failing that, our polling), and a granted status sends the visa request
to the MID.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from applications.forwarding import payload
from applications.forwarding.base import DecidingForwarder, Forwarder, registry
from applications.forwarding.models import Delivery, DeliveryTarget
from applications.models import Application, ApplicationStatus

S = ApplicationStatus


@dataclass(frozen=True)
class MvdCaseForwarder(DecidingForwarder):
    def build_payload(self, application: Application) -> dict:
        return payload.mvd_case(application)

    def build_payloads(self, applications: Sequence[Application]) -> dict[int, dict]:
        return payload.mvd_cases(applications)

    def read_decision(self, body: dict) -> dict | None:
        if body.get("status") not in self.decision_statuses:
            return None
        return {
            "decision": body["status"],
            "decided_at": body.get("decided_at"),
            "note": body.get("note") or "",
        }


@dataclass(frozen=True)
class MidVisaForwarder(Forwarder):
    def build_payload(self, application: Application) -> dict:
        return self.build_payloads([application])[application.pk]

    def build_payloads(self, applications: Sequence[Application]) -> dict[int, dict]:
        external_ids = dict(
            Delivery.objects.filter(
                application__in=applications, target=DeliveryTarget.MVD_CASE
            ).values_list("application_id", "external_id")
        )
        return payload.mid_visa_requests(applications, mvd_external_ids=external_ids)


registry.register(
    MvdCaseForwarder(
        target=DeliveryTarget.MVD_CASE,
        label=_("Interior Ministry: impatriate status request"),
        trigger_status=S.APPROVED,
        delivered_status=S.SENT_TO_MVD,
        url_setting="MVD_API_URL",
        path="/cases/",
        token_setting="MVD_API_TOKEN",
        decision_statuses={"granted": S.STATUS_GRANTED, "refused": S.STATUS_REFUSED},
        case_path="/cases/{external_id}/",
    )
)
registry.register(
    MidVisaForwarder(
        target=DeliveryTarget.MID_VISA,
        label=_("Foreign Ministry: visa request"),
        trigger_status=S.STATUS_GRANTED,
        url_setting="MID_API_URL",
        path="/visa-requests/",
        token_setting="MID_API_TOKEN",
    )
)
