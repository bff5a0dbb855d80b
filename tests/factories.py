"""factory_boy factories for the project's models."""

import factory

from portal.publishing import PublicationStatus
from regions.models import FederalDistrict, Region


class RegionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Region
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"RU-{chr(65 + n // 26 % 26)}{chr(65 + n % 26)}Z")
    name_en = factory.Sequence(lambda n: f"Region {n}")
    name_ru = factory.Sequence(lambda n: f"Регион {n}")
    federal_district = FederalDistrict.CENTRAL
    publication_status = PublicationStatus.PUBLISHED
