"""The month names Django's "E" date format uses, so that our catalogues translate them.

Django's Italian catalogue capitalises months ("21 Novembre 2024"), which is wrong inside an
Italian date. These are the very messages Django's MONTHS_ALT looks up (context "alt. month"),
so our translations win; nothing imports this module, it is here for makemessages to read.
The Italian formats use "E"; Django's Russian ones did already (genitive: "21 ноября").
"""

from django.utils.translation import pgettext_lazy

MONTHS_IN_DATES = [
    pgettext_lazy("alt. month", "January"),
    pgettext_lazy("alt. month", "February"),
    pgettext_lazy("alt. month", "March"),
    pgettext_lazy("alt. month", "April"),
    pgettext_lazy("alt. month", "May"),
    pgettext_lazy("alt. month", "June"),
    pgettext_lazy("alt. month", "July"),
    pgettext_lazy("alt. month", "August"),
    pgettext_lazy("alt. month", "September"),
    pgettext_lazy("alt. month", "October"),
    pgettext_lazy("alt. month", "November"),
    pgettext_lazy("alt. month", "December"),
]
