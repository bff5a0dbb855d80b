"""Dates, numbers and sums of money are written the way each language writes them."""

import datetime
from decimal import Decimal

import pytest
from django.template import Context, Template
from django.utils import formats, translation

from portal.money import format_money
from tests.applications.steps import ABOUT, fill_in
from tests.factories import LegalDocumentFactory

NBSP, NNBSP = "\u00a0", "\u202f"
SIGNED = datetime.datetime(2024, 11, 21, 14, 30)
DATES = {
    "en": ("21 November 2024", "21 November 2024, 14:30", "November 2024"),
    "ru": ("21 ноября 2024 г.", "21 ноября 2024 г. 14:30", "Ноябрь 2024 г."),
    "de": ("21. November 2024", "21. November 2024 14:30", "November 2024"),
    "fr": ("21 novembre 2024", "21 novembre 2024 14:30", "novembre 2024"),
    "es": ("21 de noviembre de 2024", "21 de noviembre de 2024 a las 14:30", "noviembre de 2024"),
    "it": ("21 novembre 2024", "21 novembre 2024, 14:30", "novembre 2024"),
}
FILE_SIZES = {
    "en": "1.5 KB",
    "ru": "1,5 КБ",
    "de": "1,5 KB",
    "fr": "1,5 Kio",
    "es": "1,5 KB",
    "it": "1,5 KB",
}
MONEY = {
    "en": ("€250,000", f"RUB{NBSP}50,000,000"),
    "ru": (f"250{NBSP}000{NBSP}€", f"50{NBSP}000{NBSP}000{NBSP}₽"),
    "de": (f"250.000{NBSP}€", f"50.000.000{NBSP}RUB"),
    "fr": (f"250{NNBSP}000{NBSP}€", f"50{NNBSP}000{NNBSP}000{NBSP}RUB"),
    "es": (f"250.000{NBSP}€", f"50.000.000{NBSP}RUB"),
    "it": (f"250.000{NBSP}€", f"50.000.000{NBSP}RUB"),
}


@pytest.mark.parametrize("language", DATES)
def test_dates_read_naturally_in_each_language(language):
    with translation.override(language):
        written = tuple(
            formats.date_format(SIGNED, name)
            for name in ("DATE_FORMAT", "DATETIME_FORMAT", "YEAR_MONTH_FORMAT")
        )

    assert written == DATES[language]


@pytest.mark.parametrize("language", ["en", "it"])
def test_a_single_digit_day_has_no_leading_zero(language):
    with translation.override(language):
        assert formats.date_format(datetime.date(2024, 3, 5), "DATE_FORMAT").startswith("5 ")


@pytest.mark.django_db
@pytest.mark.parametrize("language", DATES)
def test_document_page_shows_its_date_in_the_readers_language(client, language):
    LegalDocumentFactory(slug="instruction", signed_on=SIGNED.date())

    page = client.get(f"/{language}/legal/instruction/").text

    assert f'<time datetime="2024-11-21">{DATES[language][0]}</time>' in page


@pytest.mark.parametrize("language", FILE_SIZES)
def test_file_sizes_use_the_languages_decimal_separator(language):
    with translation.override(language):
        written = Template("{{ size|filesizeformat }}").render(Context({"size": 1536}))

    assert written.replace(NBSP, " ") == FILE_SIZES[language]


@pytest.mark.parametrize("language", MONEY)
def test_sums_of_money_are_written_the_languages_way(language):
    written = (
        format_money(Decimal("250000"), "EUR", language),
        format_money(Decimal("50000000"), "RUB", language),
    )

    assert written == MONEY[language]


@pytest.mark.django_db
def test_review_shows_the_planned_investment_as_one_sum_in_the_readers_language(client):
    fill_in(client, 1, ABOUT, language="ru")
    investor = {
        "category": "investor",
        "evidence_for": "investor",
        "evidence-planned_investment": "50000000",
        "evidence-currency": "RUB",
        "evidence-sector": "Agriculture",
    }
    assert fill_in(client, 2, investor, language="ru").status_code == 302

    review = client.get("/ru/apply/step/7/").text

    assert f"<dd>50{NBSP}000{NBSP}000{NBSP}₽</dd>" in review
    assert "<dt>Валюта</dt>" not in review
