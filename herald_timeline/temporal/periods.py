"""Counting in calendar periods: the week, month, quarter or year some steps from a day,
which year a month named without one falls in, which Monday "Monday" is. Pure date
arithmetic, used by the resolver (resolve.py)."""

from __future__ import annotations

import re
from datetime import date, timedelta


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, 1)


def period_value(anchor: date, unit: str, shift: int) -> str:
    """The TIMEX3 value of the `unit` period `shift` units away from `anchor`."""
    if unit == "day":
        return (anchor + timedelta(days=shift)).isoformat()
    if unit in ("week", "fortnight"):
        year, week, _ = (anchor + timedelta(weeks=shift)).isocalendar()
        return f"{year}-W{week:02d}"
    if unit == "month":
        return add_months(anchor, shift).strftime("%Y-%m")
    if unit == "quarter":
        first = add_months(date(anchor.year, 3 * ((anchor.month - 1) // 3) + 1, 1), 3 * shift)
        return f"{first.year}-Q{(first.month - 1) // 3 + 1}"
    if unit == "year":
        return f"{anchor.year + shift:04d}"
    if unit == "decade":
        return f"{anchor.year // 10 + shift:03d}"
    if unit == "century":
        return f"{anchor.year // 100 + shift:02d}"
    raise ValueError(f"unknown unit {unit!r}")


FINER_THAN_YEAR = re.compile(r"^(\d{4})(-(?:Q[1-4]|H[12]|\d\d(?:-\d\d)?|W\d\d))$")


def shift_years(value: str, years: int) -> str:
    """The same period `years` years away: 1989-Q3 -> 1988-Q3, 1989-11-02 -> 1988-11-02."""
    found = FINER_THAN_YEAR.match(value)
    if not found:
        raise ValueError(f"{value!r} is not finer than a year")
    shifted = f"{int(found.group(1)) + years:04d}{found.group(2)}"
    if shifted.endswith("-02-29"):
        shifted = shifted[:-2] + "28"
    return shifted


def month_year(anchor: date, month: int, shift: int, tense: str | None,
                explicit_this: bool = False, day: int | None = None) -> int:
    """Which year a month (or a day of it) named without one falls in."""
    if shift < 0:
        return anchor.year if month < anchor.month else anchor.year - 1
    if shift > 0:
        return anchor.year if month > anchor.month else anchor.year + 1
    if explicit_this:
        return anchor.year
    here = anchor.month * 31 + anchor.day
    there = month * 31 + (day or 15)
    if day is not None and 0 < there - here <= 14:
        return anchor.year  # a day in the next two weeks: "expires Nov. 6", read on Nov. 2
    if tense == "future":
        return anchor.year if there >= here else anchor.year + 1
    if tense is None and 0 < there + (372 if there < here else 0) - here <= 100:
        # No cue, and a few months ahead: "Dec. 7" or "January" read in November.
        return anchor.year if there > here else anchor.year + 1
    if tense == "past":
        return anchor.year if there <= here else anchor.year - 1
    return anchor.year if there <= here else anchor.year - 1  # news tells the past


def weekday_near(anchor: date, weekday: int, direction: int, tense: str | None) -> date:
    back = (anchor.isoweekday() - weekday) % 7
    ahead = (weekday - anchor.isoweekday()) % 7
    if direction < 0:
        return anchor - timedelta(days=back or 7)
    if direction > 0:
        return anchor + timedelta(days=ahead or 7)
    if tense == "future" or (tense is None and ahead < back and ahead <= 1):
        return anchor + timedelta(days=ahead)  # "will meet Tuesday"; "Tuesday" read on Monday
    return anchor - timedelta(days=back)
