"""POST /csp-report/: browsers report Content-Security-Policy violations here to be logged.

Anyone can post here, so the view is throttled per address, reads at most
CSP_REPORT_MAX_BYTES and logs only a few truncated fields of what parses as a report.
"""

import logging

from django.conf import settings
from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from portal.json_body import JsonBodyError, json_body_parse, json_error
from portal.request_guard import content_length
from portal.throttling import request_allowed

logger = logging.getLogger("portal.csp")
MAX_FIELD = 300
# The report-uri format ({"csp-report": {...}}) and the Reporting API's ([{"body": {...}}]).
FIELDS = {
    "document": ("document-uri", "documentURL"),
    "directive": ("effective-directive", "violated-directive", "effectiveDirective"),
    "blocked": ("blocked-uri", "blockedURL"),
    "source": ("source-file", "sourceFile"),
    "line": ("line-number", "lineNumber"),
}


@csrf_exempt
@require_POST
def csp_report(request):
    if not request_allowed(request, "csp_report"):
        return json_error("throttled", _("Too many reports."), 429)
    if content_length(request) > settings.CSP_REPORT_MAX_BYTES:
        return json_error("too_large", _("The report is too large."), 413)
    try:
        data = json_body_parse(request.body)
    except JsonBodyError as error:
        return json_error(error.code, error.message, error.status)
    reports = _reports(data)
    if not reports:
        return json_error("not_a_report", _("The body is not a CSP violation report."))
    for report in reports:
        fields = {name: _field(report, keys) for name, keys in FIELDS.items()}
        logger.warning(
            "CSP violation: %(directive)s blocked %(blocked)s on %(document)s "
            "(%(source)s:%(line)s)",
            fields,
        )
    return HttpResponse(status=204)


def _reports(data) -> list[dict]:
    if isinstance(data, dict) and isinstance(data.get("csp-report"), dict):
        return [data["csp-report"]]
    if isinstance(data, list):
        bodies = [item.get("body") for item in data[:20] if isinstance(item, dict)]
        return [body for body in bodies if isinstance(body, dict)]
    return []


def _field(report: dict, keys: tuple) -> str:
    for key in keys:
        value = report.get(key)
        if isinstance(value, str | int) and not isinstance(value, bool):
            return str(value)[:MAX_FIELD]
    return "-"
