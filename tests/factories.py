"""factory_boy factories for the project's models."""

import datetime

import factory
from django.utils import timezone

from applications.access_codes import access_code_hash
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


class SupportMeasureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "regions.SupportMeasure"

    region = factory.SubFactory(RegionFactory)
    slug = factory.Sequence(lambda n: f"measure-{n}")
    title_en = factory.Sequence(lambda n: f"Support measure {n}")
    title_ru = factory.Sequence(lambda n: f"Мера поддержки {n}")
    summary_en = "Help for newcomers."
    summary_ru = "Помощь новичкам."
    body_en = "Details of the measure."
    body_ru = "Подробности меры."
    audience = "impatriates"
    kind = "housing"
    publication_status = PublicationStatus.PUBLISHED


# ---- applications

TEST_ACCESS_CODE = "ABCD-EFGH-JKLM"


class DeclarationVersionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "applications.DeclarationVersion"
        django_get_or_create = ("version",)

    version = factory.Sequence(lambda n: f"test-{n}")
    text_en = "I share traditional Russian spiritual and moral values."
    text_ru = "Я разделяю традиционные российские духовно-нравственные ценности."
    text_de = "Ich teile die traditionellen russischen geistigen und moralischen Werte."


class ApplicationFactory(factory.django.DjangoModelFactory):
    """A complete, signed draft; pass status=… and reference=… for a case further along."""

    class Meta:
        model = "applications.Application"
        skip_postgeneration_save = True

    first_name = "Anna"
    last_name = "Schmidt"
    first_name_latin = "ANNA"
    last_name_latin = "SCHMIDT"
    date_of_birth = datetime.date(1990, 5, 17)
    citizenship = "DE"
    country_of_residence = "DE"
    email = factory.Sequence(lambda n: f"candidate{n}@example.org")
    preferred_language = "en"
    category = "scientist"
    category_details = factory.LazyFunction(
        lambda: {"field": "Physics", "degree": "phd", "affiliation": "TU Berlin"}
    )
    russian_level = "a2"
    timeline = "within_1_year"
    support_wanted = factory.LazyFunction(lambda: ["housing", "language"])
    declaration_version = factory.SubFactory(DeclarationVersionFactory, version="2025-1")
    declaration_language = "en"
    declaration_accepted_at = factory.LazyFunction(timezone.now)
    declaration_ip = "127.0.0.1"
    declaration_user_agent = "pytest"
    signature_name = "Anna Schmidt"
    personal_data_consent_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def regions(self, create, extracted, **kwargs):
        if not create:
            return
        from applications.models import ApplicationRegion

        for position, region in enumerate(extracted or [RegionFactory()], start=1):
            ApplicationRegion.objects.create(application=self, region=region, position=position)


class SubmittedApplicationFactory(ApplicationFactory):
    """A case past the draft stage whose access code is TEST_ACCESS_CODE."""

    reference = factory.Sequence(lambda n: f"TLR-2000-{n:06d}")
    status = "submitted"
    submitted_at = factory.LazyFunction(timezone.now)
    access_code_hash = factory.LazyFunction(lambda: access_code_hash(TEST_ACCESS_CODE))


class InformationRequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "applications.InformationRequest"

    application = factory.SubFactory(SubmittedApplicationFactory, status="info_requested")
    message = "Please upload your diploma."


# ---- content


class FaqTopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "content.FaqTopic"
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"topic-{n}")
    title_en = factory.Sequence(lambda n: f"Topic {n}")
    title_ru = factory.Sequence(lambda n: f"Тема {n}")
    order = factory.Sequence(lambda n: n)


class FaqFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "content.Faq"

    topic = factory.SubFactory(FaqTopicFactory)
    question_en = factory.Sequence(lambda n: f"Question {n}?")
    question_ru = factory.Sequence(lambda n: f"Вопрос {n}?")
    answer_en = "The answer."
    answer_ru = "Ответ."
    order = factory.Sequence(lambda n: n)
    publication_status = PublicationStatus.PUBLISHED


class LegalDocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "content.LegalDocument"

    slug = factory.Sequence(lambda n: f"document-{n}")
    title_en = factory.Sequence(lambda n: f"Decree No. {n}")
    title_ru = factory.Sequence(lambda n: f"Указ № {n}")
    kind = "presidential_decree"
    number = factory.Sequence(lambda n: str(n))
    signed_on = datetime.date(2024, 11, 21)
    issued_by_en = "President of the Russian Federation"
    issued_by_ru = "Президент Российской Федерации"
    summary_en = "What the document does."
    summary_ru = "Что делает документ."
    body_en = "The text of the document."
    body_ru = "Текст документа."
    publication_status = PublicationStatus.PUBLISHED


class SuccessStoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "content.SuccessStory"

    slug = factory.Sequence(lambda n: f"story-{n}")
    display_name_en = factory.Sequence(lambda n: f"Engineer {n}")
    display_name_ru = factory.Sequence(lambda n: f"Инженер {n}")
    country = "RS"
    category = "qualified_professional"
    region = factory.SubFactory(RegionFactory)
    year_of_relocation = 2025
    quote_en = "We found a home here."
    quote_ru = "Мы нашли здесь дом."
    body_en = "How the move went."
    body_ru = "Как прошёл переезд."
    is_sample = True
    publication_status = PublicationStatus.PUBLISHED


class InfoPageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "content.InfoPage"

    slug = factory.Sequence(lambda n: f"page-{n}")
    section = "living"
    title_en = factory.Sequence(lambda n: f"Living in Russia {n}")
    title_ru = factory.Sequence(lambda n: f"Жизнь в России {n}")
    body_en = "What to know."
    body_ru = "Что нужно знать."
    order = factory.Sequence(lambda n: n)
    publication_status = PublicationStatus.PUBLISHED


class JourneyStepFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "content.JourneyStep"

    order = factory.Sequence(lambda n: n + 1)
    title_en = factory.Sequence(lambda n: f"Step {n}")
    title_ru = factory.Sequence(lambda n: f"Шаг {n}")
    body_en = "What happens."
    body_ru = "Что происходит."
    who_helps_en = "The operator"
    who_helps_ru = "Оператор"
    link = "/eligibility/"
    publication_status = PublicationStatus.PUBLISHED


# ---- operators


class InterviewFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "applications.Interview"

    application = factory.SubFactory(SubmittedApplicationFactory, status="interview_scheduled")
    starts_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    time_zone = "Europe/Moscow"
    format = "video"
    location = "https://meet.example.org/interview"


class OperatorNoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "applications.OperatorNote"

    application = factory.SubFactory(SubmittedApplicationFactory)
    author = factory.SubFactory("tests.factories.StaffUserFactory")
    text = "Called the candidate; the diploma follows by post."


class StaffUserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "auth.User"
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"staff{n}")
    is_staff = True
