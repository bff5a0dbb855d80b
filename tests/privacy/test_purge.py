"""purge_personal_data: retention rules, no trace left, statistics kept, records, legal hold,
dry run, and two runs at once."""

import datetime
import threading
from io import StringIO

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection, connections, transaction
from django.test import Client
from django.utils import timezone

from accounts.esia import Identity
from accounts.models import CandidateAccount
from accounts.services import account_sign_in
from applications.models import Application, ApplicationStatus, Document
from applications.operators import dashboard
from portal.celery import app as celery_app
from privacy.models import DestructionRecord, LegalHold, PurgeRule, PurgeTrigger
from privacy.services import legal_hold_place, purge_personal_data
from stats import selectors as fact_selectors
from stats.models import CaseFact
from tests.privacy.conftest import (
    EMAIL,
    FIRST_NAME,
    LAST_NAME,
    PASSPORT_NUMBER,
    PASSPORT_PDF,
    SPOUSE_NAME,
    age,
    rich_case,
)

S = ApplicationStatus
pytestmark = [pytest.mark.django_db, pytest.mark.postgres]
TEXT_TYPES = ("text", "character varying", "character", "json", "jsonb", "inet")


def columns_holding(needle: str) -> list[str]:
    """Every text, JSON or address column of every table in the database that contains it."""
    hits = []
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND data_type = ANY(%s)",
            [list(TEXT_TYPES)],
        )
        for table, column in cursor.fetchall():
            quote = connection.ops.quote_name
            cursor.execute(
                f"SELECT count(*) FROM {quote(table)} WHERE {quote(column)}::text ILIKE %s",
                [f"%{needle}%"],
            )
            if cursor.fetchone()[0]:
                hits.append(f"{table}.{column}")
    return hits


def stored_contents() -> list[bytes]:
    """The bytes of every file in the documents' storage, walked through the storage API."""
    storage = Document._meta.get_field("file").storage
    contents, folders = [], [""]
    while folders:
        folder = folders.pop()
        # An S3 "folder" is only a key prefix: exists() is False for it, listdir() works.
        try:
            subfolders, files = storage.listdir(folder)
        except FileNotFoundError:
            continue
        folders.extend(f"{folder}/{name}".lstrip("/") for name in subfolders)
        for name in files:
            with storage.open(f"{folder}/{name}".lstrip("/"), "rb") as handle:
                contents.append(handle.read())
    return contents


def statistics_snapshot(operator) -> dict:
    figures = dashboard.dashboard_for(user=operator)
    return {
        "public": fact_selectors.public_statistics()["cases"],
        "report": fact_selectors.annual_report(
            facts=CaseFact.objects.all(), year=CaseFact.objects.first().year
        ),
        "dashboard": (
            figures.total,
            figures.by_status,
            figures.by_category,
            figures.by_region,
            figures.by_citizenship,
            figures.median_days,
            figures.weekly,
        ),
    }


PERSONAL = [
    FIRST_NAME,
    LAST_NAME,
    EMAIL,
    PASSPORT_NUMBER,
    SPOUSE_NAME,
    "203.0.113.7",
    "Firefox/128",
]


@pytest.mark.parametrize("outcome", [S.REJECTED, S.WITHDRAWN, S.STATUS_GRANTED])
def test_after_the_purge_no_table_and_no_file_holds_the_candidate(
    operator, kaluga, declaration, outcome
):
    application, _code = rich_case(operator, outcome=outcome)
    age(application, days=settings.RETENTION_DAYS_GRANTED + 1)
    # The case really holds all of it before the purge.
    for needle in PERSONAL:
        assert columns_holding(needle), needle
    assert any(content == PASSPORT_PDF for content in stored_contents())

    purge_personal_data()

    for needle in PERSONAL:
        assert columns_holding(needle) == [], needle
    assert columns_holding(application.reference) == ["privacy_accesslogentry.reference"] or (
        columns_holding(application.reference) == []
    )
    contents = stored_contents()
    assert not any(PASSPORT_NUMBER.encode() in content for content in contents)
    assert not any(content == PASSPORT_PDF for content in contents)


