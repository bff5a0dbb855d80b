"""Sums of money written the reader's way: "€250,000" in English, "250 000 €" in French."""

import re
from decimal import Decimal

from babel import Locale
from babel.numbers import format_currency
from django.utils.translation import get_language, to_locale

# The portal's English is British: "US$250,000", "RUB 50,000,000".
LOCALES = {"en": "en_GB"}
# CLDR's currency spacing, which Babel leaves out: "RUB 50,000", not "RUB50,000".
CODE_AGAINST_DIGIT = re.compile(r"(?<=[A-Z]{3})(?=\d)|(?<=\d)(?=[A-Z]{3})")


def format_money(amount: Decimal, currency: str, language: str | None = None) -> str:
    """`amount` in `currency` (ISO 4217), whole units, in the reader's language."""
    language = language or get_language()
    locale = Locale.parse(LOCALES.get(language, to_locale(language)))
    # The locale's own pattern (symbol before or after, grouping) without the cents: the sums
    # candidates give are whole amounts, often millions.
    pattern = locale.currency_formats["standard"].pattern.replace(".00", "")
    text = format_currency(amount, currency, format=pattern, locale=locale, currency_digits=False)
    return CODE_AGAINST_DIGIT.sub("\u00a0", text)
