"""Calendar files (RFC 5545) through the icalendar library: one event per file, published
(no RSVP to a no-reply address), times in UTC so every calendar converts them to its zone."""

from dataclasses import dataclass
from datetime import UTC, datetime

import icalendar

PRODUCT = "-//Time to Live in Russia//Operator interviews//EN"


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    starts_at: datetime
    ends_at: datetime
    summary: str
    description: str = ""
    location: str = ""
    url: str = ""


def calendar_file(event: CalendarEvent, *, stamp: datetime) -> str:
    """The whole VCALENDAR with one VEVENT; `stamp` is when the file was made (DTSTAMP)."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    vevent = icalendar.Event()
    vevent.add("uid", event.uid)
    vevent.add("dtstamp", utc(stamp))
    vevent.add("dtstart", utc(event.starts_at))
    vevent.add("dtend", utc(event.ends_at))
    vevent.add("summary", event.summary)
    if event.description:
        vevent.add("description", event.description)
    if event.location:
        vevent.add("location", event.location)
    if event.url:
        vevent.add("url", event.url)
    vevent.add("status", "CONFIRMED")
    vevent.add("transp", "OPAQUE")
    calendar.add_component(vevent)
    return calendar.to_ical().decode()


def utc(moment: datetime) -> datetime:
    """The moment in UTC, written in the "Z" form; a naive time has no meaning here."""
    if moment.tzinfo is None:
        raise ValueError("Calendar times must be aware.")
    return moment.astimezone(UTC)