def test_statistics_are_identical_before_and_after_the_purge(
    operator, kaluga, declaration, settings
):
    settings.STATISTICS_MIN_CELL = 1
    cases = [rich_case(operator, outcome=S.REJECTED)[0] for _i in range(2)]
    cases.append(rich_case(operator, outcome=S.STATUS_GRANTED)[0])
    for application in cases:
        age(application, days=settings.RETENTION_DAYS_GRANTED + 1)
    before = statistics_snapshot(operator)
    assert before["dashboard"][0] == 3

    purge_personal_data()

    assert Application.objects.count() == 0
    assert statistics_snapshot(operator) == before


def test_each_run_writes_a_destruction_record_per_rule(operator, kaluga, declaration):
    rejected = rich_case(operator, outcome=S.REJECTED)[0]
    age(rejected, days=settings.RETENTION_DAYS_CLOSED + 1)

    purge_personal_data(trigger=PurgeTrigger.SCHEDULE)

    records = {record.rule: record for record in DestructionRecord.objects.all()}
    assert set(records) == set(PurgeRule.values)
    closed = records[PurgeRule.CLOSED]
    assert (closed.cases, closed.files, closed.retention_days) == (1, 2, 365)
    assert closed.trigger == PurgeTrigger.SCHEDULE
    assert closed.started_at <= closed.finished_at
    assert records[PurgeRule.GRANTED].cases == 0


def test_cases_within_their_retention_period_are_kept(operator, kaluga, declaration):
    rejected = rich_case(operator, outcome=S.REJECTED)[0]
    age(rejected, days=settings.RETENTION_DAYS_CLOSED - 1)
    granted = rich_case(operator, outcome=S.STATUS_GRANTED)[0]
    age(granted, days=settings.RETENTION_DAYS_CLOSED + 30)
    open_case = rich_case(operator, outcome=S.IN_REVIEW)[0]
    age(open_case, days=settings.RETENTION_DAYS_GRANTED + 30)

    counts = purge_personal_data()

    assert sum(count.cases for count in counts) == 0
    assert Application.objects.count() == 3


def test_the_granted_rule_uses_its_own_longer_period(operator, kaluga, declaration):
    granted = rich_case(operator, outcome=S.STATUS_GRANTED)[0]
    age(granted, days=settings.RETENTION_DAYS_GRANTED + 1)

    counts = {count.rule: count.cases for count in purge_personal_data()}

    assert counts[PurgeRule.GRANTED] == 1
    assert not Application.objects.filter(pk=granted.pk).exists()


def test_drafts_untouched_for_the_draft_period_are_purged(declaration, kaluga):
    stale = Application.objects.create(first_name=FIRST_NAME, email=EMAIL)
    fresh = Application.objects.create(first_name="Recent", email="recent@example.org")
    age(stale, days=settings.RETENTION_DAYS_DRAFT + 1)
    age(fresh, days=settings.RETENTION_DAYS_DRAFT - 1)

    counts = {count.rule: count.cases for count in purge_personal_data()}

    assert counts[PurgeRule.DRAFT] == 1
    assert list(Application.objects.values_list("pk", flat=True)) == [fresh.pk]


def test_a_case_on_legal_hold_is_skipped_until_the_hold_is_lifted(operator, kaluga, declaration):
    application = rich_case(operator, outcome=S.REJECTED)[0]
    age(application, days=settings.RETENTION_DAYS_CLOSED + 1)
    hold = legal_hold_place(application=application, reason="Appeal pending", user=operator)

    counts = purge_personal_data()

    assert sum(count.cases for count in counts) == 0
    assert Application.objects.filter(pk=application.pk).exists()
    assert LegalHold.objects.get().placed_by == operator

    hold.delete()
    purge_personal_data()

    assert not Application.objects.filter(pk=application.pk).exists()


def test_a_legal_hold_needs_a_reason(operator, kaluga, declaration):
    from portal.errors import DomainError

    application = rich_case(operator, outcome=S.REJECTED)[0]

    with pytest.raises(DomainError) as raised:
        legal_hold_place(application=application, reason="  ", user=operator)

    assert "reason" in raised.value.fields
    assert not LegalHold.objects.exists()


def test_a_dry_run_counts_and_changes_nothing(operator, kaluga, declaration):
    application = rich_case(operator, outcome=S.REJECTED)[0]
    age(application, days=settings.RETENTION_DAYS_CLOSED + 1)
    out = StringIO()

    call_command("purge_personal_data", "--dry-run", stdout=out)

    assert "Would destroy 1 case(s) and 2 file(s)" in out.getvalue()
    assert Application.objects.filter(pk=application.pk).exists()
    assert len(stored_contents()) == 2
    assert not DestructionRecord.objects.exists()


