"""Translatable fields of the content models; modeltranslation adds one column per language."""

from modeltranslation.translator import TranslationOptions, register

from content.models import Faq, FaqTopic, InfoPage, JourneyStep, LegalDocument, SuccessStory


@register(FaqTopic)
class FaqTopicTranslationOptions(TranslationOptions):
    fields = ("title",)


@register(Faq)
class FaqTranslationOptions(TranslationOptions):
    fields = ("question", "answer")


@register(LegalDocument)
class LegalDocumentTranslationOptions(TranslationOptions):
    fields = ("title", "issued_by", "summary", "body")


@register(SuccessStory)
class SuccessStoryTranslationOptions(TranslationOptions):
    fields = ("display_name", "photo_alt", "quote", "body")


@register(InfoPage)
class InfoPageTranslationOptions(TranslationOptions):
    fields = ("title", "body")


@register(JourneyStep)
class JourneyStepTranslationOptions(TranslationOptions):
    fields = ("title", "body", "who_helps")
