"""Turn a rule's filled value template into a TIMEX3 value: the only place that does date
arithmetic, and the only place that sees the publication date.

A template is a TIMEX3 value ("2008", "PAST_REF") or an instruction ("REF year -1" = the
year before the anchor). See resources/temporal/rules.toml for the list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial

from herald_timeline.temporal.holidays import holiday_date
from herald_timeline.temporal.intervals import interval_of
from herald_timeline.temporal.numbers import format_number, spelled_year
from herald_timeline.temporal.periods import (
    FINER_THAN_YEAR,
    month_year,
    period_value,
    shift_years,
    weekday_near,
)

MISSING = "_"
RESOLVABLE_CHECK_DATE = date(2012, 5, 21)  # any Monday will do to check templates
DURATION_CODES = {
    "day": "D", "week": "W", "fortnight": "W", "month": "M", "quarter": "Q", "year": "Y",
    "decade": "DE", "century": "CE", "hour": "H", "minute": "M", "second": "S",
}
CLOCK_UNITS = ("hour", "minute", "second")
TIMEX_VALUE = re.compile(
    r"^(?:PAST_REF|PRESENT_REF|FUTURE_REF|PXX|BC\d{4}"
    r"|P(?:T?(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|H|S|DE|CE|Q))+"
    r"|(?:FY)?\d{2,4}(?:-(?:\d\d(?:-\d\d)?|W\d\d(?:-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI))?"
    r"(?:T(?:MO|AF|EV|NI|\d\d:\d\d))?)$"
)


@dataclass(frozen=True)
class Context:
    """What a relative expression may be resolved against."""

    published: date | None  # the publication date (DCT); None when unknown
    previous: date | None = None  # the last date the text named, for "a year earlier"
    previous_value: str | None = None  # ... and its TIMEX3 value, for its granularity
    previous_comparison: bool = False  # ... which was itself "a year ago" or the like
    history: bool = False  # most dates named so far lie years away from publication
    quarter: str | None = None  # the last quarter the text is about ("the third quarter")
    tense: str | None = None  # "future" or "past" by the words around; None: no cue


@dataclass(frozen=True)
class Resolution:
    value: str | None  # None: relative, and nothing to resolve it against
    relative: bool  # resolved against an anchor date
    anchor: date | None
    comparison: bool = False  # "a year ago", "the year-earlier quarter": not what the text is about


class TemplateError(ValueError):
    pass


def _shift(token: str) -> int:
    return 0 if token == MISSING else int(token)


def narrative_year(context: Context) -> int | None:
    """The year a history is telling of: in a text whose dates mostly lie years away from
    its publication (a war's story, not the news), the last year it named."""
    if context.previous is None or not (context.history or context.published is None):
        return None
    return context.previous.year


def _quarter_of(value: str | None) -> tuple[int, int] | None:
    found = re.match(r"^(\d{4})-Q([1-4])$", value or "")
    return (int(found.group(1)), int(found.group(2))) if found else None


def reported_quarter(context: Context) -> tuple[int, int] | None:
    """"the quarter" in business news: the quarter the text last named, else the last one
    completed before publication (results come out after a quarter ends)."""
    named = _quarter_of(context.quarter)
    if named:
        return named
    if context.published is None:
        return None
    current = (context.published.month - 1) // 3  # 0-based quarter of publication
    index = context.published.year * 4 + current - 1
    return divmod(index, 4)[0], divmod(index, 4)[1] + 1


def _duration(count: str, unit: str) -> str:
    code = DURATION_CODES[unit]
    amount = {"X": "X", MISSING: "1"}.get(count, count)  # "every year": one year
    if unit == "fortnight" and amount != "X":
        amount = format_number(float(amount) * 2)
    if unit in ("decade", "century"):  # as TimeBank writes them: P20Y, not P2DE
        code = "Y"
        factor = 10 if unit == "decade" else 100
        amount = "X" if amount == "X" else format_number(float(amount) * factor)
    return f"P{'T' if unit in CLOCK_UNITS else ''}{amount}{code}"


def _parse_with_dateparser(text: str, anchor: date | None) -> str | None:
    import dateparser  # slow to import; only numeric dates need it

    settings = {"PREFER_DATES_FROM": "past", "DATE_ORDER": "MDY"}
    if anchor:
        from datetime import datetime

        settings["RELATIVE_BASE"] = datetime(anchor.year, anchor.month, anchor.day)
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date().isoformat() if parsed else None


def _relative(context: Context, value_of) -> Resolution:
    """A value counted from the publication date; unresolved when there is none."""
    published = context.published
    return Resolution(value_of(published) if published else None, True, published)


def _ref(args, text, context):
    unit, shift = args
    return _relative(context, lambda anchor: period_value(anchor, unit, _shift(shift)))


def _anchor(args, text, context):
    direction, unit, count = args
    sign, anchor_kind = direction[0], direction[1:]
    amount = int(float(count)) if count not in (MISSING, "X") else 1
    steps = {"+": amount, "-": -amount, "=": 0}[sign]
    published = context.published
    from_previous = anchor_kind == "PREV" and context.previous is not None
    anchor = context.previous if from_previous else published
    if anchor is None:
        return Resolution(None, True, None)
    # "a year ago" after "the third quarter": the same quarter, a year before. The
    # reference is what the text is about, never an earlier comparison.
    reference = context.quarter or (
        None if context.previous_comparison else context.previous_value)
    finer = reference and FINER_THAN_YEAR.match(reference)
    if unit == "year" and steps != 0 and amount == 1 and finer and (from_previous or (
            published and reference.startswith(f"{published.year:04d}"))):
        return Resolution(shift_years(reference, steps), True, anchor, True)
    return Resolution(period_value(anchor, unit, steps), True, anchor, True)


def _qref(args, text, context):
    quarter = reported_quarter(context)
    if quarter is None:
        return Resolution(None, True, None)
    index = quarter[0] * 4 + quarter[1] - 1 + _shift(args[0])
    return Resolution(f"{index // 4:04d}-Q{index % 4 + 1}", True, context.published,
                      comparison=_shift(args[0]) != 0)


def _bc(args, text, context):  # TIMEX3 writes 490 BC as BC0490
    return Resolution(f"BC{int(args[0]):04d}", False, None)


def _spelled_year(args, text, context):
    return Resolution(f"{spelled_year(text):04d}", False, None)


def _weekday_value(args, text, context):
    weekday, direction = int(args[0]), _shift(args[1])
    return _relative(context, lambda anchor: weekday_near(anchor, weekday, direction,
                                                      context.tense).isoformat())


def _weekday_part(args, text, context):
    weekday, part = int(args[0]), args[1]
    return _relative(context, lambda anchor:
                     f"{weekday_near(anchor, weekday, 0, context.tense).isoformat()}T{part}")


def _month(args, text, context, with_year: bool = False):
    """MONTH mm [shift], or MONTHYEAR mm yyyy-or-_ ("mid-May", "the end of June 2012")."""
    month = int(args[0])
    if with_year and args[1] != MISSING:
        return Resolution(f"{args[1]}-{month:02d}", False, None)
    shift = _shift(args[1]) if not with_year and len(args) > 1 else 0
    this = not with_year and len(args) > 1 and args[1] == "0"
    story_year = narrative_year(context)
    if story_year and (with_year or len(args) == 1 or args[1] == MISSING):
        return Resolution(f"{story_year:04d}-{month:02d}", True, context.previous)
    return _relative(context, lambda anchor:
                     f"{month_year(anchor, month, shift, context.tense, this)}-{month:02d}")


def _month_day(args, text, context):
    month, day = int(args[0]), int(args[1])
    story_year = narrative_year(context)

    def value(year: int) -> str | None:
        try:
            return date(year, month, day).isoformat()
        except ValueError:  # February 30
            return None
    if story_year:
        found = value(story_year)
        return Resolution(found, found is not None, context.previous if found else None)
    return _relative(context, lambda anchor: value(
        month_year(anchor, month, 0, context.tense, day=day)))


def _month_of_year(args, text, context):  # "June last year"
    month, shift = int(args[0]), _shift(args[1])
    return _relative(context, lambda anchor: f"{anchor.year + shift:04d}-{month:02d}")


def _ymd(args, text, context):
    year, month, day = (int(a) for a in args)
    try:
        return Resolution(date(year, month, day).isoformat(), False, None)
    except ValueError:
        return Resolution(None, False, None)


def _year_month(args, text, context):
    return Resolution(f"{int(args[0]):04d}-{int(args[1]):02d}", False, None)


def _holiday(args, text, context):
    code, shift, year_token = args
    if year_token != MISSING:
        return Resolution(holiday_date(code, int(year_token)).isoformat(), False, None)
    story_year = narrative_year(context)
    if story_year and shift == MISSING:
        return Resolution(holiday_date(code, story_year).isoformat(), True, context.previous)

    def holiday(anchor: date) -> str:
        if shift == "0":  # "this Christmas"
            return holiday_date(code, anchor.year).isoformat()
        forward = _shift(shift) > 0 or (shift == MISSING and context.tense == "future")
        strict = shift != MISSING  # "last Easter" is not today's
        for year in ((anchor.year, anchor.year + 1) if forward
                     else (anchor.year, anchor.year - 1)):
            day = holiday_date(code, year)
            if forward and (day > anchor or (day == anchor and not strict)):
                return day.isoformat()
            if not forward and (day < anchor or (day == anchor and not strict)):
                return day.isoformat()
        return holiday_date(code, anchor.year).isoformat()
    return _relative(context, holiday)


def _weekend(args, text, context):
    shift = args[0]

    def weekend(anchor: date) -> str:
        if shift == MISSING:  # "the weekend" in news: the one just past
            days_back = (anchor.isoweekday() - 6) % 7 if anchor.isoweekday() >= 6 else \
                anchor.isoweekday() + 1
            day = anchor - timedelta(days=days_back)
        else:
            day = anchor + timedelta(weeks=_shift(shift))
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}-WE"
    return _relative(context, weekend)


