"""Calendar files (RFC 5545) written by hand: CRLF line ends, lines folded at 75 octets,
times in UTC, text escaped. One event per file, published (no RSVP to a no-reply address)."""

from dataclasses import dataclass
from datetime import UTC, datetime

CRLF = "\r\n"
MAX_OCTETS = 75
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
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODUCT}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{escape_text(event.uid)}",
        f"DTSTAMP:{utc_stamp(stamp)}",
        f"DTSTART:{utc_stamp(event.starts_at)}",
        f"DTEND:{utc_stamp(event.ends_at)}",
        f"SUMMARY:{escape_text(event.summary)}",
    ]
    if event.description:
        lines.append(f"DESCRIPTION:{escape_text(event.description)}")
    if event.location:
        lines.append(f"LOCATION:{escape_text(event.location)}")
    if event.url:
        # A URI value: no text escaping, or the link would break.
        lines.append(f"URL:{event.url}")
    lines += ["STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "".join(fold(line) + CRLF for line in lines)


def utc_stamp(moment: datetime) -> str:
    """A DATE-TIME in UTC ("Z" form), which every calendar converts to its own zone."""
    if moment.tzinfo is None:
        raise ValueError("Calendar times must be aware.")
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def escape_text(value: str) -> str:
    """TEXT escaping: backslash, semicolon, comma and line breaks."""
    value = str(value).replace("\r\n", "\n").replace("\r", "\n")
    for raw, escaped in (("\\", "\\\\"), (";", "\\;"), (",", "\\,"), ("\n", "\\n")):
        value = value.replace(raw, escaped)
    return value


def fold(line: str) -> str:
    """Split a content line into CRLF + space continued parts of at most 75 octets each,
    never inside a UTF-8 character."""
    parts, current, size = [], "", 0
    limit = MAX_OCTETS
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > limit:
            parts.append(current)
            # A continuation line starts with a space, which counts towards its 75 octets.
            current, size, limit = "", 0, MAX_OCTETS - 1
        current += char
        size += octets
    parts.append(current)
    return (CRLF + " ").join(parts)
