"""Site search across FAQs, documents, stories, information pages and support measures.

PostgreSQL: full-text search with the text search configuration of the page's language (so
inflected forms match), plus English where the page's language falls back to it. Elsewhere
(SQLite in development) a plain case-insensitive substring match.
"""

import re
from dataclasses import dataclass

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import Q
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from portal.fallback import shown_language

MAX_QUERY_LENGTH = 200
RESULTS_PER_KIND = 20
SNIPPET_LENGTH = 220

# PostgreSQL's built-in text search configurations, by site language.
TEXT_SEARCH_CONFIG = {
    "en": "english",
    "ru": "russian",
    "de": "german",
    "fr": "french",
    "es": "spanish",
    "it": "italian",
}


@dataclass(frozen=True)
class SearchableKind:
    label: Promise
    model_path: str  # "app_label.ModelName"
    title_field: str
    text_fields: tuple[str, ...]
    # What get_absolute_url() reads, fetched with the hits.
    related: tuple[str, ...] = ()

    @property
    def model(self):
        from django.apps import apps

        return apps.get_model(self.model_path)


KINDS = (
    SearchableKind(
        _("Questions and answers"), "content.Faq", "question", ("answer",), related=("topic",)
    ),
    SearchableKind(
        _("Regulatory documents"), "content.LegalDocument", "title", ("summary", "body")
    ),
    SearchableKind(_("Information pages"), "content.InfoPage", "title", ("body",)),
    SearchableKind(_("Support measures"), "regions.SupportMeasure", "title", ("summary", "body")),
    SearchableKind(_("Success stories"), "content.SuccessStory", "display_name", ("quote", "body")),
)


@dataclass(frozen=True)
class SearchHit:
    title: str
    url: str
    snippet: str
    # The language the title and snippet are shown in when it is not the page's (a fallback).
    title_language: str | None = None
    snippet_language: str | None = None


@dataclass(frozen=True)
class SearchGroup:
    label: Promise
    hits: list[SearchHit]


def normalise_query(raw: str) -> str:
    return " ".join((raw or "").split())[:MAX_QUERY_LENGTH]


def _searched_languages(language: str) -> list[str]:
    return [language] if language == "en" else [language, "en"]


def _postgres_matches(kind: SearchableKind, query: str, language: str):
    vector = None
    search_query = None
    for lang in _searched_languages(language):
        config = TEXT_SEARCH_CONFIG[lang]
        lang_vector = SearchVector(f"{kind.title_field}_{lang}", weight="A", config=config)
        for field in kind.text_fields:
            lang_vector += SearchVector(f"{field}_{lang}", weight="B", config=config)
        lang_query = SearchQuery(query, config=config, search_type="websearch")
        vector = lang_vector if vector is None else vector + lang_vector
        search_query = lang_query if search_query is None else search_query | lang_query
    return (
        kind.model.objects.published()
        .select_related(*kind.related)
        .annotate(rank=SearchRank(vector, search_query))
        .filter(rank__gt=0)
        .order_by("-rank")
    )


def _substring_matches(kind: SearchableKind, query: str, language: str):
    condition = Q()
    for lang in _searched_languages(language):
        for field in (kind.title_field, *kind.text_fields):
            condition |= Q(**{f"{field}_{lang}__icontains": query})
    return kind.model.objects.published().select_related(*kind.related).filter(condition)


def _snippet(markdown_text: str) -> str:
    plain = re.sub(r"[#*_`>\[\]()|-]+", " ", markdown_text or "")
    plain = " ".join(plain.split())
    if len(plain) <= SNIPPET_LENGTH:
        return plain
    return plain[:SNIPPET_LENGTH].rsplit(" ", 1)[0] + " …"


def _other_language(obj, field: str, language: str) -> str | None:
    shown = shown_language(obj, field, language)
    return shown if shown and shown != language else None


def site_search(*, query: str, language: str) -> list[SearchGroup]:
    """The published objects matching `query`, grouped by kind, best first; no empty groups."""
    query = normalise_query(query)
    if not query:
        return []
    find = _postgres_matches if connection.vendor == "postgresql" else _substring_matches
    groups = []
    for kind in KINDS:
        objects = find(kind, query, language)[:RESULTS_PER_KIND]
        hits = [
            SearchHit(
                title=getattr(obj, kind.title_field),
                url=obj.get_absolute_url(),
                snippet=_snippet(getattr(obj, kind.text_fields[0])),
                title_language=_other_language(obj, kind.title_field, language),
                snippet_language=_other_language(obj, kind.text_fields[0], language),
            )
            for obj in objects
        ]
        if hits:
            groups.append(SearchGroup(label=kind.label, hits=hits))
    return groups
