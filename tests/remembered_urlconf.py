"""A second URL configuration for tests/test_remembered_urls.py."""

from django.urls import path

from portal.views import healthz

urlpatterns = [path("elsewhere/healthz", healthz, name="healthz")]
