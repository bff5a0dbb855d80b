"""Read queries of the content app, shaped for the pages and the API."""

import re
from dataclasses import dataclass

from django.core.paginator import Page, Paginator
from django.db.models import Exists, OuterRef
from django.http import Http404
from django.utils.translation import get_language
from django_countries import countries

from content.filters import SuccessStoryFilter
from content.models import (
    Faq,
    FaqTopic,
    InfoPage,
    InfoSection,
    JourneyStep,
    LegalDocument,
    LegalDocumentKind,
    SuccessStory,
)

STORIES_PER_PAGE = 12
# One page of answers, not all of them: 500 answers made a 450 KB page. A topic (what topic
# links and search results point to) fits on one page unless it grows unreasonably long.
FAQS_PER_PAGE = 40
FAQS_PER_TOPIC_PAGE = 100
MAX_FAQ_QUERY_LENGTH = 200
SLUG_PATTERN = re.compile(r"[-a-zA-Z0-9_]+")


@dataclass(frozen=True)
class FaqTopicGroup:
    topic: FaqTopic
    faqs: list


@dataclass(frozen=True)
class FaqPage:
    query: str
    topic: FaqTopic | None
    topics: list[FaqTopic]
    page: Page
    groups: list[FaqTopicGroup]

    @property
    def faqs(self) -> list:
        return [faq for group in self.groups for faq in group.faqs]

    @property
    def count(self) -> int:
        return self.page.paginator.count


@dataclass(frozen=True)
class KindGroup:
    kind: str
    label: str
    documents: list


@dataclass(frozen=True)
class DocumentListing:
    groups: list[KindGroup]

    @property
    def documents(self) -> list:
        return [document for group in self.groups for document in group.documents]


@dataclass(frozen=True)
class SectionGroup:
    section: str
    label: str
    pages: list


@dataclass(frozen=True)
class PageListing:
    groups: list[SectionGroup]

    @property
    def pages(self) -> list:
        return [page for group in self.groups for page in group.pages]


@dataclass(frozen=True)
class StoryListing:
    filters: SuccessStoryFilter
    page: Page
    countries: list[tuple[str, str]]

    @property
    def has_filter_errors(self) -> bool:
        return bool(self.filters.form.errors)

    @property
    def has_samples(self) -> bool:
        return any(story.is_sample for story in self.page.object_list)


def _get_by_slug_or_404(queryset, slug: str):
    # The API takes any string; anything that cannot be a slug never reaches the database.
    if not SLUG_PATTERN.fullmatch(slug):
        raise Http404
    try:
        return queryset.get(slug=slug)
    except queryset.model.DoesNotExist:
        raise Http404 from None


# ---- FAQs


def normalise_faq_query(raw: str | None) -> str:
    # PostgreSQL refuses NUL characters in a query; nobody searches for them.
    return " ".join((raw or "").replace("\x00", "").split())[:MAX_FAQ_QUERY_LENGTH]


def faq_list():
    """Published FAQs with their topic, in topic order (one query)."""
    return Faq.objects.published().select_related("topic").order_by("topic__order", "order", "pk")


def faq_topics():
    """Topics with at least one published FAQ, in order (one query)."""
    return FaqTopic.objects.filter(
        Exists(Faq.objects.published().filter(topic=OuterRef("pk")))
    ).order_by("order", "slug")


def faq_page(*, query: str = "", topic_slug: str = "", page_number=None) -> FaqPage:
    """One page of published FAQs grouped by topic: of one topic, or matching a query.

    An unknown topic is a 404; a page number out of range shows the nearest page.
    """
    query = normalise_faq_query(query)
    topics = list(faq_topics())
    topic = None
    faqs = faq_list()
    if topic_slug:
        topic = next((candidate for candidate in topics if candidate.slug == topic_slug), None)
        if topic is None:
            raise Http404
        faqs = faqs.filter(topic=topic)
    if query:
        faqs = faqs.matching(query, get_language())
    per_page = FAQS_PER_TOPIC_PAGE if topic else FAQS_PER_PAGE
    page = Paginator(faqs, per_page).get_page(page_number)
    groups: list[FaqTopicGroup] = []
    for faq in page.object_list:
        if not groups or groups[-1].topic.pk != faq.topic_id:
            groups.append(FaqTopicGroup(topic=faq.topic, faqs=[]))
        groups[-1].faqs.append(faq)
    return FaqPage(query=query, topic=topic, topics=topics, page=page, groups=groups)


