"""The Celery application: configured from Django settings (CELERY_*), tasks autodiscovered."""

import os
from fnmatch import fnmatch

from celery import Celery, signals
from django.conf import settings
from django.db import close_old_connections

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

app = Celery("portal")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
app.autodiscover_tasks(["applications.forwarding"])

NOTIFICATION_TASKS = "applications.*_notify"


def route_task(name, args, kwargs, options, task=None, **kw):
    """E-mails to candidates go to the notifications queue; the rest to the default queue."""
    if fnmatch(name, NOTIFICATION_TASKS):
        return {"queue": settings.CELERY_NOTIFICATIONS_QUEUE}
    return None


@signals.task_prerun.connect
@signals.task_postrun.connect
def connections_expire(sender=None, **kwargs):
    """A task is to the worker what a request is to the web: connections live CONN_MAX_AGE."""
    # An eager task runs inside its caller's transaction, which must keep its connection.
    if not getattr(sender.request, "is_eager", False):
        close_old_connections()
