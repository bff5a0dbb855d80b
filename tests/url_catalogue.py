"""Every URL of the URL conf as a concrete path, so tests over "every endpoint" cover new ones."""

import re
from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver

# A converter's or group's sample value when a test gives none for the route.
DEFAULT_SAMPLES = {"int": "1", "ministry": "mvd"}
PLACEHOLDER = re.compile(r"<(?:(?P<converter>\w+):)?(?P<name>\w+)>|\(\?P<(?P<group>\w+)>[^)]*\)")


@dataclass(frozen=True)
class Route:
    template: str  # e.g. "en/legal/<slug:slug>/"
    name: str  # namespaced, e.g. "content:legal_detail"
    callback: object

    @property
    def view(self):
        return getattr(self.callback, "view_class", None) or self.callback

    def path(self, samples: dict | None = None) -> str:
        """The route with each placeholder filled from `samples` (by parameter name), else "x"."""
        samples = samples or {}

        def fill(match):
            name = match["name"] or match["group"]
            if name in samples:
                return str(samples[name])
            return DEFAULT_SAMPLES.get(match["converter"] or name, "x")

        path = PLACEHOLDER.sub(fill, self.template).replace("^", "").replace("$", "")
        return "/" + path.replace("\\.", ".")


def routes() -> list[Route]:
    """Every route but the admin's (Django's own, tested by Django)."""
    found = []

    def walk(patterns, prefix: str, namespace: str | None):
        for pattern in patterns:
            text = str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                if prefix == "" and text == "admin/":
                    continue
                walk(pattern.url_patterns, prefix + text, pattern.namespace or namespace)
            elif isinstance(pattern, URLPattern):
                name = f"{namespace}:{pattern.name}" if namespace else str(pattern.name)
                found.append(Route(prefix + text, name, pattern.callback))

    walk(get_resolver().url_patterns, "", None)
    return found


# The mock ESIA is an OpenID Connect provider: HTML sign-in pages and form-encoded token
# requests, not a JSON-body API (its fault-injection control reads portal.json_body too).
NOT_JSON = ("mock/esia/",)


def json_routes() -> list[Route]:
    return [
        route
        for route in routes()
        if route.template.startswith(("api/", "mock/")) and not route.template.startswith(NOT_JSON)
    ]
