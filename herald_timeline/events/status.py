"""Did the event happen, is it going on, planned, being negotiated, put off or called off?"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from herald_timeline.resources import load_toml


@dataclass(frozen=True)
class StatusCues:
    priority: tuple[str, ...]
    before: dict[str, tuple[regex.Pattern, ...]]
    after: dict[str, tuple[regex.Pattern, ...]]
    verb_form: dict[str, regex.Pattern]


@cache
def load_status_cues() -> StatusCues:
    table = load_toml("events", "status.toml")
    priority = tuple(table["priority"])

    def compile_all(status: str, side: str) -> tuple[regex.Pattern, ...]:
        return tuple(regex.compile(p, regex.IGNORECASE) for p in table[status].get(side, ()))

    return StatusCues(
        priority=priority,
        before={s: compile_all(s, "before") for s in priority},
        after={s: compile_all(s, "after") for s in priority},
        verb_form={s: regex.compile(table[s]["verb_form"], regex.IGNORECASE)
                   for s in priority if "verb_form" in table[s]},
    )


def decide_status(before: str, after: str, verb: str | None, own_status: str | None) -> str:
    """The status an event's words give it; `before` ends where the trigger starts."""
    if own_status:
        return own_status
    cues = load_status_cues()
    for status in cues.priority:
        form = cues.verb_form.get(status)
        if form and not (verb and form.search(verb.strip())):
            continue
        if any(p.search(before) for p in cues.before[status]) or any(
                p.search(after) for p in cues.after[status]):
            return status
    return "occurred"
