from django.urls import path

from accounts import views

app_name = "accounts"

urlpatterns = [
    path("account/", views.home, name="home"),
    path("account/signin/", views.sign_in, name="sign_in"),
    path("account/signin/problem/", views.sign_in_problem, name="sign_in_problem"),
    path("account/signout/", views.sign_out, name="sign_out"),
    path("account/signout-everywhere/", views.sign_out_everywhere, name="sign_out_everywhere"),
    path("account/cases/<str:reference>/", views.case, name="case"),
    path("account/cases/<str:reference>/summary/", views.case_summary, name="case_summary"),
    path(
        "account/cases/<str:reference>/summary.pdf",
        views.case_summary_pdf,
        name="case_summary_pdf",
    ),
    path("account/drafts/<uuid:uuid>/continue/", views.draft_continue, name="draft_continue"),
]
