"""The two forwarders: the MVD status request and the MID visa request register themselves."""

from dataclasses import dataclass

from applications.forwarding import payload
from applications.forwarding.base import Forwarder, registry
from applications.forwarding.models import DeliveryTarget


@dataclass(frozen=True)
class MvdCaseForwarder(Forwarder):
    def build_payload(self, delivery) -> dict:
        return payload.mvd_case(delivery.application)


@dataclass(frozen=True)
class MidVisaForwarder(Forwarder):
    def build_payload(self, delivery) -> dict:
        mvd_delivery = delivery.application.deliveries.get(target=DeliveryTarget.MVD_CASE)
        return payload.mid_visa_request(
            delivery.application, mvd_external_id=mvd_delivery.external_id
        )


registry.register(
    MvdCaseForwarder(
        target=DeliveryTarget.MVD_CASE,
        url_setting="MVD_API_URL",
        path="/cases/",
        token_setting="MVD_API_TOKEN",
    )
)
registry.register(
    MidVisaForwarder(
        target=DeliveryTarget.MID_VISA,
        url_setting="MID_API_URL",
        path="/visa-requests/",
        token_setting="MID_API_TOKEN",
    )
)
