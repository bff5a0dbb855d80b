from django.urls import path

from regions import views

app_name = "regions"

urlpatterns = [
    path("regions/", views.region_list, name="region_list"),
    path("regions/<str:code>/", views.region_detail, name="region_detail"),
    path("measures/<slug:slug>/", views.measure_detail, name="measure_detail"),
]
