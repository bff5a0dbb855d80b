from modeltranslation.translator import TranslationOptions, register

from regions.models import Region, SupportMeasure


@register(Region)
class RegionTranslationOptions(TranslationOptions):
    fields = (
        "name",
        "description",
        "office_name",
        "office_address",
        "office_hours",
        "official_name",
        "official_title",
    )


@register(SupportMeasure)
class SupportMeasureTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "body", "benefit", "how_to_apply")
