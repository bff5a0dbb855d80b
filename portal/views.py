"""Site-wide views: the language redirect, the home page, health and robots."""

from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_safe

from portal.categories import CATEGORY_SUMMARIES, Category
from portal.health import run_checks
from portal.search import normalise_query, site_search
from regions.selectors import pilot_regions


@require_GET
def language_redirect(request):
    """Send `/` to the best language of the browser, else English."""
    language = translation.get_language_from_request(request, check_path=False)
    with translation.override(language):
        return HttpResponseRedirect(reverse("home"))


@require_GET
def home(request):
    categories = [
        {"value": value, "label": label, "summary": CATEGORY_SUMMARIES[value]}
        for value, label in Category.choices
    ]
    context = {"categories": categories, "pilot_regions": pilot_regions()}
    return render(request, "portal/home.html", context)


@require_GET
def search(request):
    query = normalise_query(request.GET.get("q", ""))
    groups = site_search(query=query, language=translation.get_language())
    total = sum(len(group.hits) for group in groups)
    shown_in = next(
        (
            hit.title_language or hit.snippet_language
            for group in groups
            for hit in group.hits
            if hit.title_language or hit.snippet_language
        ),
        None,
    )
    context = {"query": query, "groups": groups, "total": total, "fallback": shown_in}
    if shown_in:
        context["fallback_name"] = translation.get_language_info(shown_in)["name_translated"]
    return render(request, "portal/search.html", context)


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


@require_safe
def accessibility(request):
    """The accessibility statement: standard, known gaps, how to report, dates of the checks."""
    context = {
        "contact_email": settings.CONTACT_EMAIL,
        "automated_check": settings.ACCESSIBILITY_AUTOMATED_CHECK_DATE,
        "manual_check": settings.ACCESSIBILITY_MANUAL_CHECK_DATE,
    }
    return render(request, "portal/accessibility.html", context)


FAVICON = settings.BASE_DIR / "static" / "favicon.ico"


@require_safe
def favicon(request):
    """Browsers ask for /favicon.ico whatever the page says."""
    response = HttpResponse(FAVICON.read_bytes(), content_type="image/x-icon")
    response["Cache-Control"] = "public, max-age=86400"
    return response


def bad_request(request, exception=None):
    """The 400 page, rendered without the request: a bad Host header must not fail it again."""
    return HttpResponseBadRequest(render_to_string("400.html"))
