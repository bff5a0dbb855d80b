"""The demo content is data for editors and translators: one YAML file per item, outside the
runtime packages, each translated field holding the site's languages side by side."""

import importlib.util
from pathlib import Path

import pytest
import yaml
from django.conf import settings

from portal.seeding import SEEDERS, demo_items

DEMO_DATA = Path(settings.DEMO_DATA_DIR)
LANGUAGES = {code for code, _name in settings.LANGUAGES}
FILES = sorted(DEMO_DATA.rglob("*.yaml"))


def translated_fields(item: dict) -> dict[str, dict]:
    return {
        field: value
        for field, value in item.items()
        if isinstance(value, dict) and value and set(value) <= LANGUAGES | {"en", "ru"}
    }


def test_demo_data_lives_outside_the_runtime_packages():
    packages = ["portal", "content", "regions", "applications", "ministries"]

    assert all(not DEMO_DATA.is_relative_to(Path(settings.BASE_DIR) / p) for p in packages)
    assert importlib.util.find_spec("portal.demo") is None
    assert importlib.util.find_spec("portal.bench_data") is None


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(DEMO_DATA)))
def test_every_demo_file_is_one_item_with_english_and_russian_in_known_languages(path):
    item = yaml.safe_load(path.read_text(encoding="utf-8"))

    fields = translated_fields(item)
    assert isinstance(item, dict)
    assert fields, "an item has at least one translated field"
    for field, values in fields.items():
        assert set(values) <= LANGUAGES, (field, set(values) - LANGUAGES)
        assert values.get("en") is not None, field
        assert values.get("ru") is not None, field


def test_every_seeded_kind_reads_its_own_folder():
    kinds = {path.parent.name for path in FILES}

    generated = {"demo_cases", "demo_history"}  # written by code, DEBUG only
    assert kinds == {name for name, _seeder in SEEDERS if name not in generated}
    assert all(demo_items(kind) for kind in kinds)
