"""The days a TIMEX3 value covers: "2011" is 2011-01-01..2011-12-31 at year precision.

The timeline draws these intervals; `mod` narrows them (START = first third, END = last
third) so "the end of the month" is drawn at the end of the month, not across it.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from herald_timeline.model import Interval

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
_VALUE = re.compile(
    r"^(?:FY)?(?P<year>\d{4})(?:-(?:(?P<month>\d\d)(?:-(?P<day>\d\d))?|W(?P<week>\d\d)"
    r"(?P<weekend>-WE)?"
    r"|Q(?P<quarter>[1-4])|H(?P<half>[12])|(?P<season>SP|SU|FA|WI)))?(?:T.*)?$"
)


def last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _base_interval(value: str) -> Interval | None:
    if re.fullmatch(r"\d{3}", value):  # decade: 199 = the 1990s
        start = int(value) * 10
        return Interval(date(start, 1, 1), date(start + 9, 12, 31), "decade")
    if re.fullmatch(r"\d{2}", value):  # century: 19 = 1900-1999
        start = int(value) * 100
        return Interval(date(max(start, 1), 1, 1), date(start + 99, 12, 31), "century")
    found = _VALUE.match(value)
    if not found:
        return None
    year = int(found["year"])
    if year < 1:
        return None
    if found["day"]:
        day = date(year, int(found["month"]), int(found["day"]))
        return Interval(day, day, "day")
    if found["month"]:
        month = int(found["month"])
        return Interval(date(year, month, 1), last_day(year, month), "month")
    if found["week"]:
        monday = date.fromisocalendar(year, int(found["week"]), 1)
        if found["weekend"]:
            return Interval(monday + timedelta(days=5), monday + timedelta(days=6), "day")
        return Interval(monday, monday + timedelta(days=6), "week")
    if found["quarter"]:
        first = 3 * int(found["quarter"]) - 2
        return Interval(date(year, first, 1), last_day(year, first + 2), "quarter")
    if found["half"]:
        first = 1 if found["half"] == "1" else 7
        return Interval(date(year, first, 1), last_day(year, first + 5), "quarter")
    if found["season"]:
        first, last = SEASON_MONTHS[found["season"]]
        end_year = year + 1 if last < first else year
        return Interval(date(year, first, 1), last_day(end_year, last), "season")
    return Interval(date(year, 1, 1), date(year, 12, 31), "year")


def _narrow(interval: Interval, mod: str | None) -> Interval:
    if mod not in ("START", "MID", "END") or not (interval.start and interval.end):
        return interval
    days = (interval.end - interval.start).days + 1
    third = max(days // 3, 1)
    if mod == "START":
        return Interval(interval.start, interval.start + timedelta(days=third - 1),
                        interval.precision)
    if mod == "END":
        return Interval(interval.end - timedelta(days=third - 1), interval.end,
                        interval.precision)
    middle = interval.start + timedelta(days=third)
    return Interval(middle, middle + timedelta(days=third - 1), interval.precision)


def interval_of(value: str | None, mod: str | None = None,
                anchor: date | None = None) -> Interval | None:
    """The days covered by a DATE/TIME value; vague references are bounded by `anchor`."""
    if not value:
        return None
    if value == "PAST_REF":
        return Interval(None, anchor, "unknown")
    if value == "PRESENT_REF":
        return Interval(None, anchor, "day" if anchor else "unknown")
    if value == "FUTURE_REF":
        return Interval(anchor, None, "unknown")
    if value.startswith("BC"):
        # Before year 1: Python's dates (and so the timeline's axis) start at year 1.
        return Interval(None, None, "year")
    try:
        interval = _base_interval(value)
    except ValueError:  # 2011-02-30, week 54: not a real day
        return None
    return _narrow(interval, mod) if interval else None
