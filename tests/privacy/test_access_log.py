"""Every staff read of personal data writes an access-log row nobody can change."""

import pytest
from django.test import Client

from applications.models import ApplicationStatus, Document
from portal.roles import Role, staff_ensure
from privacy.models import AccessKind, AccessLogEntry
from tests.privacy.conftest import rich_case

S = ApplicationStatus
pytestmark = pytest.mark.django_db
QUEUE = "/admin/applications/application/"
LOG = "/admin/privacy/accesslogentry/"


@pytest.fixture
def case(operator, kaluga, declaration):
    return rich_case(operator, outcome=S.IN_REVIEW)[0]


@pytest.fixture
def superuser(db):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_superuser("root", "root@example.org", "pw")


def logged(kind: str) -> list[AccessLogEntry]:
    return list(AccessLogEntry.objects.filter(kind=kind))


def test_opening_a_case_page_is_logged(operator, operator_client, case):
    response = operator_client.get(f"{QUEUE}{case.pk}/change/")

    assert response.status_code == 200
    [entry] = logged(AccessKind.CASE_VIEW)
    assert (entry.user, entry.application, entry.reference) == (operator, case, case.reference)


def test_downloading_a_document_is_logged(operator, operator_client, case):
    document = Document.objects.filter(application=case).first()

    response = operator_client.get(f"{QUEUE}{case.pk}/documents/{document.pk}/")

    assert response.status_code == 200
    [entry] = logged(AccessKind.DOCUMENT_DOWNLOAD)
    assert (entry.user, entry.application) == (operator, case)
    assert str(document.pk) in entry.detail


def test_a_csv_export_is_logged_with_its_filters(operator, operator_client, case):
    response = operator_client.get(f"{QUEUE}export/", {"status": "in_review"})
    b"".join(response.streaming_content)

    [entry] = logged(AccessKind.CSV_EXPORT)
    assert entry.user == operator
    assert entry.detail == "status=in_review"


def test_reading_cases_through_the_operator_api_logs_each_case(operator, operator_client, case):
    response = operator_client.get("/api/v1/operator/applications/")

    assert response.status_code == 200
    assert [entry.application for entry in logged(AccessKind.API_READ)] == [case]


def test_a_refused_download_logs_nothing(operator_client, case):
    response = operator_client.get(f"{QUEUE}{case.pk}/documents/999999/")

    assert response.status_code == 404
    assert not AccessLogEntry.objects.exists()


def test_operators_cannot_read_change_or_delete_the_log(operator_client, case):
    operator_client.get(f"{QUEUE}{case.pk}/change/")
    entry = AccessLogEntry.objects.get()

    assert operator_client.get(LOG).status_code == 403
    assert operator_client.get(f"{LOG}{entry.pk}/change/").status_code == 403
    assert operator_client.post(f"{LOG}{entry.pk}/delete/", {"post": "yes"}).status_code == 403
    assert AccessLogEntry.objects.filter(pk=entry.pk).exists()


def test_a_superuser_reads_the_log_per_case_and_per_user_but_cannot_delete(
    operator, operator_client, case, superuser
):
    operator_client.get(f"{QUEUE}{case.pk}/change/")
    other, _created = staff_ensure(username="boris", role=Role.OPERATOR, password="pw")
    other_client = Client()
    other_client.force_login(other)
    other_client.get("/api/v1/operator/applications/")
    admin = Client()
    admin.force_login(superuser)
    entry = AccessLogEntry.objects.get(user=operator)

    per_case = admin.get(LOG, {"q": case.reference})
    per_user = admin.get(LOG, {"user__id__exact": other.pk})

    assert per_case.context["cl"].result_count == 2
    assert [row.user for row in per_user.context["cl"].result_list] == [other]
    assert admin.post(f"{LOG}{entry.pk}/delete/", {"post": "yes"}).status_code == 403
    assert admin.post(f"{LOG}{entry.pk}/change/", {"detail": "x"}).status_code == 403
    assert AccessLogEntry.objects.get(pk=entry.pk).detail == ""


def test_a_log_row_cannot_be_changed_in_code_either(operator_client, case):
    operator_client.get(f"{QUEUE}{case.pk}/change/")
    entry = AccessLogEntry.objects.get()
    entry.detail = "rewritten"

    with pytest.raises(ValueError):
        entry.save()
