from modeltranslation.translator import TranslationOptions, register

from applications.models import DeclarationVersion


@register(DeclarationVersion)
class DeclarationVersionTranslationOptions(TranslationOptions):
    fields = ("text",)