# ---- Regulatory documents


def legal_document_list():
    """Published documents with their region, newest first (one query)."""
    return LegalDocument.objects.published().select_related("region")


# What the list shows (content/legal_list.html): not the text, nor the region's description
# and office.
LEGAL_LIST_FIELDS = (
    "publication_status",
    "slug",
    "title",
    "kind",
    "number",
    "signed_on",
    "signed_on_precision",
    "legal_status",
    "summary",
    "region__code",
    "region__name",
)


def legal_documents_by_kind() -> DocumentListing:
    """Published documents grouped by kind, in the order of the kinds; no empty groups."""
    documents = list(legal_document_list().only(*LEGAL_LIST_FIELDS))
    groups = []
    for kind in LegalDocumentKind:
        members = [document for document in documents if document.kind == kind]
        if members:
            groups.append(KindGroup(kind.value, kind.label, members))
    return DocumentListing(groups)


def legal_document_get(*, slug: str) -> LegalDocument:
    """A published document by slug, for the API; Http404 otherwise."""
    return _get_by_slug_or_404(legal_document_list(), slug)


def legal_document_page(*, slug: str, user) -> LegalDocument:
    """A document for its page: published, or any for staff previewing drafts."""
    return _get_by_slug_or_404(
        LegalDocument.objects.viewable_by(user).select_related("region"), slug
    )


# ---- Success stories


# What a story card shows (content/story_list.html): not the story itself, nor the region's
# description and office, which are most of the bytes of a row.
STORY_CARD_FIELDS = (
    "publication_status",
    "slug",
    "display_name",
    "country",
    "category",
    "year_of_relocation",
    "photo",
    "photo_alt",
    "quote",
    "is_sample",
    "region__code",
    "region__name",
)


def story_list():
    """Published stories with their region (one query per page)."""
    return SuccessStory.objects.published().select_related("region")


def story_countries() -> list[tuple[str, str]]:
    """(code, name) of the countries of published stories, by name in the reader's language."""
    choices = [(code, countries.name(code)) for code in story_list().country_codes()]
    return sorted(choices, key=lambda choice: choice[1].casefold())


def story_listing(*, params, page_number, request=None) -> StoryListing:
    """One page of published stories filtered by category, region and country.

    Filter values that are not valid choices are ignored; the form carries their errors.
    """
    cards = story_list().only(*STORY_CARD_FIELDS)
    filters = SuccessStoryFilter(params, queryset=cards, request=request)
    page = Paginator(filters.qs, STORIES_PER_PAGE).get_page(page_number)
    return StoryListing(filters=filters, page=page, countries=story_countries())


def story_get(*, slug: str) -> SuccessStory:
    """A published story by slug, for the API; Http404 otherwise."""
    return _get_by_slug_or_404(story_list(), slug)


def story_page(*, slug: str, user) -> SuccessStory:
    """A story for its page: published, or any for staff previewing drafts."""
    return _get_by_slug_or_404(
        SuccessStory.objects.viewable_by(user).select_related("region"), slug
    )


# ---- Information pages and the journey


def info_pages_by_section() -> PageListing:
    """Published information pages grouped by section, in the order of the sections."""
    pages = list(InfoPage.objects.published())
    groups = []
    for section in InfoSection:
        members = [page for page in pages if page.section == section]
        if members:
            groups.append(SectionGroup(section.value, section.label, members))
    return PageListing(groups)


def info_page(*, slug: str, user) -> InfoPage:
    """An information page: published, or any for staff previewing drafts."""
    return _get_by_slug_or_404(InfoPage.objects.viewable_by(user), slug)


def journey_steps():
    """Published journey steps in order."""
    return JourneyStep.objects.published().order_by("order")
