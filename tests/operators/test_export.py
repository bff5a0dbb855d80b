"""The CSV export of the filtered queue."""

import csv
import io

import pytest

from applications.models import Application
from applications.operators.export import spreadsheet_safe
from tests.operators.conftest import QUEUE, bulk_cases, case_in

pytestmark = pytest.mark.django_db

EXPORT = f"{QUEUE}export/"


def read_csv(response) -> list[list[str]]:
    content = b"".join(response.streaming_content).decode("utf-8")
    assert content.startswith("\ufeff")
    return list(csv.reader(io.StringIO(content.removeprefix("\ufeff"))))


def test_an_export_of_1000_cases_streams_and_neutralises_formulas(client, operator, kaluga):
    cases = bulk_cases(1000, region=kaluga)
    Application.objects.filter(pk=cases[0].pk).update(last_name='=HYPERLINK("http://x.example")')

    response = client.get(EXPORT)

    assert response.streaming is True
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="applications-')
    rows = read_csv(response)
    assert rows[0][:3] == ["Reference", "Status", "Category"]
    assert len(rows) == 1001
    assert rows[1][3] == '\'=HYPERLINK("http://x.example")'
    assert rows[1][6:8] == ["RU-KLU", "Kaluga Region"]


def test_the_export_carries_the_queue_filters(client, operator, kaluga):
    reviewed = case_in("in_review")
    case_in("submitted")

    rows = read_csv(client.get(EXPORT, {"status": "in_review"}))

    assert [row[0] for row in rows[1:]] == [reviewed.reference]


def test_an_export_with_broken_filters_goes_back_to_the_queue(client, operator):
    response = client.get(EXPORT, {"no_such_field__gt": "1"})

    assert response.status_code == 302


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("=1+1", "'=1+1"),
        ("+49 30", "'+49 30"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("Anna", "Anna"),
        (None, ""),
        (12, "12"),
    ],
)
def test_cells_a_spreadsheet_would_run_are_prefixed(value, cell):
    assert spreadsheet_safe(value) == cell
