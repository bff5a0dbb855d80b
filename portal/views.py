"""Site-wide views: the language redirect, the home page, health and robots."""

from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from portal.health import run_checks


@require_GET
def language_redirect(request):
    """Send `/` to the best language of the browser, else English."""
    language = translation.get_language_from_request(request, check_path=False)
    with translation.override(language):
        return HttpResponseRedirect(reverse("home"))


@require_GET
def home(request):
    return render(request, "portal/home.html")


@never_cache
@require_GET
def healthz(request):
    checks = run_checks()
    healthy = all(result == "ok" for result in checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "degraded", "checks": checks},
        status=200 if healthy else 503,
    )


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /api/",
        "Disallow: /mock/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")
