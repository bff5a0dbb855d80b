"""The interface catalogues: complete, not fuzzy, placeholders as in the source, Russian plurals
in three forms, and every translatable string of the source present."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings
from django.core.management import call_command

LOCALE = Path(settings.BASE_DIR) / "locale"
TRANSLATED = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
PLURAL_FORMS = {"ru": 3, "de": 2, "fr": 2, "es": 2, "it": 2}
# Python's %-placeholders (templates' {{ variables }} become %(name)s in the catalogue) and
# str.format fields; a literal "%%" is not one.
PLACEHOLDER = re.compile(r"%\([a-zA-Z_0-9]+\)[sdifr]|%[sdif]|\{[a-zA-Z_0-9]*\}")
NOT_SOURCE = {"locale", "var", ".venv", "tests", "bench"}


def catalogue(language: str, path: Path | None = None):
    path = path or LOCALE / language / "LC_MESSAGES" / "django.po"
    with path.open("rb") as po:
        return read_po(po, locale=language)


def entries(language: str) -> list:
    return [message for message in catalogue(language) if message.id]


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text.replace("%%", "")))


def forms_of(message) -> tuple:
    return message.string if isinstance(message.string, tuple) else (message.string,)


def key(message) -> tuple:
    return (message.context, message.id if isinstance(message.id, str) else message.id[0])


@pytest.mark.parametrize("language", TRANSLATED)
def test_catalogue_has_no_untranslated_entry(language):
    untranslated = [key(m) for m in entries(language) if not all(forms_of(m))]

    assert untranslated == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_catalogue_has_no_fuzzy_entry(language):
    assert [key(m) for m in entries(language) if m.fuzzy] == []
    assert not catalogue(language).fuzzy


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_the_placeholders_of_the_source(language):
    mismatched = []
    for message in entries(language):
        if message.pluralizable:
            singular, plural = message.id
            # Every form may stand for several numbers (Russian "1" also serves 21, 31…), so
            # each carries the plural's placeholders; the "one" form may follow the singular.
            allowed = [placeholders(plural), placeholders(singular)]
            wrong = [form for form in message.string if placeholders(form) not in allowed]
            wrong += [
                form for form in message.string[1:] if placeholders(form) != placeholders(plural)
            ]
        else:
            wrong = [] if placeholders(message.string) == placeholders(message.id) else [1]
        if wrong:
            mismatched.append(key(message))

    assert mismatched == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_plural_entries_have_every_form_of_the_language(language):
    expected = PLURAL_FORMS[language]
    plurals = [m for m in entries(language) if m.pluralizable]

    assert catalogue(language).num_plurals == expected
    assert [key(m) for m in plurals if len(m.string) != expected] == []
    assert plurals, "the catalogue should hold the plural messages of the interface"


def test_every_language_translates_the_same_messages():
    english_ids = {key(m) for m in entries("ru")}

    for language in TRANSLATED:
        assert {key(m) for m in entries(language)} == english_ids, language


@pytest.mark.skipif(
    shutil.which("xgettext") is None, reason="needs GNU gettext (apt-get install gettext)"
)
def test_every_translatable_string_of_the_source_is_in_the_catalogues(
    tmp_path, settings, monkeypatch
):
    # makemessages writes into the project's locale/ when it runs in the project: run it in
    # a tree of links to the sources instead, with its output in a temporary folder.
    tree, output = tmp_path / "tree", tmp_path / "locale"
    tree.mkdir()
    output.mkdir()
    for child in Path(settings.BASE_DIR).iterdir():
        if child.name not in NOT_SOURCE and not child.name.startswith("."):
            (tree / child.name).symlink_to(child)
    settings.LOCALE_PATHS = [str(output)]
    monkeypatch.chdir(tree)

    call_command("makemessages", locale=["ru"], symlinks=True, verbosity=0)

    translated = {key(m) for m in entries("ru")}
    source = [m for m in catalogue("ru", output / "ru" / "LC_MESSAGES" / "django.po") if m.id]
    missing = [f"{m.locations[0][0]}: {key(m)[1]}" for m in source if key(m) not in translated]
    assert sorted(missing) == []


@pytest.mark.skipif(
    shutil.which("msgfmt") is None, reason="needs GNU gettext (apt-get install gettext)"
)
@pytest.mark.parametrize("language", TRANSLATED)
def test_catalogue_passes_msgfmt_check(language, tmp_path):
    """`msgfmt -c` refuses, among others, a plural form that drops the number's placeholder."""
    path = LOCALE / language / "LC_MESSAGES" / "django.po"

    result = subprocess.run(
        ["msgfmt", "-c", "-o", str(tmp_path / "django.mo"), str(path)],
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 0, result.stderr