def _part_of_year(args, text, context, kind: str):
    """SEASON xx shift year, QUARTER q year, HALF h year."""
    code = args[0]
    if kind == "QUARTER" and code == MISSING:  # "the 1988 quarter": the reported one
        quarter = reported_quarter(context)
        code = str(quarter[1]) if quarter else "1"
    shift, year_token = (args[1], args[2]) if kind == "SEASON" else (MISSING, args[1])
    suffix = {"SEASON": code, "QUARTER": f"Q{code}", "HALF": f"H{code}"}[kind]
    if year_token != MISSING:
        return Resolution(f"{year_token}-{suffix}", False, None)
    story_year = narrative_year(context)
    if story_year and shift == MISSING:
        return Resolution(f"{story_year:04d}-{suffix}", True, context.previous)

    def of_year(anchor: date) -> str:
        year = anchor.year + _shift(shift)
        if kind == "QUARTER" and shift == MISSING and context.tense != "future" and \
                int(code) > (anchor.month - 1) // 3 + 1:
            year -= 1  # "the fourth quarter" read in January: last year's results
        return f"{year}-{suffix}"
    return _relative(context, of_year)


def _daypart(args, text, context):
    part, shift = args
    return _relative(context, lambda anchor:
                     f"{(anchor + timedelta(days=_shift(shift))).isoformat()}T{part}")


