"""The day a holiday falls on in a given year: fixed ("12-25") or computed (Easter)."""

from __future__ import annotations

from datetime import date, timedelta


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The nth (1-based; -1 = last) ISO weekday of a month."""
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    following = date(year + (month == 12), month % 12 + 1, 1)
    last = following - timedelta(days=1)
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday_shift = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday_shift) // 451
    month, day = divmod(h + weekday_shift - 7 * m + 114, 31)
    return date(year, month, day + 1)


_COMPUTED = {
    "thanksgiving": lambda y: _nth_weekday(y, 11, 4, 4),
    "election": lambda y: _nth_weekday(y, 11, 1, 1) + timedelta(days=1),
    "easter": easter,
    "good-friday": lambda y: easter(y) - timedelta(days=2),
    "memorial": lambda y: _nth_weekday(y, 5, 1, -1),
    "labor": lambda y: _nth_weekday(y, 9, 1, 1),
    "mlk": lambda y: _nth_weekday(y, 1, 1, 3),
    "presidents": lambda y: _nth_weekday(y, 2, 1, 3),
}


def holiday_date(code: str, year: int) -> date:
    if code in _COMPUTED:
        return _COMPUTED[code](year)
    month, day = (int(part) for part in code.split("-"))
    return date(year, month, day)
