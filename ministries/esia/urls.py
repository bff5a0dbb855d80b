"""Mounted at /mock/esia/ when MOCK_MINISTRIES_ENABLED is true.

The namespace is django-oauth-toolkit's own: its views reverse their sibling endpoints by it.
"""

from django.urls import path, re_path

from ministries.esia import views

app_name = "oauth2_provider"

urlpatterns = [
    re_path(
        r"^\.well-known/openid-configuration/?$",
        views.DiscoveryView.as_view(),
        name="oidc-connect-discovery-info",
    ),
    path(".well-known/jwks.json", views.JwksView.as_view(), name="jwks-info"),
    path("authorize/", views.AuthorizationView.as_view(), name="authorize"),
    path("token/", views.TokenView.as_view(), name="token"),
    path("userinfo/", views.UserInfoView.as_view(), name="user-info"),
    path("login/", views.sign_in, name="esia-sign-in"),
    path("_control/", views.control, name="esia-control"),
]
