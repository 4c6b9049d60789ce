"""find -> normalise -> resolve: the temporal tagger the whole product uses."""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date

from herald_timeline.model import TimeExpression
from herald_timeline.temporal.finder import find_candidates, select_spans
from herald_timeline.temporal.intervals import interval_of
from herald_timeline.temporal.resolve import Context, TemplateError, resolve_template
from herald_timeline.temporal.rules import MISSING, load_lexicon, load_rules
from herald_timeline.temporal.tense import tense_near

_REPORTING = re.compile(r"\b(?:said|says|told|announced|reported|according\s+to)\b")
# Precisions fine enough to anchor "a year earlier" to.
_ANCHOR_PRECISIONS = ("day", "week", "month", "quarter", "year")


def tag_text(text: str, published: date | None) -> list[TimeExpression]:
    """Every temporal expression in `text`, resolved against `published` where relative.

    Never raises on any text: a span whose value cannot be formed is left out.
    """
    rules = load_rules()
    lexicon = load_lexicon()
    timexes: list[TimeExpression] = []
    previous: date | None = None
    previous_value: str | None = None
    previous_comparison = False
    # News or a history? News names dates near publication, counts from it ("last
    # year") and reports ("officials said"); a history names years long past.
    near, far = 0, 0
    reporting = [m.start() for m in _REPORTING.finditer(text)]
    quarter: str | None = None
    for candidate in select_spans(find_candidates(text, rules)):
        rule = candidate.rule
        template = rule.fill(rule.value, candidate.groups, lexicon)
        mod = rule.fill(rule.mod, candidate.groups, lexicon) if rule.mod else None
        if mod == MISSING:
            mod = None  # an optional hedge ("nearly") that was not there
        if template is None:
            continue
        span_text = text[candidate.start:candidate.end]
        context = Context(
            published=published, previous=previous, previous_value=previous_value,
            previous_comparison=previous_comparison,
            history=far > 2 * (near + bisect_left(reporting, candidate.start)),
            quarter=quarter,
            tense=tense_near(text, candidate.start, candidate.end),
        )
        try:
            resolution = resolve_template(template, span_text, context)
        except (TemplateError, ValueError, OverflowError):
            continue
        if resolution.value is None and (published is not None or not resolution.relative):
            continue  # "February 30": not a date (unresolved only without a publication date)
        interval = None
        if rule.type in ("DATE", "TIME") and resolution.value:
            interval = interval_of(resolution.value, mod, published)
            if interval is None:
                continue
            if interval.start and interval.precision in _ANCHOR_PRECISIONS:
                previous, previous_value = interval.start, resolution.value
                previous_comparison = resolution.comparison
            # Is this news (dates near publication, or counted from it) or a history?
            if published and (resolution.anchor == published or (
                    interval.start and abs(interval.start.year - published.year) <= 1)):
                near += 1
            elif interval.start:
                far += 1
            if "-Q" in resolution.value and not resolution.comparison:
                quarter = resolution.value
        timexes.append(TimeExpression(
            id=f"t{len(timexes) + 1}", start=candidate.start, end=candidate.end,
            text=span_text, type=rule.type, value=resolution.value, mod=mod or None,
            interval=interval,
            basis=("unresolved" if resolution.value is None
                   else "relative" if resolution.relative else "explicit"),
            anchor=resolution.anchor, rule=rule.name,
        ))
    return timexes
