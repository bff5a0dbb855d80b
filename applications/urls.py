from django.urls import path

from applications.views import apply, eligibility, status

app_name = "applications"

urlpatterns = [
    path("eligibility/", eligibility.eligibility, name="eligibility"),
    path("apply/", apply.apply_start, name="apply"),
    path("apply/step/<int:step>/", apply.apply_step, name="apply_step"),
    path("apply/resume/<str:token>/", apply.apply_resume, name="apply_resume"),
    path("apply/saved/", apply.apply_saved, name="apply_saved"),
    path("apply/done/", apply.apply_done, name="apply_done"),
    path("apply/status/", status.status, name="status"),
]
