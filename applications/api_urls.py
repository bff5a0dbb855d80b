from django.urls import path

from applications import api

urlpatterns = [
    path("applications/", api.ApplicationCreateView.as_view(), name="api-application-submit"),
    path(
        "applications/<str:reference>/",
        api.ApplicationStatusView.as_view(),
        name="api-application-status",
    ),
    path(
        "applications/<str:reference>/documents/",
        api.DocumentUploadView.as_view(),
        name="api-application-documents",
    ),
]
