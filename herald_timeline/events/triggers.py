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
    # How every word the trigger's verb can be begins ("cancel" for cancelled, canceling):
    # a sentence with none of them is not searched. None: always search.
    stems: frozenset[str] | None = None


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
        stems=_stems(_verb_alternatives(entry["pattern"])),
    )
    for example in entry["examples"]:
        if not compiled.search(example):
            raise TriggerError(f"trigger {name!r}: finds nothing in its example {example!r}")
    return trigger


def _verb_alternatives(pattern: str) -> list[str] | None:
    """The top-level alternatives of a pattern's (?P<verb>...) group, or None."""
    start = pattern.find("(?P<verb>")
    if start < 0:
        return None
    depth, position, pieces, current = 1, start + len("(?P<verb>"), [], []
    while position < len(pattern) and depth:
        char = pattern[position]
        if char == "\\":
            current.append(pattern[position:position + 2])
            position += 2
            continue
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 1 and char == "|":
            pieces.append("".join(current))
            current = []
        elif depth:
            current.append(char)
        position += 1
    return pieces + ["".join(current)]


def _stems(alternatives: list[str] | None) -> frozenset[str] | None:
    """The literal letters each alternative starts with; None if one starts otherwise."""
    if not alternatives:
        return None
    stems = set()
    for alternative in alternatives:
        letters = _LEADING_LETTERS.match(alternative)
        stem = letters.group() if letters else ""
        if alternative[len(stem):len(stem) + 1] in ("?", "*", "{"):
            stem = stem[:-1]  # "holds?": the s is optional
        if len(stem) < 2:
            return None
        stems.add(stem.lower())
    return frozenset(stems)


_LEADING_LETTERS = regex.compile(r"[A-Za-z]+")


def active_triggers(words: set[str]) -> list[Trigger]:
    """The triggers that may match a sentence made of `words` (lower case), in order."""
    triggers, index = _stem_index()
    hits = set()
    for word in words:
        for prefix in (word[:3], word[:2]):
            for stem, number in index.get(prefix, ()):
                if word.startswith(stem):
                    hits.add(number)
    return [t for number, t in enumerate(triggers) if t.stems is None or number in hits]


@cache
def _stem_index() -> tuple[tuple[Trigger, ...], dict[str, tuple[tuple[str, int], ...]]]:
    """Stems by their first three letters (two for two-letter stems)."""
    triggers = load_triggers()
    index: dict[str, list[tuple[str, int]]] = {}
    for number, trigger in enumerate(triggers):
        for stem in trigger.stems or ():
            index.setdefault(stem[:3], []).append((stem, number))
    return triggers, {prefix: tuple(entries) for prefix, entries in index.items()}


# The words after a verb, up to a clause break, as its object ("demanded [that the US
# cancel plans]"); read ahead, so a verb's match stays shorter than any phrase trigger.
_OBJECT_AHEAD = (r"(?=(?P<object>(?:\s+(?!(?:and|but|while|after|before|said|says)\b)"
                 r"[\w$'’.-]+){0,6}))")


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
        triggers.append(replace(trigger, generic=True, noun=kind == "nouns",
                                stems=_stems(entry[kind])))
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