def test_the_command_destroys_and_says_how_many(operator, kaluga, declaration):
    application = rich_case(operator, outcome=S.REJECTED)[0]
    age(application, days=settings.RETENTION_DAYS_CLOSED + 1)
    out = StringIO()

    call_command("purge_personal_data", stdout=out)

    assert "Destroyed 1 case(s) and 2 file(s)" in out.getvalue()
    assert DestructionRecord.objects.get(rule=PurgeRule.CLOSED).trigger == PurgeTrigger.COMMAND


def test_a_second_run_destroys_nothing_again(operator, kaluga, declaration):
    application = rich_case(operator, outcome=S.REJECTED)[0]
    age(application, days=settings.RETENTION_DAYS_CLOSED + 1)
    purge_personal_data()

    counts = purge_personal_data()

    assert sum(count.cases + count.files for count in counts) == 0


def test_the_daily_job_is_scheduled_and_registered():
    entry = settings.CELERY_BEAT_SCHEDULE["privacy.purge_personal_data"]

    # What a worker does at start: import every installed app's tasks module.
    celery_app.loader.import_default_modules()

    assert entry["task"] == "privacy.purge_personal_data"
    assert "privacy.purge_personal_data" in celery_app.tasks


def test_the_daily_job_purges_as_the_schedule(operator, kaluga, declaration):
    from privacy.tasks import purge_personal_data_daily

    application = rich_case(operator, outcome=S.WITHDRAWN)[0]
    age(application, days=settings.RETENTION_DAYS_CLOSED + 1)

    assert purge_personal_data_daily.delay().get() == 1
    assert DestructionRecord.objects.get(rule=PurgeRule.CLOSED).trigger == PurgeTrigger.SCHEDULE


# ---- A purged reference answers 404 everywhere


def test_a_purged_reference_is_unknown_everywhere(operator, operator_client, kaluga, declaration):
    application, code = rich_case(operator, outcome=S.REJECTED)
    reference = application.reference
    age(application, days=settings.RETENTION_DAYS_CLOSED + 1)
    candidate = Client()
    headers = {"X-Access-Code": code}
    assert candidate.get(f"/api/v1/applications/{reference}/", headers=headers).status_code == 200
    assert (
        operator_client.get(f"/admin/applications/application/{reference}/change/").status_code
        == 200
    )

    purge_personal_data()

    assert candidate.get(f"/api/v1/applications/{reference}/", headers=headers).status_code == 404
    export = candidate.get(f"/api/v1/applications/{reference}/export/", headers=headers)
    assert export.status_code == 404
    admin_page = operator_client.get(f"/admin/applications/application/{reference}/change/")
    assert admin_page.status_code == 404
    moved = operator_client.post(
        f"/api/v1/operator/applications/{reference}/transition/",
        {"to": "in_review"},
        content_type="application/json",
    )
    assert moved.status_code == 404
    lookup = candidate.post(
        "/en/apply/status/", {"action": "lookup", "reference": reference, "access_code": code}
    )
    never = candidate.post(
        "/en/apply/status/",
        {"action": "lookup", "reference": "TLR-2099-999999", "access_code": code},
    )
    assert lookup.status_code == never.status_code == 404
    assert "could not find an application" in lookup.content.decode()
    queue = operator_client.get("/admin/applications/application/", {"q": reference})
    assert queue.context["cl"].result_count == 0


# ---- Two runs at once


@pytest.mark.django_db(transaction=True)
def test_a_case_locked_by_another_run_is_skipped_not_waited_for(operator, kaluga, declaration):
    cases = [rich_case(operator, outcome=S.REJECTED)[0] for _i in range(3)]
    for application in cases:
        age(application, days=settings.RETENTION_DAYS_CLOSED + 1)
    locked, released = threading.Event(), threading.Event()

    def hold_first_case():
        try:
            with transaction.atomic():
                Application.objects.select_for_update().get(pk=cases[0].pk)
                locked.set()
                released.wait(30)
        finally:
            connections.close_all()

    holder = threading.Thread(target=hold_first_case)
    holder.start()
    assert locked.wait(30)
    try:
        first = {count.rule: count.cases for count in purge_personal_data()}
    finally:
        released.set()
        holder.join()
    second = {count.rule: count.cases for count in purge_personal_data()}

    assert (first[PurgeRule.CLOSED], second[PurgeRule.CLOSED]) == (2, 1)
    assert not Application.objects.exists()
    assert sum(DestructionRecord.objects.values_list("cases", flat=True)) == 3


