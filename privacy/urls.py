from django.urls import path

from privacy import views

app_name = "privacy"

urlpatterns = [
    path("privacy/", views.privacy_notice, name="notice"),
    path("apply/status/your-data/", views.your_data, name="your_data"),
]
