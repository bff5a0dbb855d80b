"""The hand-written calendar files."""

import datetime
import zoneinfo

import pytest

from applications.operators.ics import CalendarEvent, calendar_file, escape_text, fold, utc_stamp


def event(**overrides) -> CalendarEvent:
    starts = datetime.datetime(2027, 3, 12, 10, 0, tzinfo=zoneinfo.ZoneInfo("Europe/Moscow"))
    return CalendarEvent(
        uid="interview-1@portal.example",
        starts_at=starts,
        ends_at=starts + datetime.timedelta(minutes=45),
        summary="Собеседование по заявке TLR-2027-000001",
        **overrides,
    )


def test_times_are_written_in_utc():
    assert "DTSTART:20270312T070000Z\r\n" in calendar_file(event(), stamp=event().starts_at)


def test_naive_times_are_refused():
    with pytest.raises(ValueError, match="aware"):
        utc_stamp(datetime.datetime(2027, 3, 12, 10, 0))


def test_every_line_ends_with_crlf_and_has_at_most_75_octets():
    text = calendar_file(
        event(description="Комната 12; вход со двора, " * 10), stamp=event().ends_at
    )

    lines = text.split("\r\n")
    assert lines[-1] == ""
    assert all(len(line.encode()) <= 75 for line in lines)
    assert "\n" not in text.replace("\r\n", "")


def test_folding_never_splits_a_character_and_unfolds_to_the_original():
    line = "DESCRIPTION:" + "Ж" * 100

    folded = fold(line)

    assert folded.replace("\r\n ", "") == line
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))


def test_text_is_escaped():
    assert escape_text("a;b,c\\d\ne") == "a\\;b\\,c\\\\d\\ne"