@pytest.mark.django_db(transaction=True)
def test_two_runs_at_once_destroy_and_count_each_case_once(operator, kaluga, declaration):
    cases = [rich_case(operator, outcome=S.REJECTED)[0] for _i in range(6)]
    for application in cases:
        age(application, days=settings.RETENTION_DAYS_CLOSED + 1)
    start = threading.Barrier(2)
    errors = []

    def run():
        try:
            start.wait(30)
            purge_personal_data()
        except Exception as error:
            errors.append(error)
        finally:
            connections.close_all()

    runs = [threading.Thread(target=run) for _i in range(2)]
    for thread in runs:
        thread.start()
    for thread in runs:
        thread.join()

    assert errors == []
    assert not Application.objects.exists()
    closed = DestructionRecord.objects.filter(rule=PurgeRule.CLOSED)
    assert closed.count() == 2
    assert sum(closed.values_list("cases", flat=True)) == 6
    assert sum(closed.values_list("files", flat=True)) == 12
    assert stored_contents() == []


def test_the_case_page_shows_a_hold_and_an_erasure_request(
    operator, operator_client, kaluga, declaration
):
    from privacy.models import ErasureRequest

    application = rich_case(operator, outcome=S.IN_REVIEW)[0]
    legal_hold_place(application=application, reason="Court order 12/34", user=operator)
    ErasureRequest.objects.create(application=application)

    page = operator_client.get(f"/admin/applications/application/{application.pk}/change/")

    text = page.content.decode()
    assert "Court order 12/34" in text
    assert "erasure request" in text.lower()


# ---- Gosuslugi accounts


def signed_in(subject: str, **fields):
    identity = Identity(
        issuer="https://esia.example",
        subject=subject,
        given_name="Giulia",
        family_name="Bianchi-Accountholder",
        birthdate=datetime.date(1990, 1, 2),
        email=f"{subject}@example.org",
    )
    account = account_sign_in(identity=identity)
    CandidateAccount.objects.filter(pk=account.pk).update(**fields)
    return account


def test_the_account_goes_with_the_last_purged_case_of_its_candidate(operator, kaluga, declaration):
    application, _code = rich_case(operator, outcome=S.REJECTED)
    account = signed_in("person-1")
    Application.objects.filter(pk=application.pk).update(account=account)
    age(application, days=settings.RETENTION_DAYS_CLOSED + 1)
    assert columns_holding("Bianchi-Accountholder")

    purge_personal_data()

    assert columns_holding("Bianchi-Accountholder") == []
    assert not CandidateAccount.objects.exists()
    assert not get_user_model().objects.filter(pk=account.user_id).exists()


def test_an_account_with_a_case_still_kept_stays(operator, kaluga, declaration):
    old, _code = rich_case(operator, outcome=S.REJECTED)
    current, _code = rich_case(operator, outcome="in_review")
    account = signed_in("person-2")
    Application.objects.filter(pk__in=[old.pk, current.pk]).update(account=account)
    age(old, days=settings.RETENTION_DAYS_CLOSED + 1)

    purge_personal_data()

    assert not Application.objects.filter(pk=old.pk).exists()
    assert CandidateAccount.objects.get().applications.get() == current


def test_an_account_that_never_applied_goes_after_the_drafts_period(db):
    now = timezone.now()
    long_ago = now - datetime.timedelta(days=settings.RETENTION_DAYS_DRAFT + 1)
    idle = signed_in("person-3", last_signed_in_at=long_ago)
    recent = signed_in("person-4", last_signed_in_at=now - datetime.timedelta(days=1))

    purge_personal_data()

    assert list(CandidateAccount.objects.all()) == [recent]
    assert not get_user_model().objects.filter(pk=idle.user_id).exists()


def test_a_dry_run_or_a_single_case_leaves_idle_accounts_alone(db):
    signed_in("person-5", last_signed_in_at=timezone.now() - datetime.timedelta(days=999))

    purge_personal_data(dry_run=True)
    purge_personal_data(application_ids=[])

    assert CandidateAccount.objects.count() == 1
