from django.urls import path

from applications import api
from applications.forwarding.api import MvdDecisionCallbackView
from applications.operators import api as operator_api

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
    path(
        "operator/applications/",
        operator_api.OperatorApplicationListView.as_view(),
        name="api-operator-applications",
    ),
    path(
        "operator/applications/<str:reference>/transition/",
        operator_api.OperatorTransitionView.as_view(),
        name="api-operator-transition",
    ),
    path(
        "integrations/mvd/decisions/",
        MvdDecisionCallbackView.as_view(),
        name="api-mvd-decision-callback",
    ),
]
