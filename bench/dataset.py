"""The benchmark dataset: many realistic cases and much content, written with PostgreSQL COPY.

Everything it writes is marked so it can be told apart and removed: candidates' emails end in
@bench.invalid, content slugs start with "bench-", its regions' codes with "RU-Q" (no real
ISO 3166-2 code does), its operators' usernames with "bench-operator-". Rows go in through COPY
(no model save, no signals), so the page cache is invalidated once at the end.
"""

import random
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db import connection, models, transaction
from django.utils import timezone
from psycopg.types.json import Jsonb

from portal.categories import Category
from portal.publishing import PublicationStatus

BENCH_EMAIL_DOMAIN = "bench.invalid"
BENCH_SLUG_PREFIX = "bench-"
BENCH_REGION_PREFIX = "RU-Q"
BENCH_OPERATOR_PREFIX = "bench-operator-"
# Every bench case opens with this access code (one hash: hashing 100 000 codes takes hours).
BENCH_ACCESS_CODE = "BNCH-BNCH-BNCH"
PUBLISHED_SHARE = 0.95

PUBLISHED = PublicationStatus.PUBLISHED
DRAFT = PublicationStatus.DRAFT


@dataclass(frozen=True)
class BenchSize:
    applications: int = 100_000
    faqs: int = 500
    stories: int = 1_000
    measures: int = 2_000
    regions: int = 40


# ---- COPY


def copy_rows(model: type[models.Model], rows: Iterable[dict], *, with_pk: bool = False) -> int:
    """COPY `rows` (dicts by attname) into the model's table; unset fields get their defaults."""
    fields = [field for field in model._meta.concrete_fields if with_pk or not field.primary_key]
    quote = connection.ops.quote_name
    columns = ", ".join(quote(field.column) for field in fields)
    defaults = [_default_for(field) for field in fields]
    json_columns = [isinstance(field, models.JSONField) for field in fields]
    sql = f"COPY {quote(model._meta.db_table)} ({columns}) FROM STDIN"
    written = 0
    with connection.cursor() as cursor, cursor.cursor.copy(sql) as copy:
        for row in rows:
            values = []
            for field, default, is_json in zip(fields, defaults, json_columns, strict=True):
                value = row[field.attname] if field.attname in row else default()
                values.append(Jsonb(value) if is_json and value is not None else value)
            copy.write_row(values)
            written += 1
    return written


def _default_for(field) -> Callable:
    if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
        return timezone.now
    return field.get_default


def _reserve_ids(model: type[models.Model], count: int) -> list[int]:
    """Take `count` primary keys from the table's sequence, for rows that children point at."""
    table = model._meta.db_table
    column = model._meta.pk.column
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
            [table, column, count],
        )
        return [row[0] for row in cursor.fetchall()]


# ---- Clearing


def _delete_where(model: type[models.Model], where: str, params: list) -> int:
    """DELETE the rows matching `where`, and first everything that points at them."""
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    selected = f"SELECT {quote(model._meta.pk.column)} FROM {table} WHERE {where}"  # noqa: S608
    for relation in model._meta.related_objects:
        if relation.many_to_many or not relation.field.concrete:
            continue
        _delete_where(
            relation.related_model, f"{quote(relation.field.column)} IN ({selected})", params
        )
    for field in model._meta.many_to_many:
        through = field.remote_field.through
        column = field.m2m_column_name()
        _delete_where(through, f"{quote(column)} IN ({selected})", params)
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {table} WHERE {where}", params)  # noqa: S608 - our SQL
        return cursor.rowcount


def bench_clear() -> dict[str, int]:
    """Remove every row a previous bench_seed wrote (its operators stay); returns the counts."""
    from applications.models import Application
    from content.models import Faq, FaqTopic, SuccessStory
    from regions.models import Region, SupportMeasure

    slug = [f"{BENCH_SLUG_PREFIX}%"]
    with transaction.atomic():
        removed = {
            "applications": _delete_where(
                Application, "email LIKE %s", [f"%@{BENCH_EMAIL_DOMAIN}"]
            ),
            "faqs": _delete_where(Faq, "question LIKE %s", ["[bench]%"]),
            "stories": _delete_where(SuccessStory, "slug LIKE %s", slug),
            "measures": _delete_where(SupportMeasure, "slug LIKE %s", slug),
        }
        removed["faq_topics"] = _delete_where(FaqTopic, "slug LIKE %s", slug)
        removed["regions"] = _delete_where(Region, "code LIKE %s", [f"{BENCH_REGION_PREFIX}%"])
        _reference_counters_reset()
    _invalidate_pages()
    return removed


