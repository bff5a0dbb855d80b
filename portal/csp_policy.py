"""django-csp's middleware, with the settings' policy built once instead of per response.

django-csp builds the header string from the settings on every response (twice: enforced and
report-only), which is a tenth of the time of a page-cache hit. The portal uses no nonce and no
per-view decorator (@csp_update, @csp_replace, @csp), so the string only changes with the
settings: it is kept until a setting changes. A response that does carry a nonce or a view's
own policy goes through django-csp's own code.
"""

from functools import lru_cache

import csp.middleware
from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.utils import build_policy
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver

# The attributes django-csp's decorators set on a response.
VIEW_POLICIES = (
    "_csp_config",
    "_csp_update",
    "_csp_replace",
    "_csp_config_ro",
    "_csp_update_ro",
    "_csp_replace_ro",
)
# (header, its exemption attribute, the setting, report only)
HEADERS = (
    (HEADER, "_csp_exempt", "CONTENT_SECURITY_POLICY", False),
    (HEADER_REPORT_ONLY, "_csp_exempt_ro", "CONTENT_SECURITY_POLICY_REPORT_ONLY", True),
)
DEBUG_PAGES = (404, 500)


class CSPMiddleware(csp.middleware.CSPMiddleware):
    def process_response(self, request, response):
        if getattr(request, "_csp_nonce", None) is not None or any(
            getattr(response, name, None) is not None for name in VIEW_POLICIES
        ):
            return super().process_response(request, response)
        if response.status_code in DEBUG_PAGES and settings.DEBUG:
            return response
        for header, exempt, setting, report_only in HEADERS:
            policy = settings_policy(report_only)
            excluded = (getattr(settings, setting, None) or {}).get("EXCLUDE_URL_PREFIXES") or ()
            if (
                policy
                and header not in response
                and not getattr(response, exempt, False)
                and not request.path_info.startswith(tuple(excluded))
            ):
                response[header] = policy
        # As django-csp does: a nonce asked for after the header is written is an error.
        request.csp_nonce = csp.middleware.CheckableLazyObject(self._csp_nonce_post_response)
        return response


@lru_cache(maxsize=2)
def settings_policy(report_only: bool) -> str:
    return build_policy(report_only=report_only)


@receiver(setting_changed)
def _forget_policies(**kwargs) -> None:
    settings_policy.cache_clear()
