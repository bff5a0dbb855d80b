"""The programme's categories of impatriates (criterion 2), shared by every app."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Category(models.TextChoices):
    QUALIFIED_PROFESSIONAL = "qualified_professional", _("Qualified professional")
    SCIENTIST = "scientist", _("Scientist")
    INVESTOR = "investor", _("Investor")
    ENTREPRENEUR = "entrepreneur", _("Entrepreneur")
    CREATIVE_PROFESSIONAL = "creative_professional", _("Creative professional")
    STUDENT_GRADUATE = "student_graduate", _("Talented student or graduate")
    OUTSTANDING_TALENT = "outstanding_talent", _("Outstanding talent")


CATEGORY_SUMMARIES = {
    Category.QUALIFIED_PROFESSIONAL: _(
        "Specialists in in-demand professions whose knowledge and skills help the economy grow."
    ),
    Category.SCIENTIST: _(
        "Researchers whose knowledge and experience strengthen Russian science and education."
    ),
    Category.INVESTOR: _("Foreign citizens who invest in the development of the Russian economy."),
    Category.ENTREPRENEUR: _(
        "Business people ready to open a business in Russia and to develop business ties."
    ),
    Category.CREATIVE_PROFESSIONAL: _(
        "Members of the creative professions whose work enriches art and culture in Russia."
    ),
    Category.STUDENT_GRADUATE: _(
        "Talented students and graduates who wish to build their future in Russia."
    ),
    Category.OUTSTANDING_TALENT: _(
        "People with outstanding achievements in sport, culture, education, science or technology."
    ),
}
