"""Root URLs: language-prefixed pages, the API, the admin and the service endpoints."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from accounts import views as account_views
from portal import views
from portal.csp_report import csp_report
from portal.metrics import metrics_view
from portal.sitemaps import SITEMAPS

admin.site.site_header = _("Time to Live in Russia — administration")
admin.site.site_title = _("Time to Live in Russia")
admin.site.index_title = _("Operators' and editors' workspace")

# Django's own would render 400.html with the request, whose context needs a valid Host.
handler400 = "portal.views.bad_request"

urlpatterns = [
    path("", views.language_redirect, name="language-redirect"),
    path("healthz", views.healthz, name="healthz"),
    path("metrics", metrics_view, name="metrics"),
    path("robots.txt", views.robots_txt, name="robots-txt"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("csp-report/", csp_report, name="csp-report"),
    path("admin/", admin.site.urls),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    # The split view serves its start-up script as a file: no inline script under the CSP.
    path("api/docs/", SpectacularSwaggerSplitView.as_view(url_name="api-schema"), name="api-docs"),
    path("api/v1/", include("content.api_urls")),
    path("api/v1/", include("regions.api_urls")),
    path("api/v1/", include("applications.api_urls")),
    path("api/v1/", include("stats.api_urls")),
    path("api/v1/", include("privacy.api_urls")),
    # Outside the language prefix: the one address registered at Gosuslugi for every language.
    path("account/esia/callback/", account_views.esia_callback, name="esia-callback"),
]

if settings.MOCK_MINISTRIES_ENABLED:
    urlpatterns.append(path("mock/esia/", include("ministries.esia.urls")))
    urlpatterns.append(path("mock/", include("ministries.urls")))

urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    path("search/", views.search, name="search"),
    path("accessibility/", views.accessibility, name="accessibility"),
    path("", include("content.urls")),
    path("", include("regions.urls")),
    path("", include("applications.urls")),
    path("", include("privacy.urls")),
    path("", include("accounts.urls")),
)
