"""Whole-page cache for anonymous readers of the public pages and the public read API.

One place decides what is cached: CACHEABLE_VIEWS (URL names) and CACHED_MODELS (what those
pages show). A page is stored under the release, its language and full absolute URL, with
the cache *generation* current when it was rendered; saving or deleting any cached model bumps the
generation, so every page rendered before the change stops matching at once. The generation
and the page come back in one cache round trip. The generation lives in Redis and survives
restarts: a new web process or replica of the same release finds the cache warm, and a new
release (other templates, code or translations) keys its pages apart instead of emptying it.

Never cached: views not listed (the candidate form, the eligibility self-check, the status
page, the admin, the mock ministries, every API write); requests with credentials or a session
cookie (every logged-in user has one); non-GET requests; responses other than a plain 200,
that set a cookie, touched the CSRF token or changed the session, or are marked private.
"""

import functools
import hashlib
import time
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language_from_request

CACHEABLE_VIEWS = frozenset(
    {
        "home",
        "search",
        "sitemap",
        "content:faq",
        "content:legal_list",
        "content:legal_detail",
        "content:story_list",
        "content:story_detail",
        "content:page_list",
        "content:page_detail",
        "content:journey",
        "regions:region_list",
        "regions:region_detail",
        "regions:measure_detail",
        "api-faq-list",
        "api-document-list",
        "api-document-detail",
        "api-story-list",
        "api-story-detail",
        "api-region-list",
        "api-region-detail",
        "api-region-measures",
        "api-measure-list",
    }
)
# Everything the views above show; a save or delete of any of them invalidates every page.
CACHED_MODELS = (
    "content.FaqTopic",
    "content.Faq",
    "content.LegalDocument",
    "content.SuccessStory",
    "content.InfoPage",
    "content.JourneyStep",
    "regions.Region",
    "regions.SupportMeasure",
)

GENERATION_KEY = "page-cache:generation"
HEADER = "X-Page-Cache"
# Headers of the view's response worth replaying; outer middleware adds the rest again.
_SKIPPED_HEADERS = {"set-cookie", "content-length", HEADER.lower()}


def enabled() -> bool:
    return settings.PAGE_CACHE_SECONDS > 0


# ---- The generation


def current_generation() -> int:
    generation = cache.get(GENERATION_KEY)
    return generation if generation is not None else _start_generation()


def _start_generation() -> int:
    # A clock value, so a generation lost from the cache never repeats an older one.
    cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
    return cache.get(GENERATION_KEY)


def invalidate() -> None:
    """Make every cached page stale (they expire from the cache on their own)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        _start_generation()


def _on_content_change(sender, **kwargs) -> None:
    if not enabled():
        return
    invalidate()
    # A page rendered inside the saving transaction, or before it commits, may have stored the
    # old content under the new generation: bump once more when the change becomes visible.
    if transaction.get_connection(kwargs.get("using") or "default").in_atomic_block:
        transaction.on_commit(invalidate, using=kwargs.get("using"))


def connect_invalidation() -> None:
    """Bump the generation on save, delete and many-to-many change of every cached model."""
    for label in CACHED_MODELS:
        model = apps.get_model(label)
        uid = f"page_cache:{label}"
        post_save.connect(_on_content_change, sender=model, dispatch_uid=f"{uid}:save")
        post_delete.connect(_on_content_change, sender=model, dispatch_uid=f"{uid}:delete")
        for field in model._meta.many_to_many:
            m2m_changed.connect(
                _on_content_change,
                sender=field.remote_field.through,
                dispatch_uid=f"{uid}:{field.name}",
            )


# ---- The release

# What renders the pages; any change to these files is a new release with pages of its own.
_RELEASE_FOLDERS = (
    "portal",
    "content",
    "regions",
    "applications",
    "ministries",
    "templates",
    "static",
    "locale",
)
_RELEASE_SUFFIXES = {".py", ".html", ".txt", ".xml", ".po", ".css", ".js", ".svg", ".json"}


@functools.cache
def release() -> str:
    """PAGE_CACHE_RELEASE, else a fingerprint of the source tree (computed once, ~30 ms)."""
    if settings.PAGE_CACHE_RELEASE:
        return settings.PAGE_CACHE_RELEASE
    root = Path(settings.BASE_DIR)
    digest = hashlib.sha256()
    for folder in _RELEASE_FOLDERS:
        for path in sorted((root / folder).rglob("*")):
            if path.suffix in _RELEASE_SUFFIXES and path.is_file():
                digest.update(str(path.relative_to(root)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


# ---- Requests and responses


def page_key(request) -> str:
    """The release, the language LocaleMiddleware will choose, and the absolute URL."""
    language = get_language_from_request(request, check_path=True)
    identity = f"{release()}|{language}|{request.build_absolute_uri()}"
    return "page-cache:page:" + hashlib.sha256(identity.encode()).hexdigest()


def anonymous_read(request) -> bool:
    """A GET or HEAD without credentials: no Authorization header, no session cookie."""
    return (
        request.method in ("GET", "HEAD")
        and "HTTP_AUTHORIZATION" not in request.META
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
    )


def storable(request, response) -> bool:
    cache_control = response.get("Cache-Control", "")
    return (
        request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not getattr(getattr(request, "session", None), "modified", False)
        and not any(word in cache_control for word in ("private", "no-cache", "no-store"))
    )


class PageCacheMiddleware:
    """Answers before the session, language and CSRF middleware run; stores what they made.

    Placed right after the security and static-file middleware: a hit skips the rest of the
    stack and URL resolution. Only requests without a session cookie are looked up (every
    logged-in user has one); a response is stored only if its view is in CACHEABLE_VIEWS and
    the user turned out anonymous (process_view), with the headers the inner middleware set.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        if enabled():
            # Fingerprint the release now rather than on the first request.
            release()

    def __call__(self, request):
        if not enabled() or not anonymous_read(request):
            return self.get_response(request)
        key = page_key(request)
        found = cache.get_many([GENERATION_KEY, key])
        generation = found.get(GENERATION_KEY)
        if generation is None:
            generation = _start_generation()
        entry = found.get(key)
        if entry is not None and entry[0] == generation:
            # For the request metrics: the view that rendered the page (no URL resolution).
            request.page_cache_view = entry[3]
            return _replay(entry)
        request._page_cache_candidate = True
        response = self.get_response(request)
        if getattr(request, "_page_cacheable", False):
            # The same URL differs for a logged-in editor (drafts): shared caches key on it.
            patch_vary_headers(response, ["Cookie"])
            response[HEADER] = "miss"
            if storable(request, response):
                _store(key, generation, response, request.resolver_match.view_name)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not getattr(request, "_page_cache_candidate", False):
            return
        match = request.resolver_match
        request._page_cacheable = (
            match is not None
            and match.view_name in CACHEABLE_VIEWS
            and not request.user.is_authenticated
        )


def _replay(entry) -> HttpResponse:
    _generation, content, headers, _view = entry
    response = HttpResponse(content)
    for name, value in headers:
        response[name] = value
    response[HEADER] = "hit"
    return response


def _store(key: str, generation: int, response, view_name: str) -> None:
    headers = [
        (name, value) for name, value in response.items() if name.lower() not in _SKIPPED_HEADERS
    ]
    entry = (generation, response.content, headers, view_name)
    cache.set(key, entry, settings.PAGE_CACHE_SECONDS)
