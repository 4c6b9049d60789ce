"""The event triggers of resources/events/triggers.toml, loaded and checked once."""

from __future__ import annotations

from dataclasses import dataclass, replace
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
    generic: bool = False  # a bare verb of verbs.toml, used only where no phrase matched
    noun: bool = False  # ... a noun of verbs.toml ("the withdrawal"): a determiner is fine


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


# The words after a verb, up to a clause break, as its object ("demanded [that the US
# cancel plans]"); read ahead, so a verb's match stays shorter than any phrase trigger.
_OBJECT_AHEAD = r"(?=(?P<object>(?:\s+(?!(?:and|but|while|after|before|said|says)\b)[\w$'’.-]+){0,6}))"


def _verb_triggers(entry: dict, number: int) -> list[Trigger]:
    """One [[verb]] entry of verbs.toml as triggers whose summary keeps the word as written:
    one for its verbs, one for its nouns."""
    triggers = []
    for kind in ("verbs", "nouns"):
        if not entry.get(kind):
            continue
        words = "|".join(f"(?:{word})" for word in entry[kind])
        trigger = _build({
            "name": f"{kind}-{entry.get('type', '?').lower()}-{number}",
            "pattern": rf"\b(?P<verb>{words})\b{_OBJECT_AHEAD}", "type": entry.get("type"),
            "cameo": entry.get("cameo"), "verb": "", "summary": "{source} {verb} {object}",
            "examples": entry.get("examples", []) if kind == "verbs" else entry[kind][:0],
        })
        triggers.append(replace(trigger, generic=True, noun=kind == "nouns"))
    return triggers


@cache
def load_triggers() -> tuple[Trigger, ...]:
    entries = load_toml("events", "triggers.toml").get("trigger", [])
    verbs = load_toml("events", "verbs.toml").get("verb", [])
    triggers = tuple(_build(entry) for entry in entries) + tuple(
        trigger for number, entry in enumerate(verbs) for trigger in _verb_triggers(entry, number))
    names = [t.name for t in triggers]
    if len(set(names)) != len(names):
        raise TriggerError("triggers.toml: two triggers share a name")
    return triggers