def _clock(args, text, context, on_weekday: bool = False):
    """CLOCK hh mm ampm, or CLOCKDAY weekday hh mm ampm ("9 a.m. Tuesday")."""
    weekday = int(args[0]) if on_weekday else None
    hour_text, minute, ampm = args[1:] if on_weekday else args
    hour = int({"noon": "12", "midday": "12", "midnight": "24"}.get(hour_text, hour_text))
    ampm = ampm.replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    minute = "00" if minute == MISSING else minute

    def clock(anchor: date) -> str:
        day = anchor if weekday is None else weekday_near(anchor, weekday, 0, context.tense)
        return f"{day.isoformat()}T{hour:02d}:{minute}"
    return _relative(context, clock)


def _dur(args, text, context):
    count, unit = args
    return Resolution(_duration(count, unit), False, None)


def _parse(args, text, context):
    published = context.published
    return Resolution(_parse_with_dateparser(text, published), published is not None,
                      published)


# The instructions a rule's value template may give (resources/temporal/rules.toml).
INSTRUCTIONS = {
    "REF": _ref, "ANCHOR": _anchor, "QREF": _qref, "BC": _bc, "SPELLEDYEAR": _spelled_year,
    "WEEKDAY": _weekday_value, "WEEKDAYPART": _weekday_part,
    "MONTH": _month, "MONTHYEAR": partial(_month, with_year=True),
    "MONTHDAY": _month_day, "MONTHOFYEAR": _month_of_year, "YMD": _ymd,
    "YEARMONTH": _year_month, "HOLIDAY": _holiday, "WEEKEND": _weekend,
    "SEASON": partial(_part_of_year, kind="SEASON"),
    "QUARTER": partial(_part_of_year, kind="QUARTER"),
    "HALF": partial(_part_of_year, kind="HALF"),
    "DAYPART": _daypart, "CLOCK": _clock, "CLOCKDAY": partial(_clock, on_weekday=True),
    "DUR": _dur, "PARSE": _parse,
}


def resolve_template(template: str, text: str, context: Context) -> Resolution:
    """The TIMEX3 value for a filled template. Raises TemplateError if it is malformed."""
    op, *args = template.split()
    instruction = INSTRUCTIONS.get(op)
    if instruction is not None:
        return instruction(args, text, context)
    if args:
        raise TemplateError(f"unknown instruction {op!r}")
    return Resolution(op, False, None)  # a TIMEX3 value as it stands


def check_template(template: str, text: str, published: date) -> str | None:
    """What is wrong with a template, or None: used when rules load."""
    if template.split()[0] == "PARSE":
        return None  # dateparser is checked by the tests, not at every start-up
    try:
        resolution = resolve_template(template, text, Context(published=published))
    except (TemplateError, ValueError, KeyError, IndexError) as error:
        return f"template {template!r} fails: {error!r}"
    if resolution.value is None or not TIMEX_VALUE.match(resolution.value):
        return f"template {template!r} gives {resolution.value!r}, not a TIMEX3 value"
    is_duration = resolution.value.startswith("P")
    if not is_duration and interval_of(resolution.value, None, published) is None:
        return f"value {resolution.value!r} covers no days"
    return None


__all__ = ["Context", "Resolution", "resolve_template", "check_template"]
