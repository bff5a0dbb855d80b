"""Mounted at /mock/ when MOCK_MINISTRIES_ENABLED is true."""

from django.urls import path, re_path

from ministries import views

app_name = "ministries"

urlpatterns = [
    path("mvd/v1/cases/", views.mvd_cases, name="mvd-cases"),
    path("mvd/v1/cases/<str:external_id>/", views.mvd_case, name="mvd-case"),
    path("mid/v1/visa-requests/", views.mid_visa_requests, name="mid-visa-requests"),
    re_path(r"^(?P<ministry>mvd|mid)/v1/schema/$", views.schema, name="schema"),
    re_path(r"^(?P<ministry>mvd|mid)/_control/$", views.control, name="control"),
    re_path(r"^(?P<ministry>mvd|mid)/_received/$", views.received, name="received"),
]
