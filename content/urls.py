from django.urls import path

from content import views

app_name = "content"

urlpatterns = [
    path("faq/", views.faq, name="faq"),
    path("legal/", views.legal_list, name="legal_list"),
    path("legal/<slug:slug>/", views.legal_detail, name="legal_detail"),
    path("stories/", views.story_list, name="story_list"),
    path("stories/<slug:slug>/", views.story_detail, name="story_detail"),
    path("pages/", views.page_list, name="page_list"),
    path("pages/<slug:slug>/", views.page_detail, name="page_detail"),
    path("journey/", views.journey, name="journey"),
]
