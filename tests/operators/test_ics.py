"""The calendar files of interview invitations (written with icalendar)."""

import datetime
import zoneinfo

import icalendar
import pytest

from applications.operators.ics import CalendarEvent, calendar_file

STARTS = datetime.datetime(2027, 3, 12, 10, 0, tzinfo=zoneinfo.ZoneInfo("Europe/Moscow"))


def event(**overrides) -> CalendarEvent:
    fields = {
        "uid": "interview-1@portal.example",
        "starts_at": STARTS,
        "ends_at": STARTS + datetime.timedelta(minutes=45),
        "summary": "Собеседование по заявке TLR-2027-000001",
        **overrides,
    }
    return CalendarEvent(**fields)


def test_times_are_written_in_utc():
    assert "DTSTART:20270312T070000Z\r\n" in calendar_file(event(), stamp=STARTS)


def test_naive_times_are_refused():
    with pytest.raises(ValueError, match="aware"):
        calendar_file(event(starts_at=datetime.datetime(2027, 3, 12, 10, 0)), stamp=STARTS)


def test_every_line_ends_with_crlf_and_has_at_most_75_octets_of_whole_characters():
    text = calendar_file(event(description="Комната 12; вход со двора, " * 10), stamp=STARTS)

    raw_lines = text.encode().split(b"\r\n")
    assert raw_lines[-1] == b""
    assert all(len(line) <= 75 for line in raw_lines)
    # Folding never splits a UTF-8 character: every physical line decodes on its own.
    for line in raw_lines:
        line.decode("utf-8")
    assert "\n" not in text.replace("\r\n", "")


def test_text_with_separators_and_line_breaks_reads_back_as_written():
    description = "Room 12; yard entrance, second floor\nBring your passport \\ visa"

    text = calendar_file(event(description=description, location="Kaluga, Lenina 1"), stamp=STARTS)
    parsed = icalendar.Calendar.from_ical(text).walk("VEVENT")[0]

    assert "Room 12\\; yard entrance\\, second floor\\n" in text.replace("\r\n ", "")
    assert str(parsed["DESCRIPTION"]) == description
    assert str(parsed["LOCATION"]) == "Kaluga, Lenina 1"
    assert str(parsed["SUMMARY"]) == "Собеседование по заявке TLR-2027-000001"


def test_a_link_is_written_unescaped():
    text = calendar_file(event(url="https://meet.example.org/room?a=1,2;b"), stamp=STARTS)

    assert "URL:https://meet.example.org/room?a=1,2;b\r\n" in text


def test_the_event_is_published_with_the_stamp_and_uid():
    parsed = icalendar.Calendar.from_ical(calendar_file(event(), stamp=STARTS))

    assert str(parsed["METHOD"]) == "PUBLISH"
    vevent = parsed.walk("VEVENT")[0]
    assert str(vevent["UID"]) == "interview-1@portal.example"
    assert vevent.decoded("DTSTAMP") == STARTS
    assert vevent.decoded("DTEND") - vevent.decoded("DTSTART") == datetime.timedelta(minutes=45)
