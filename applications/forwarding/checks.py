"""`manage.py check` (and every start-up) runs each forwarder plugin's check_config."""

from django.core.checks import Error, register

from applications.forwarding.base import registry


@register("forwarding")
def forwarders_configured(app_configs=None, forwarders=registry, **kwargs) -> list[Error]:
    """A forwarder with a missing token or a mock URL in production must stop the start."""
    return [
        Error(problem, hint="See the Ministries section of .env.example.", id="forwarding.E001")
        for forwarder in forwarders
        for problem in forwarder.check_config()
    ]
