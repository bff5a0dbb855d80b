"""The passport spelling of a name: ICAO Doc 9303 Part 3 tables, Hanyu Pinyin for Chinese."""

import pytest
from django.core.exceptions import ValidationError

from applications import rules
from applications.transliteration import latin_spelling


@pytest.mark.parametrize(
    ("name", "spelling"),
    [
        # Table A: the German umlauts and ß have their own spelling, other accents drop.
        ("Jürgen", "JUERGEN"),
        ("Müller", "MUELLER"),
        ("Groß", "GROSS"),
        ("Søren Ærø", "SOEREN AEROE"),
        ("José María", "JOSE MARIA"),
        ("Łukasz Ñúñez", "LUKASZ NUNEZ"),
        ("Dvořák", "DVORAK"),
        ("O'Brien", "OBRIEN"),
        ("Jean-Luc", "JEAN-LUC"),
        # Table B: Cyrillic.
        ("Иван", "IVAN"),
        ("Щербаков", "SHCHERBAKOV"),
        ("Фёдор", "FEDOR"),
        ("Юлия", "IULIIA"),
        ("Анна-Мария", "ANNA-MARIIA"),
        ("Подъячев", "PODIEIACHEV"),
        ("Ігор", "IGOR"),
        # Table C: Arabic, consonants only as in the ICAO example (محمد → MXHMD).
        ("محمد", "MXHMD"),
        ("فاطمة", "FAXTTMXAH"),
        # Chinese: Hanyu Pinyin, the syllables of one name joined; ü is YU.
        ("李", "LI"),
        ("小龙", "XIAOLONG"),
        ("吕", "LYU"),
    ],
)
def test_a_name_is_spelled_as_in_the_passport(name, spelling):
    assert latin_spelling(name) == spelling


@pytest.mark.parametrize("name", ["さくら", "Ωμέγα", "김"])
def test_a_script_without_a_rule_has_no_derived_spelling(name):
    assert latin_spelling(name) is None


def test_extra_spaces_are_collapsed():
    assert latin_spelling("  Anna   Maria ") == "ANNA MARIA"


def test_passport_spelling_keeps_what_the_candidate_typed():
    spelled = rules.passport_spelling(
        first_name="Jürgen", last_name="Müller", first_name_latin="Jurgen", last_name_latin=""
    )

    assert spelled == {"first_name_latin": "Jurgen", "last_name_latin": "MUELLER"}


def test_passport_spelling_names_the_field_it_cannot_derive():
    with pytest.raises(ValidationError) as raised:
        rules.passport_spelling(first_name="さくら", last_name="Tanaka")

    assert set(raised.value.message_dict) == {"first_name_latin"}


@pytest.mark.parametrize("name", ["Jürgen", "Иван", "李", "محمد", "Anne-Marie", "D'Arcy", "J."])
def test_names_in_any_script_are_valid(name):
    rules.validate_person_name(name)


@pytest.mark.parametrize("name", ["R2D2", "<b>", "a@b", "---", "", "Anna\x00"])
def test_names_with_digits_symbols_or_no_letter_are_invalid(name):
    with pytest.raises(ValidationError):
        rules.validate_person_name(name)


@pytest.mark.parametrize(
    ("signature", "matches"),
    [("jürgen müller", True), ("  JÜRGEN   MÜLLER ", True), ("Juergen Mueller", False)],
)
def test_the_signature_is_the_names_as_typed_ignoring_case(signature, matches):
    errors = rules.declaration_errors(
        declaration_accepted=True,
        signature_name=signature,
        consent_given=True,
        first_name="Jürgen",
        last_name="Müller",
    )

    assert ("signature_name" in errors) is not matches


def test_declaration_errors_name_every_missing_part():
    errors = rules.declaration_errors(
        declaration_accepted=False,
        signature_name="",
        consent_given=False,
        first_name="李",
        last_name="小龙",
    )

    assert set(errors) == {"values_declaration_accepted", "signature_name", "personal_data_consent"}
