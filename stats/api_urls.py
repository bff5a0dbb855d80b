from django.urls import path

from stats import api

urlpatterns = [path("statistics/", api.StatisticsView.as_view(), name="api-statistics")]
