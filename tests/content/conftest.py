import pytest
from django.conf import settings
from django.utils import translation

from portal.publishing import PublicationStatus

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
def staff_client(client, django_user_model):
    user = django_user_model.objects.create_user("staff", password="pw", is_staff=True)
    client.force_login(user)
    return client
