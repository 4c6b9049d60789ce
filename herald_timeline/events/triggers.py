"""The event triggers of resources/events/triggers.toml, loaded and checked once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from herald_timeline.model import EVENT_TYPES, STATUSES
from herald_timeline.resources import load_toml

_FIELDS = ("name", "pattern", "type", "verb", "summary", "examples")


class TriggerError(ValueError):
    """A trigger in resources/events/triggers.toml is broken."""


@dataclass(frozen=True)
class Trigger:
    name: str
    regex: regex.Pattern
    type: str
    cameo: str | None
    plural_verb: str
    singular_verb: str
    summary: str
    status: str | None
    default_object: str


def _build(entry: dict) -> Trigger:
    name = entry.get("name", "<unnamed>")
    missing = [key for key in _FIELDS if key not in entry]
    if missing:
        raise TriggerError(f"trigger {name!r}: missing {', '.join(missing)}")
    if entry["type"] not in EVENT_TYPES:
        raise TriggerError(f"trigger {name!r}: {entry['type']!r} is not a PLOVER event type")
    if entry.get("status") and entry["status"] not in STATUSES:
        raise TriggerError(f"trigger {name!r}: unknown status {entry['status']!r}")
    try:
        compiled = regex.compile(entry["pattern"], regex.IGNORECASE)
    except regex.error as error:
        raise TriggerError(f"trigger {name!r}: bad pattern: {error}") from error
    if compiled.search(""):
        raise TriggerError(f"trigger {name!r}: pattern matches the empty string")
    plural, _, singular = entry["verb"].partition("|")
    trigger = Trigger(
        name=name, regex=compiled, type=entry["type"], cameo=entry.get("cameo"),
        plural_verb=plural, singular_verb=singular or plural, summary=entry["summary"],
        status=entry.get("status"), default_object=entry.get("default_object", ""),
    )
    for example in entry["examples"]:
        if not compiled.search(example):
            raise TriggerError(f"trigger {name!r}: finds nothing in its example {example!r}")
    return trigger


@cache
def load_triggers() -> tuple[Trigger, ...]:
    entries = load_toml("events", "triggers.toml").get("trigger", [])
    triggers = tuple(_build(entry) for entry in entries)
    names = [t.name for t in triggers]
    if len(set(names)) != len(names):
        raise TriggerError("triggers.toml: two triggers share a name")
    return triggers
