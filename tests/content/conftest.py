import pytest
from django.conf import settings
from django.utils import translation

from portal.publishing import PublicationStatus
from portal.roles import Role, staff_ensure
from tests.factories import RegionFactory

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
DRAFT = PublicationStatus.DRAFT


def fallback_notice_text(page_language: str, shown_language: str) -> str:
    """The fallback notice exactly as a reader of `page_language` sees it."""
    with translation.override(page_language):
        name = translation.get_language_info(shown_language)["name_translated"]
        return translation.gettext(
            "This text is not yet available in your language. It is shown in %(language)s."
        ) % {"language": name}


@pytest.fixture
def kaluga(db):
    return RegionFactory(
        code="RU-KLU", name_en="Kaluga Region", name_ru="Калужская область", is_pilot=True
    )


@pytest.fixture
def moscow(db):
    return RegionFactory(code="RU-MOW", name_en="Moscow", name_ru="Москва", is_pilot=True)


@pytest.fixture
def content_editor(db):
    user, _created = staff_ensure(username="content", role=Role.CONTENT_EDITOR, password="pw")
    return user


@pytest.fixture
def staff_client(client, django_user_model):
    user = django_user_model.objects.create_user("staff", password="pw", is_staff=True)
    client.force_login(user)
    return client
