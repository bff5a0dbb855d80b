from django.urls import path

from regions import api_views

urlpatterns = [
    path("regions/", api_views.RegionListView.as_view(), name="api-region-list"),
    path("regions/<str:code>/", api_views.RegionDetailView.as_view(), name="api-region-detail"),
    path(
        "regions/<str:code>/measures/",
        api_views.RegionMeasureListView.as_view(),
        name="api-region-measures",
    ),
    path("measures/", api_views.MeasureListView.as_view(), name="api-measure-list"),
]
