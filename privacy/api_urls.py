from django.urls import path

from privacy import api

urlpatterns = [
    path(
        "applications/<str:reference>/export/",
        api.ApplicationExportView.as_view(),
        name="api-application-export",
    ),
]
