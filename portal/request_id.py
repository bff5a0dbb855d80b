"""A request id for every request: taken from X-Request-ID when well formed, else generated,
echoed in the response, written on every log line, and carried into the Celery tasks the
request enqueues (a message header read back by the worker)."""

import contextvars
import random
import re
from contextlib import contextmanager

from celery import signals
from django.core.signals import request_finished

HEADER = "X-Request-ID"
TASK_HEADER = "request_id"
# Letters, digits, dot, underscore and hyphen, 8 to 128 of them: UUIDs, proxies' hex ids.
WELL_FORMED = re.compile(r"[A-Za-z0-9._-]{8,128}")

_current = contextvars.ContextVar("request_id", default="")


def current() -> str:
    """The id of the request or task this code runs for, or ""."""
    return _current.get()


@contextmanager
def bound(request_id: str):
    token = _current.set(request_id)
    try:
        yield request_id
    finally:
        _current.reset(token)


def from_header(value: str) -> str:
    return value if WELL_FORMED.fullmatch(value or "") else generate()


def generate() -> str:
    """32 hex digits. An id need not be secret: random's generator (reseeded in every forked
    worker) costs 0.5 µs where uuid4's system call costs 9, on every request."""
    return f"{random.getrandbits(128):032x}"


class RequestIdMiddleware:
    """Outermost: even a page-cache hit or an error page carries the id."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request_id = from_header(request.META.get("HTTP_X_REQUEST_ID", ""))
        request.request_id = request_id
        # Left bound until request_finished, so Django's own log line about the response
        # ("Not Found: ...", written after the middleware returns) carries it too.
        _current.set(request_id)
        response = self.get_response(request)
        response[HEADER] = request_id
        return response


def _unbind_after_response(**kwargs) -> None:
    _current.set("")


# ---- Celery: the id travels in the task message's headers


def connect() -> None:
    """Wire the id into Celery: added to each message published, bound while a task runs."""
    signals.before_task_publish.connect(_add_to_message, dispatch_uid="request_id.publish")
    signals.task_prerun.connect(_bind_in_worker, dispatch_uid="request_id.prerun")
    signals.task_postrun.connect(_unbind_in_worker, dispatch_uid="request_id.postrun")
    request_finished.connect(_unbind_after_response, dispatch_uid="request_id.finished")


def _add_to_message(headers=None, **kwargs):
    request_id = current()
    if request_id and headers is not None:
        headers.setdefault(TASK_HEADER, request_id)


_task_tokens: dict[str, contextvars.Token] = {}


def _bind_in_worker(task_id=None, task=None, **kwargs):
    request_id = getattr(task.request, TASK_HEADER, None) or (
        getattr(task.request, "headers", None) or {}
    ).get(TASK_HEADER)
    # An eager task runs inside its caller and already sees the caller's id.
    if request_id and WELL_FORMED.fullmatch(request_id) and task_id:
        _task_tokens[task_id] = _current.set(request_id)


def _unbind_in_worker(task_id=None, **kwargs):
    token = _task_tokens.pop(task_id, None)
    if token is not None:
        _current.reset(token)
