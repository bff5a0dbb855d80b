"""The baseline: a bare Django project whose one view renders a ~2 KB template.

Served by the same gunicorn command as the portal, it is the ceiling any Django page reaches on
this machine; the bench reports the portal's pages as a fraction of it.
"""

from pathlib import Path

import django
from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.shortcuts import render
from django.urls import path

settings.configure(
    DEBUG=False,
    SECRET_KEY="bench-baseline-only",
    ALLOWED_HOSTS=["127.0.0.1", "localhost"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[],
    INSTALLED_APPS=[],
    TEMPLATES=[
        {
            "BACKEND": "django.template.backends.django.DjangoTemplates",
            "DIRS": [Path(__file__).resolve().parent / "templates"],
        }
    ],
)
django.setup()

ITEMS = [
    {"title": f"Support measure {n}", "summary": "Help with housing for newcomers."}
    for n in range(1, 9)
]


def page(request):
    return render(request, "baseline.html", {"title": "Baseline", "items": ITEMS})


urlpatterns = [path("", page)]
application = get_wsgi_application()
