from django.urls import path

from applications.views import apply, eligibility, status, summary

app_name = "applications"

urlpatterns = [
    path("eligibility/", eligibility.eligibility, name="eligibility"),
    path("apply/", apply.apply_start, name="apply"),
    path("apply/step/<int:step>/", apply.apply_step, name="apply_step"),
    path("apply/resume/<str:token>/", apply.apply_resume, name="apply_resume"),
    path("apply/saved/", apply.apply_saved, name="apply_saved"),
    path("apply/done/", apply.apply_done, name="apply_done"),
    path("apply/status/", status.status, name="status"),
    path("apply/status/summary/", summary.summary, name="summary"),
    path("apply/status/summary.pdf", summary.summary_download, name="summary_pdf"),
    path("apply/checklist/", apply.apply_checklist, name="apply_checklist"),
    path("apply/step/<int:step>/keep/", apply.apply_keep, name="apply_keep"),
    path("apply/session/", apply.session_extend, name="session_extend"),
]
