"""sitemap.xml: every public page in every language, with hreflang alternates."""

from django.apps import apps
from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class LocalizedSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True


class StaticPagesSitemap(LocalizedSitemap):
    changefreq = "weekly"
    url_names = (
        "home",
        "search",
        "content:faq",
        "content:legal_list",
        "content:story_list",
        "content:journey",
        "regions:region_list",
        "applications:eligibility",
        "applications:apply",
        "applications:status",
    )

    def items(self):
        return list(self.url_names)

    def location(self, item):
        return reverse(item)


class PublishedObjectsSitemap(LocalizedSitemap):
    """Published objects of one model, linked by their get_absolute_url."""

    changefreq = "monthly"

    def __init__(self, model_path: str):
        super().__init__()
        self.model_path = model_path

    def items(self):
        return apps.get_model(self.model_path).objects.published().order_by("pk")

    def lastmod(self, obj):
        return obj.published_at


SITEMAPS = {
    "pages": StaticPagesSitemap,
    "documents": PublishedObjectsSitemap("content.LegalDocument"),
    "stories": PublishedObjectsSitemap("content.SuccessStory"),
    "info": PublishedObjectsSitemap("content.InfoPage"),
    "regions": PublishedObjectsSitemap("regions.Region"),
    "measures": PublishedObjectsSitemap("regions.SupportMeasure"),
}
