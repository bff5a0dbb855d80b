"""The baselines: a bare Django project served by the same gunicorn command as the portal.

`/` renders a ~2 KB template with no query, behind Django's security and common middleware: the
ceiling for a page served from the page cache. `/fortunes/` is TechEmpower's "Fortunes" test in
plain Django: one PostgreSQL query of a dozen rows, one row added, sorted, rendered through an
escaping template: the yardstick for pages the cache cannot serve.
"""

import os
from pathlib import Path

import django
import environ
from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.db import connection
from django.shortcuts import render
from django.urls import path

settings.configure(
    DEBUG=False,
    SECRET_KEY="bench-baseline-only",
    ALLOWED_HOSTS=["127.0.0.1", "localhost"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[
        "django.middleware.security.SecurityMiddleware",
        "django.middleware.common.CommonMiddleware",
    ],
    INSTALLED_APPS=[],
    DATABASES={
        "default": {
            **environ.Env.db_url_config(
                os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/portal_bench")
            ),
            "CONN_MAX_AGE": 60,
        }
    },
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
# TechEmpower's twelve fortunes (framework benchmarks, "Fortunes" test).
FORTUNES = [
    (1, "fortune: No such file or directory"),
    (2, "A computer scientist is someone who fixes things that aren't broken."),
    (3, "After enough decimal places, nobody gives a damn."),
    (4, "A bad random number generator: 1, 1, 1, 1, 1, 4.33e+67, 1, 1, 1"),
    (5, "A computer program does what you tell it to do, not what you want it to do."),
    (6, "Emacs is a nice operating system, but I prefer UNIX. — Tom Christaensen"),
    (7, "Any program that runs right is obsolete."),
    (8, "A list is only as strong as its weakest link. — Donald Knuth"),
    (9, "Feature: A bug with seniority."),
    (10, "Computers make very fast, very accurate mistakes."),
    (11, '<script>alert("This should not be displayed in a browser alert box.");</script>'),
    (12, "フレームワークのベンチマーク"),
]


def fortunes_table_ensure() -> None:
    """The fortune table of the bench database; every worker may run this at start-up."""
    with connection.cursor() as cursor:
        cursor.execute(
            "CREATE TABLE IF NOT EXISTS bench_fortune (id integer PRIMARY KEY, message text)"
        )
        cursor.executemany(
            "INSERT INTO bench_fortune (id, message) VALUES (%s, %s) ON CONFLICT DO NOTHING",
            FORTUNES,
        )
    connection.close()


def page(request):
    return render(request, "baseline.html", {"title": "Baseline", "items": ITEMS})


def fortunes(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, message FROM bench_fortune")
        rows = [{"id": id_, "message": message} for id_, message in cursor.fetchall()]
    rows.append({"id": 0, "message": "Additional fortune added at request time."})
    rows.sort(key=lambda row: row["message"])
    return render(request, "fortunes.html", {"fortunes": rows})


fortunes_table_ensure()
urlpatterns = [path("", page), path("fortunes/", fortunes)]
application = get_wsgi_application()
