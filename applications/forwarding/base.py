"""Forwarder plugins: one per request to an external system, and the registry they join.

A plugin declares everything forwarding needs to know about its system: the case status that
triggers it, how its payload is built, where it is sent with which token, the status a
delivery moves the case to, and (for a system that decides, like the MVD) how its decision is
read and applied. The generic service in forwarding.service never names a ministry. A new
external system is one module that registers one plugin (see forwarding.ministries).
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.conf import settings

from applications.models import Application

# Paths the mock ministries are served under (ministries/urls.py, mounted at /mock/).
MOCK_PATH_MARK = "/mock/"


@dataclass(frozen=True)
class Forwarder:
    """Where and how one kind of delivery is sent, and what it means for the case."""

    target: str
    label: str
    trigger_status: str
    url_setting: str
    path: str
    token_setting: str
    # The status a delivery moves the case to (None: the case stays where it is).
    delivered_status: str | None = None

    def base_url(self) -> str:
        return getattr(settings, self.url_setting, "").rstrip("/")

    def url(self) -> str:
        return self.base_url() + self.path

    def token(self) -> str:
        return getattr(settings, self.token_setting, "")

    def build_payload(self, application: Application) -> dict:
        raise NotImplementedError

    def build_payloads(self, applications: Sequence[Application]) -> dict[int, dict]:
        """The payloads of a batch, by case id; a plugin reads the batch's rows at once here."""
        return {application.pk: self.build_payload(application) for application in applications}

    def check_config(self) -> list[str]:
        """What is wrong with this forwarder's settings; empty when it may start."""
        problems = []
        base_url = getattr(settings, self.url_setting, "")
        if urlsplit(base_url).scheme not in ("http", "https"):
            problems.append(f"{self.url_setting} must be an http(s) URL to forward {self.target}.")
        elif MOCK_PATH_MARK in urlsplit(base_url).path and not settings.FORWARDING_ALLOW_MOCKS:
            problems.append(
                f"{self.url_setting} points at a mock ministry ({base_url}); set the real "
                "service's URL, or FORWARDING_ALLOW_MOCKS=true for a test installation."
            )
        if not self.token():
            problems.append(f"{self.token_setting} must be set to forward {self.target}.")
        return problems


@dataclass(frozen=True)
class DecidingForwarder(Forwarder):
    """A system that later decides on what it received (the MVD): it calls back with the
    decision, and can be asked for it (reconciliation) when no callback came."""

    # The system's decision → the status it moves the case to.
    decision_statuses: dict[str, str] = field(default_factory=dict)
    # Where a received case is asked about, after the base URL; "{external_id}" is filled in.
    case_path: str = ""

    def decision_status(self, decision: str) -> str:
        return self.decision_statuses[decision]

    def case_url(self, external_id: str) -> str:
        return self.base_url() + self.case_path.format(external_id=external_id)

    def read_decision(self, body: dict) -> dict | None:
        """The decision in the system's answer about one case, or None while it has none."""
        raise NotImplementedError


class ForwarderRegistry:
    """The forwarders by target. Tests build a fresh one instead of patching this module."""

    def __init__(self):
        self._forwarders: dict[str, Forwarder] = {}

    def register(self, forwarder: Forwarder) -> Forwarder:
        self._forwarders[forwarder.target] = forwarder
        return forwarder

    def get(self, target: str) -> Forwarder:
        return self._forwarders[target]

    def triggered_by(self, status: str) -> list[Forwarder]:
        return [f for f in self._forwarders.values() if f.trigger_status == status]

    def deciding(self) -> list[DecidingForwarder]:
        return [f for f in self._forwarders.values() if isinstance(f, DecidingForwarder)]

    def __iter__(self):
        return iter(self._forwarders.values())

    def __contains__(self, target: str) -> bool:
        return target in self._forwarders


registry = ForwarderRegistry()
