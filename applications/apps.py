from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApplicationsConfig(AppConfig):
    name = "applications"
    verbose_name = _("Applications")

    def ready(self):
        # Forwarding subscribes to the status machine; its tasks register with Celery by name.
        from applications import workflow
        from applications.forwarding import checks, service, tasks  # noqa: F401

        workflow.transition_hooks.subscribe(service.on_transition)
