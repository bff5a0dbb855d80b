from django import forms
from django.utils.translation import gettext_lazy as _

ACCESS_CODE_HELP = _("Type your access code again to confirm it is you.")


class AccessCodeField(forms.CharField):
    def __init__(self, **kwargs):
        super().__init__(
            label=_("Access code"),
            max_length=30,
            help_text=ACCESS_CODE_HELP,
            widget=forms.PasswordInput(attrs={"autocomplete": "off"}),
            **kwargs,
        )


class DataExportForm(forms.Form):
    access_code = AccessCodeField()


class ErasureForm(forms.Form):
    access_code = AccessCodeField()
    confirm = forms.BooleanField(
        label=_(
            "Yes, withdraw my application and delete my data. I understand this cannot be undone."
        ),
        error_messages={"required": _("Tick the box to confirm.")},
    )


def your_data_forms(data=None, action: str = "") -> dict:
    """The two forms of the status page, bound only for the action that was posted."""
    return {
        "export_form": DataExportForm(data if action == "export" else None, prefix="export"),
        "erasure_form": ErasureForm(data if action == "erase" else None, prefix="erase"),
    }