# ---- Seeding


def bench_seed(*, size: BenchSize, seed: int = 2026) -> dict[str, int]:
    """Clear the previous bench set and write a new one of `size`; returns the counts."""
    from portal.seeding import seed_demo
    from regions.models import Region

    if not Region.objects.published().exists():
        seed_demo()  # the real regions, the declaration and the demo content come first
    bench_clear()
    rng = random.Random(seed)  # noqa: S311 - repeatable fake data, not secrets
    with transaction.atomic():
        counts = {"regions": _seed_regions(rng, size.regions)}
        counts["faqs"] = _seed_faqs(rng, size.faqs)
        counts["stories"] = _seed_stories(rng, size.stories)
        counts["measures"] = _seed_measures(rng, size.measures)
        counts.update(_seed_applications(rng, size.applications))
    _analyze()
    _invalidate_pages()
    return counts


def _invalidate_pages() -> None:
    from portal.page_cache import invalidate

    invalidate()


def _analyze() -> None:
    # What autovacuum does on a live system: reclaim the rows the previous set left dead and
    # refresh the planner's statistics. Servers run without it (as here) otherwise grow a
    # little slower with every run, and runs stop being comparable.
    # VACUUM cannot run inside a transaction: a caller in one (a test) gets the statistics.
    statement = "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"
    with connection.cursor() as cursor:
        cursor.execute(statement)


def _published(rng: random.Random) -> str:
    return PUBLISHED if rng.random() < PUBLISHED_SHARE else DRAFT


def _public_regions() -> list:
    from regions.models import Region

    return list(Region.objects.published().values_list("pk", "code", "is_pilot"))


# ---- Content


def _words(text: str) -> list[str]:
    return text.split()


LOREM = _words(
    "Impatriates receive help with housing, schooling and work. The regional office answers "
    "questions by phone and email and meets newcomers in person. Documents are accepted in "
    "Russian or with a certified translation."
)
LOREM_RU = _words(
    "Импатриантам помогают с жильём, школой и работой. Региональный офис отвечает на вопросы "
    "по телефону и почте и встречает новичков лично. Документы принимаются на русском языке "
    "или с заверенным переводом."
)


def _sentence(rng: random.Random, words: list[str], length: int) -> str:
    chosen = " ".join(rng.choice(words) for _i in range(length))
    return chosen[:1].upper() + chosen[1:] + "."


def _markdown(rng: random.Random, words: list[str], paragraphs: int) -> str:
    parts = [" ".join(_sentence(rng, words, 12) for _i in range(3)) for _p in range(paragraphs)]
    items = "\n".join(f"- **{rng.choice(words)}** {_sentence(rng, words, 6)}" for _i in range(3))
    return "\n\n".join([*parts, items])


def _translated(field: str, en: str, ru: str) -> dict:
    # modeltranslation keeps the untranslated column equal to the default language (English).
    return {field: en, f"{field}_en": en, f"{field}_ru": ru}


def _seed_regions(rng: random.Random, count: int) -> int:
    from regions.models import FederalDistrict, Region

    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    now = timezone.now()
    rows = (
        {
            "code": f"{BENCH_REGION_PREFIX}{letters[n // 26]}{letters[n % 26]}",
            **_translated("name", f"Bench region {n + 1}", f"Тестовый регион {n + 1}"),
            **_translated("description", _markdown(rng, LOREM, 2), _markdown(rng, LOREM_RU, 2)),
            "federal_district": rng.choice(FederalDistrict.values),
            "priority_categories": rng.sample(Category.values, 2),
            "publication_status": PUBLISHED,
            "published_at": now,
        }
        for n in range(count)
    )
    return copy_rows(Region, rows)


