"""The confirmation forms of the operator's actions; each carries the version the operator saw."""

import zoneinfo
from datetime import datetime
from functools import cache

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from applications.models import RejectionReason
from applications.operators.models import InterviewFormat, InterviewOutcome
from applications.operators.services import MAX_TEXT, known_time_zones


def text_area(rows: int = 5) -> forms.Textarea:
    return forms.Textarea(attrs={"rows": rows, "cols": 70})


@cache
def time_zone_choices() -> list[tuple[str, str]]:
    """The portal's own zone first, then every IANA zone by name."""
    zones = sorted(known_time_zones() - {settings.TIME_ZONE})
    return [(zone, zone) for zone in [settings.TIME_ZONE, *zones]]


class CaseActionForm(forms.Form):
    # The case's version when the operator looked at it: the services refuse a stale one.
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)

    def service_arguments(self) -> dict:
        """The cleaned data as the action's service takes it."""
        data = dict(self.cleaned_data)
        data["expected_version"] = data.pop("version")
        return data


class RequestInformationForm(CaseActionForm):
    message = forms.CharField(
        label=_("Message to the candidate"),
        max_length=MAX_TEXT,
        widget=text_area(8),
        help_text=_(
            "Emailed to the candidate, who answers on the status page and can upload documents."
        ),
    )


class ScheduleInterviewForm(CaseActionForm):
    date = forms.DateField(
        label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    time = forms.TimeField(
        label=_("Time"), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
    )
    time_zone = forms.ChoiceField(
        label=_("Time zone"),
        choices=time_zone_choices,
        initial=settings.TIME_ZONE,
        help_text=_("The date and time above are in this zone; the invitation is sent in UTC."),
    )
    duration_minutes = forms.IntegerField(
        label=_("Duration in minutes"), min_value=15, max_value=240, initial=45
    )
    format = forms.ChoiceField(
        label=_("Format"), choices=InterviewFormat.choices, widget=forms.RadioSelect
    )
    location = forms.CharField(
        label=_("Place or link"),
        max_length=500,
        help_text=_("For a video call its https:// link; in person the full address."),
    )
    instructions = forms.CharField(
        label=_("Instructions for the candidate"),
        required=False,
        max_length=MAX_TEXT,
        widget=text_area(4),
        help_text=_("Optional: what to bring, whom to ask for at the entrance."),
    )

    def service_arguments(self) -> dict:
        data = super().service_arguments()
        zone = zoneinfo.ZoneInfo(data["time_zone"])
        data["starts_at"] = datetime.combine(data.pop("date"), data.pop("time"), tzinfo=zone)
        return data


class InterviewOutcomeForm(CaseActionForm):
    outcome = forms.ChoiceField(
        label=_("Outcome"), choices=InterviewOutcome.choices, widget=forms.RadioSelect
    )
    notes = forms.CharField(
        label=_("Notes"),
        required=False,
        max_length=MAX_TEXT,
        widget=text_area(6),
        help_text=_("For the record; the candidate does not see them."),
    )


class ApproveForm(CaseActionForm):
    note = forms.CharField(
        label=_("Why the case is approved"),
        max_length=MAX_TEXT,
        widget=text_area(5),
        help_text=_("Kept in the case's history; the request to the Interior Ministry follows."),
    )


class RejectForm(CaseActionForm):
    reason = forms.ChoiceField(
        label=_("Reason"), choices=[("", "---------"), *RejectionReason.choices]
    )
    note = forms.CharField(
        label=_("Explanation"),
        max_length=MAX_TEXT,
        widget=text_area(5),
        help_text=_("Kept in the case's history."),
    )


class NoteForm(forms.Form):
    text = forms.CharField(label=_("New internal note"), max_length=MAX_TEXT, widget=text_area(4))
