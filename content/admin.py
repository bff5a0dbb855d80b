"""Admin of the public content: tabbed translations, publishing actions, "view on site"."""

from django.conf import settings
from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from content.models import Faq, FaqTopic, InfoPage, JourneyStep, LegalDocument, SuccessStory
from portal.admin import PublishableAdmin as BasePublishableAdmin

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def in_every_language(*fields: str) -> tuple[str, ...]:
    """Search every translation of `fields`: an editor may look for a Russian title from /en/."""
    return tuple(f"{field}_{code}" for field in fields for code in LANGUAGE_CODES)


class PublishableAdmin(BasePublishableAdmin):
    """Content models: the shared publishing actions, with the first publication date shown."""

    readonly_fields = ("published_at",)


@admin.register(FaqTopic)
class FaqTopicAdmin(TabbedTranslationAdmin):
    list_display = ("title", "slug", "order")
    list_editable = ("order",)
    search_fields = ("slug", *in_every_language("title"))
    prepopulated_fields = {"slug": ("title",)}


@admin.register(Faq)
class FaqAdmin(PublishableAdmin):
    list_display = ("question", "topic", "order", "publication_status")
    list_filter = ("topic", "publication_status")
    list_select_related = ("topic",)
    search_fields = in_every_language("question", "answer")
    fields = ("topic", "order", "question", "answer", "publication_status", "published_at")


@admin.register(LegalDocument)
class LegalDocumentAdmin(PublishableAdmin):
    list_display = (
        "title",
        "kind",
        "number",
        "signed_on",
        "legal_status",
        "region",
        "publication_status",
    )
    list_filter = ("kind", "legal_status", "publication_status", "region")
    list_select_related = ("region",)
    search_fields = ("number", "slug", *in_every_language("title", "summary"))
    prepopulated_fields = {"slug": ("title",)}
    fieldsets = (
        (None, {"fields": ("title", "slug", "kind", "number", "legal_status", "region")}),
        (_("Signature"), {"fields": ("signed_on", "signed_on_precision", "issued_by")}),
        (_("Text"), {"fields": ("summary", "body", "source_url")}),
        (_("Publication"), {"fields": ("publication_status", "published_at")}),
    )


@admin.register(SuccessStory)
class SuccessStoryAdmin(PublishableAdmin):
    list_display = (
        "display_name",
        "category",
        "country",
        "region",
        "year_of_relocation",
        "is_sample",
        "publication_status",
    )
    list_filter = ("category", "is_sample", "publication_status", "region")
    list_select_related = ("region",)
    search_fields = ("slug", *in_every_language("display_name", "quote"))
    prepopulated_fields = {"slug": ("display_name",)}
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "display_name",
                    "slug",
                    "is_sample",
                    "country",
                    "category",
                    "region",
                    "year_of_relocation",
                )
            },
        ),
        (_("Photo"), {"fields": ("photo", "photo_alt")}),
        (_("Story"), {"fields": ("quote", "body")}),
        (_("Publication"), {"fields": ("publication_status", "published_at")}),
    )


@admin.register(InfoPage)
class InfoPageAdmin(PublishableAdmin):
    list_display = ("title", "section", "order", "publication_status")
    list_filter = ("section", "publication_status")
    search_fields = ("slug", *in_every_language("title", "body"))
    prepopulated_fields = {"slug": ("title",)}
    fields = ("title", "slug", "section", "order", "body", "publication_status", "published_at")


@admin.register(JourneyStep)
class JourneyStepAdmin(PublishableAdmin):
    list_display = ("order", "title", "link", "publication_status")
    list_display_links = ("order", "title")
    list_filter = ("publication_status",)
    search_fields = in_every_language("title", "body", "who_helps")
    fields = ("order", "title", "body", "who_helps", "link", "publication_status", "published_at")