def _seed_faqs(rng: random.Random, count: int) -> int:
    from content.models import Faq, FaqTopic

    topics = max(1, count // 50)
    copy_rows(
        FaqTopic,
        (
            {
                "slug": f"{BENCH_SLUG_PREFIX}topic-{n + 1}",
                **_translated("title", f"Bench topic {n + 1}", f"Тестовая тема {n + 1}"),
                "order": 100 + n,
            }
            for n in range(topics)
        ),
    )
    topic_ids = list(
        FaqTopic.objects.filter(slug__startswith=BENCH_SLUG_PREFIX).values_list("pk", flat=True)
    )
    now = timezone.now()
    rows = (
        {
            "topic_id": topic_ids[n % len(topic_ids)],
            # The question marks bench FAQs: they have no slug of their own.
            **_translated(
                "question",
                f"[bench] {_sentence(rng, LOREM, 8)[:-1]}?",
                f"[bench] {_sentence(rng, LOREM_RU, 8)[:-1]}?",
            ),
            **_translated("answer", _markdown(rng, LOREM, 2), _markdown(rng, LOREM_RU, 2)),
            "order": n // len(topic_ids),
            "publication_status": (status := _published(rng)),
            "published_at": now if status == PUBLISHED else None,
        }
        for n in range(count)
    )
    return copy_rows(Faq, rows)


COUNTRIES = _words(
    "DE FR IT ES US GB CA RS BY KZ UZ AM TR IN CN BR AR MX ZA EG VN TH ID NL BE AT CH PL CZ FI"
)
COUNTRY_WEIGHTS = [9, 7, 7, 6, 8, 4, 3, 6, 8, 8, 6, 4, 4, 5, 4, 2, 1, 1, 1, 1, 1, 1, 1, 2, 1, 2]
COUNTRY_WEIGHTS += [1] * (len(COUNTRIES) - len(COUNTRY_WEIGHTS))


def _seed_stories(rng: random.Random, count: int) -> int:
    from content.models import SuccessStory

    regions = [pk for pk, _code, _pilot in _public_regions()]
    now = timezone.now()
    rows = (
        {
            "slug": f"{BENCH_SLUG_PREFIX}story-{n + 1}",
            **_translated("display_name", f"Bench story {n + 1}", f"Тестовая история {n + 1}"),
            "country": rng.choices(COUNTRIES, COUNTRY_WEIGHTS)[0],
            "category": rng.choice(Category.values),
            "region_id": rng.choice(regions),
            "year_of_relocation": rng.randint(2019, 2026),
            **_translated("quote", _sentence(rng, LOREM, 14), _sentence(rng, LOREM_RU, 14)),
            **_translated("body", _markdown(rng, LOREM, 4), _markdown(rng, LOREM_RU, 4)),
            **_translated("photo_alt", "", ""),
            "is_sample": True,
            "publication_status": (status := _published(rng)),
            "published_at": now if status == PUBLISHED else None,
        }
        for n in range(count)
    )
    return copy_rows(SuccessStory, rows)


def _seed_measures(rng: random.Random, count: int) -> int:
    from regions.models import Audience, MeasureKind, SupportMeasure

    regions = [pk for pk, _code, _pilot in _public_regions()]
    today = timezone.localdate()
    now = timezone.now()

    def row(n: int) -> dict:
        dated = rng.random() < 0.3
        return {
            "region_id": regions[n % len(regions)],
            "slug": f"{BENCH_SLUG_PREFIX}measure-{n + 1}",
            **_translated("title", f"Bench measure {n + 1}", f"Тестовая мера {n + 1}"),
            **_translated("summary", _sentence(rng, LOREM, 16), _sentence(rng, LOREM_RU, 16)),
            **_translated("body", _markdown(rng, LOREM, 2), _markdown(rng, LOREM_RU, 2)),
            **_translated("benefit", _sentence(rng, LOREM, 10), _sentence(rng, LOREM_RU, 10)),
            **_translated("how_to_apply", _sentence(rng, LOREM, 10), _sentence(rng, LOREM_RU, 10)),
            "audience": rng.choice(Audience.values),
            "kind": rng.choice(MeasureKind.values),
            "eligible_categories": rng.sample(Category.values, rng.choice([0, 0, 1, 2, 3])),
            "valid_from": today - timedelta(days=rng.randint(30, 700)) if dated else None,
            "valid_to": today + timedelta(days=rng.randint(-60, 900)) if dated else None,
            "is_sample": True,
            "publication_status": (status := _published(rng)),
            "published_at": now if status == PUBLISHED else None,
        }

    return copy_rows(SupportMeasure, (row(n) for n in range(count)))


# ---- Cases

# (status, share of the cases, the path of statuses that led there after the draft)
STATUS_PATHS = [
    ("draft", 0.10, []),
    ("submitted", 0.15, ["submitted"]),
    ("in_review", 0.18, ["submitted", "in_review"]),
    ("info_requested", 0.06, ["submitted", "in_review", "info_requested"]),
    ("interview_scheduled", 0.05, ["submitted", "in_review", "interview_scheduled"]),
    ("approved", 0.03, ["submitted", "in_review", "approved"]),
    ("rejected", 0.10, ["submitted", "in_review", "rejected"]),
    ("sent_to_mvd", 0.08, ["submitted", "in_review", "approved", "sent_to_mvd"]),
    (
        "status_granted",
        0.15,
        ["submitted", "in_review", "approved", "sent_to_mvd", "status_granted"],
    ),
    (
        "status_refused",
        0.03,
        ["submitted", "in_review", "approved", "sent_to_mvd", "status_refused"],
    ),
    ("withdrawn", 0.07, ["submitted", "withdrawn"]),
]
ACTOR_OF = {
    "submitted": "candidate",
    "withdrawn": "candidate",
    "sent_to_mvd": "worker",
    "status_granted": "mvd",
    "status_refused": "mvd",
}
CATEGORY_WEIGHTS = {
    "qualified_professional": 30,
    "scientist": 12,
    "investor": 6,
    "entrepreneur": 12,
    "creative_professional": 10,
    "student_graduate": 22,
    "outstanding_talent": 8,
}
FIRST_NAMES = _words("Anna Marco Lena Pierre Maria John Ivan Sofia Ahmed Chen Elena Luca Nina Omar")
LAST_NAMES = _words(
    "Schmidt Rossi Dubois Garcia Smith Petrovic Novak Kumar Wang Silva Meyer Ivanova Rahimov"
)


def _bench_operators() -> list[int]:
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from portal.roles import GROUP_NAMES, Role

    group, _created = Group.objects.get_or_create(name=GROUP_NAMES[Role.OPERATOR])
    ids = []
    for n in range(1, 4):
        user, created = get_user_model().objects.get_or_create(
            username=f"{BENCH_OPERATOR_PREFIX}{n}", defaults={"is_staff": True}
        )
        if created:
            user.set_unusable_password()
            user.save(update_fields=["password"])
        user.groups.add(group)
        ids.append(user.pk)
    return ids


def _seed_applications(rng: random.Random, count: int) -> dict[str, int]:
    from applications.access_codes import access_code_hash
    from applications.forwarding.models import Delivery
    from applications.models import (
        Application,
        ApplicationRegion,
        DeclarationVersion,
        FamilyMember,
        RejectionReason,
        StatusChange,
    )

    if count <= 0:
        return {"applications": 0}
    declaration = DeclarationVersion.objects.current()
    code_hash = access_code_hash(BENCH_ACCESS_CODE)
    operators = _bench_operators()
    regions = _public_regions()
    region_weights = [5 if pilot else 1 for _pk, _code, pilot in regions]
    region_ids = [pk for pk, _code, _pilot in regions]
    statuses = [(status, path) for status, _share, path in STATUS_PATHS]
    shares = [share for _status, share, _path in STATUS_PATHS]
    categories, category_weights = zip(*CATEGORY_WEIGHTS.items(), strict=True)
    now = timezone.now()
    ids = _reserve_ids(Application, count)
    numbers: dict[int, int] = _reference_numbers_start()

    cases, choices, family, history, deliveries = [], [], [], [], []
    for application_id in ids:
        status, path = rng.choices(statuses, shares)[0]
        submitted_at = None if not path else now - timedelta(minutes=rng.randint(60, 730 * 1440))
        created_at = (submitted_at or now - timedelta(days=rng.randint(0, 60))) - timedelta(
            minutes=rng.randint(5, 14 * 1440)
        )
        reference = None
        if submitted_at is not None:
            year = timezone.localtime(submitted_at).year
            numbers[year] = numbers.get(year, 0) + 1
            reference = f"TLR-{year}-{numbers[year]:06d}"
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        citizenship = rng.choices(COUNTRIES, COUNTRY_WEIGHTS)[0]
        category = rng.choices(categories, category_weights)[0]
        cases.append(
            {
                "id": application_id,
                "uuid": uuid.UUID(int=rng.getrandbits(128), version=4),
                "reference": reference,
                "status": status,
                "version": len(path) + 1,
                "access_code_hash": code_hash if reference else "",
                "first_name": first,
                "last_name": last,
                "date_of_birth": date(1960, 1, 1) + timedelta(days=rng.randint(0, 16000)),
                "citizenship": citizenship,
                "country_of_residence": citizenship if rng.random() < 0.8 else "AE",
                "email": f"case{application_id}@{BENCH_EMAIL_DOMAIN}",
                "phone": f"+49 30 {rng.randint(1000000, 9999999)}",
                "preferred_language": rng.choice(["en", "en", "ru", "de", "fr", "es", "it"]),
                "occupation": rng.choice(["Engineer", "Teacher", "Physicist", "Designer", "Chef"]),
                "category": category,
                "category_details": {"field": "Physics", "summary": _sentence(rng, LOREM, 10)},
                "russian_level": rng.choice(["none", "a1", "a2", "b1", "b2", "c1", "c2"]),
                "timeline": rng.choice(["within_6_months", "within_1_year", "undecided"]),
                "support_wanted": rng.sample(["housing", "language", "school", "job"], 2),
                "declaration_version_id": declaration.pk if declaration else None,
                "declaration_language": "en",
                "declaration_accepted_at": created_at,
                "declaration_ip": "192.0.2.10",
                "declaration_user_agent": "bench",
                "signature_name": f"{first} {last}",
                "personal_data_consent_at": created_at,
                "assigned_operator_id": (
                    rng.choice(operators)
                    if status in ("in_review", "info_requested", "interview_scheduled")
                    else None
                ),
                "rejection_reason": (
                    rng.choice(RejectionReason.values) if status == "rejected" else ""
                ),
                "submitted_at": submitted_at,
                "created_at": created_at,
                "updated_at": submitted_at or created_at,
            }
        )
        for position, region_id in enumerate(
            dict.fromkeys(rng.choices(region_ids, region_weights, k=rng.randint(1, 3))), start=1
        ):
            choices.append(
                {"application_id": application_id, "region_id": region_id, "position": position}
            )
        family.extend(_family(rng, application_id, last))
        at, before = submitted_at, "draft"
        for after in path:
            history.append(
                {
                    "application_id": application_id,
                    "from_status": before,
                    "to_status": after,
                    "actor_label": ACTOR_OF.get(after, "operator"),
                    "note": "",
                    "at": at,
                    "notified_at": at,
                }
            )
            if after == "sent_to_mvd":
                deliveries.append(_delivery(application_id, at))
            at = min(at + timedelta(minutes=rng.randint(30, 20 * 1440)), now)
            before = after
    counts = {
        "applications": copy_rows(Application, cases, with_pk=True),
        "preferred_regions": copy_rows(ApplicationRegion, choices),
        "family_members": copy_rows(FamilyMember, family),
        "status_changes": copy_rows(StatusChange, history),
        "deliveries": copy_rows(Delivery, deliveries),
    }
    _reference_counters_save(numbers)
    return counts


def _family(rng: random.Random, application_id: int, last_name: str) -> list[dict]:
    relations = ["spouse"] if rng.random() < 0.45 else []
    relations += ["child"] * rng.choices([0, 1, 2, 3], [50, 25, 18, 7])[0]
    return [
        {
            "application_id": application_id,
            "relation": relation,
            "first_name": rng.choice(FIRST_NAMES),
            "last_name": last_name,
            "date_of_birth": date(1965, 1, 1)
            + timedelta(days=rng.randint(0, 15000 if relation == "spouse" else 21000)),
            "citizenship": rng.choice(COUNTRIES),
        }
        for relation in relations
    ]


def _delivery(application_id: int, at: datetime) -> dict:
    external_id = f"MVD-BENCH-{application_id}"
    return {
        "application_id": application_id,
        "target": "mvd_case",
        "idempotency_key": uuid.uuid4(),
        "state": "delivered",
        "attempts": 1,
        "last_status_code": 202,
        "response": {"external_id": external_id, "status": "received"},
        "external_id": external_id,
        "delivered_at": at,
        "created_at": at,
        "updated_at": at,
    }


# ---- Reference numbers: bench cases take numbers after the real ones, and give them back


def _reference_numbers_start() -> dict[int, int]:
    from applications.models import ReferenceCounter

    return dict(ReferenceCounter.objects.values_list("year", "last_number"))


def _reference_counters_save(numbers: dict[int, int]) -> None:
    from applications.models import ReferenceCounter

    for year, last_number in numbers.items():
        ReferenceCounter.objects.update_or_create(year=year, defaults={"last_number": last_number})


def _reference_counters_reset() -> None:
    """Each year's counter back to the highest reference still in use (none: zero)."""
    with connection.cursor() as cursor:
        cursor.execute(
            """
            UPDATE applications_referencecounter AS counter
            SET last_number = COALESCE((
                SELECT max(substring(reference FROM 10)::int)
                FROM applications_application
                WHERE reference LIKE 'TLR-' || counter.year || '-%'
            ), 0)
            """
        )
