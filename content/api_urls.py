from django.urls import path

from content import api_views

urlpatterns = [
    path("faqs/", api_views.FaqListView.as_view(), name="api-faq-list"),
    path("documents/", api_views.LegalDocumentListView.as_view(), name="api-document-list"),
    path(
        "documents/<str:slug>/",
        api_views.LegalDocumentDetailView.as_view(),
        name="api-document-detail",
    ),
    path("stories/", api_views.SuccessStoryListView.as_view(), name="api-story-list"),
    path(
        "stories/<str:slug>/", api_views.SuccessStoryDetailView.as_view(), name="api-story-detail"
    ),
]
