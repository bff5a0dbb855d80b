import pytest
from django.conf import settings

from portal.publishing import PublicationStatus
from portal.roles import Role, staff_ensure
from tests.factories import RegionFactory, SupportMeasureFactory

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


@pytest.fixture
def draft_region(db):
    return RegionFactory(
        code="RU-TVE", name_en="Tver Region", publication_status=PublicationStatus.DRAFT
    )


@pytest.fixture
def kaluga_measure(kaluga):
    return SupportMeasureFactory(
        region=kaluga, slug="klu-housing-help", title_en="Kaluga housing help"
    )


@pytest.fixture
def moscow_measure(moscow):
    return SupportMeasureFactory(
        region=moscow, slug="mow-language-courses", title_en="Moscow language courses"
    )


@pytest.fixture
def kaluga_editor(kaluga):
    user, _created = staff_ensure(
        username="editor-kaluga", role=Role.REGIONAL_EDITOR, password="pw", region_codes=["RU-KLU"]
    )
    return user


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("root", "root@example.org", "pw")
