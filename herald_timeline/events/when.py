"""When did an event happen? Link it to the time expression that governs it.

- the nearest date in the sentence that no other event of the sentence is nearer to;
- "Since 2008, ..." makes the main clause run from 2008 to the publication date;
- "so far", "to date" bound it by the publication date;
- no time in the sentence: reported on or before the publication date (never today).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from herald_timeline.model import Interval, TimeExpression, When

_SO_FAR = re.compile(r"\b(?:so\s+far|to\s+date|thus\s+far|until\s+now|up\s+to\s+now|yet)\b",
                     re.IGNORECASE)
_SINCE = re.compile(r"\bsince\s+(?:(?:early|late|mid-?|the\s+\w+\s+of)\s*)?$", re.IGNORECASE)
_FRONTED_SINCE = re.compile(r"^\s*Since\b", re.IGNORECASE)


@dataclass(frozen=True)
class TriggerPlace:
    start: int
    end: int


def _distance(timex: TimeExpression, place: TriggerPlace) -> int:
    if timex.end <= place.start:
        return place.start - timex.end
    if timex.start >= place.end:
        return timex.start - place.end
    return 0


def _dated(timexes: list[TimeExpression]) -> list[TimeExpression]:
    return [t for t in timexes if t.type in ("DATE", "TIME") and t.value]


def governing_timex(place: TriggerPlace, others: list[TriggerPlace],
                    timexes: list[TimeExpression]) -> TimeExpression | None:
    """The dated expression nearer to this trigger than to any other in the sentence."""
    best = None
    for timex in _dated(timexes):
        mine = _distance(timex, place)
        if any(_distance(timex, other) < mine for other in others):
            continue
        if best is None or mine < _distance(best, place):
            best = timex
    return best


def _explain(timex: TimeExpression, published: date | None) -> str:
    if timex.basis == "relative" and timex.anchor:
        return (f"'{timex.text}' resolved against {timex.anchor.isoformat()}"
                f"{' (publication date)' if timex.anchor == published else ''}"
                f" → {timex.value}")
    if timex.basis == "unresolved":
        return f"'{timex.text}' is relative and the publication date is unknown"
    return f"'{timex.text}' is a date in the text → {timex.value}"


def from_timex(timex: TimeExpression, published: date | None) -> When:
    interval = timex.interval or Interval(None, None)
    basis = "explicit" if timex.basis == "explicit" else "relative"
    if timex.value in ("PAST_REF", "PRESENT_REF", "FUTURE_REF"):
        basis = "relative"
    return When(text=timex.text, value=timex.value, start=interval.start, end=interval.end,
                precision=interval.precision, basis=basis,
                explanation=_explain(timex, published))


def reported(published: date | None, planned: bool) -> When:
    """No time in the text: the event is bounded by the publication date."""
    if planned:
        return When(None, None, published, None, "unknown", "inferred",
                    "planned, no date given: after the publication date" if published
                    else "planned, no date given, publication date unknown")
    return When(None, None, None, published, "unknown", "reported",
                f"no date in the sentence: reported on or before {published.isoformat()}"
                if published else "no date in the sentence and no publication date")


def event_when(sentence_text: str, sentence_start: int, place: TriggerPlace,
               others: list[TriggerPlace], timexes: list[TimeExpression],
               published: date | None, planned: bool) -> tuple[When, TimeExpression | None]:
    """The When of an event whose trigger is at `place` (offsets into the article)."""
    fronted = _fronted_since(sentence_text, sentence_start, place, timexes, published)
    if fronted is not None:
        return fronted
    timex = governing_timex(place, others, timexes)
    if timex is not None:
        before = sentence_text[:timex.start - sentence_start]
        if _SINCE.search(before) and timex.interval and timex.interval.start:
            return _since(timex, published), timex
        return from_timex(timex, published), timex
    so_far = _SO_FAR.search(sentence_text)
    if so_far and published:
        return When(so_far.group(), None, None, published, "unknown", "relative",
                    f"'{so_far.group()}': up to the publication date "
                    f"{published.isoformat()}"), None
    return reported(published, planned), None


def _since(timex: TimeExpression, published: date | None) -> When:
    start = timex.interval.start if timex.interval else None
    return When(f"since {timex.text}", None, start, published, timex.interval.precision,
                "relative" if timex.basis != "explicit" else "explicit",
                f"'since {timex.text}': from {start} to the publication date "
                f"{published.isoformat() if published else '(unknown)'}")


def _fronted_since(sentence_text: str, sentence_start: int, place: TriggerPlace,
                   timexes: list[TimeExpression], published: date | None):
    """"Since Seoul and Beijing upgraded ties in 2008, the two have ...": the main clause
    runs from 2008 to the publication date; the since-clause's own event keeps 2008."""
    if not _FRONTED_SINCE.match(sentence_text):
        return None
    comma = sentence_text.find(",")
    if comma < 0 or place.start - sentence_start < comma:
        return None
    clause_end = sentence_start + comma
    inside = [t for t in _dated(timexes)
              if t.end <= clause_end and t.interval and t.interval.start]
    if not inside:
        return None
    return _since(inside[-1], published), inside[-1]
