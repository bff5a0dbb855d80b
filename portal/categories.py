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
