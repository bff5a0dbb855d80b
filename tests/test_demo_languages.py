"""The demo content a candidate reads first exists in every language of the site."""

import pytest
from django.conf import settings
from django.core.management import call_command

from applications.models import DeclarationVersion
from content.models import Faq, FaqTopic, InfoPage, JourneyStep, LegalDocument, SuccessStory
from regions.models import Region, SupportMeasure

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
TRANSLATED = [
    (FaqTopic, ["title"]),
    (Faq, ["question", "answer"]),
    (JourneyStep, ["title", "body", "who_helps"]),
    (InfoPage, ["title", "body"]),
    (Region, ["name", "description"]),
    (DeclarationVersion, ["text"]),
    (SuccessStory, ["display_name", "quote", "body"]),
    (SupportMeasure, ["title", "summary", "body", "benefit", "how_to_apply"]),
    (LegalDocument, ["title", "issued_by", "summary", "body"]),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("model", "fields"), TRANSLATED, ids=lambda v: getattr(v, "__name__", ""))
def test_seeded_demo_content_is_written_in_every_language(model, fields):
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115

    missing = [
        f"{obj.pk}.{field}_{code}"
        for obj in model.objects.all()
        for field in fields
        for code in LANGUAGE_CODES
        if not getattr(obj, f"{field}_{code}")
    ]
    assert model.objects.exists()
    assert missing == []
