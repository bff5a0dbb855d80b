"""A forwarder plugin per ministry request, and the registry the worker looks them up in."""

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


@dataclass(frozen=True)
class Forwarder:
    """Where and how one kind of delivery is sent; payloads come from forwarding.payload."""

    target: str
    url_setting: str
    path: str
    token_setting: str

    def url(self) -> str:
        return getattr(settings, self.url_setting).rstrip("/") + self.path

    def token(self) -> str:
        return getattr(settings, self.token_setting)

    def build_payload(self, delivery) -> dict:
        raise NotImplementedError

    def check_config(self) -> None:
        """Refuse to start with a URL or token missing: a silent misdelivery is worse."""
        for name in (self.url_setting, self.token_setting):
            if not getattr(settings, name, ""):
                raise ImproperlyConfigured(f"{name} must be set to forward {self.target}.")


class ForwarderRegistry:
    def __init__(self):
        self._forwarders: dict[str, Forwarder] = {}

    def register(self, forwarder: Forwarder) -> Forwarder:
        self._forwarders[forwarder.target] = forwarder
        return forwarder

    def get(self, target: str) -> Forwarder:
        return self._forwarders[target]

    def __iter__(self):
        return iter(self._forwarders.values())


registry = ForwarderRegistry()
