"""Find where temporal expressions are: every rule's matches, then one span per place."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from herald_timeline.temporal.rules import Rule


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    rule: Rule
    groups: dict[str, str | None]

    @property
    def length(self) -> int:
        return self.end - self.start


# How far a match may reach before and after its anchor, with room to spare: "no more
# than the past twenty-four years" starts 34 characters before its anchor "years", and
# "the fourth quarter of fiscal 1998" ends 16 after "quarter". tests/test_finder.py
# checks that windows find exactly what a scan of the whole text finds.
BEFORE, AFTER = 50, 40
_WORD = re.compile(r"[a-z]+")  # "mid-May" is "mid" and "May"; "year's" is "year", "s"


def _merge(hits: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """Stretches of text around hits (in text order), merged where they touch."""
    merged: list[list[int]] = []
    for hit_start, hit_end in hits:
        start, end = max(0, hit_start - BEFORE), min(length, hit_end + AFTER)
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]


@cache
def _word_index(rules: tuple[Rule, ...]) -> dict[str, tuple[frozenset[str], ...]]:
    """Each anchor word -> the anchor word sets it belongs to."""
    index: dict[str, set[frozenset[str]]] = {}
    for rule in rules:
        for word in rule.anchor_words or ():
            index.setdefault(word, set()).add(rule.anchor_words)
    return {word: tuple(sets) for word, sets in index.items()}


def _word_hits(text: str, rules: tuple[Rule, ...]) -> dict[frozenset[str], list]:
    """Where each set of anchor words occurs, reading the text's words once."""
    index = _word_index(rules)
    hits: dict[frozenset[str], list[tuple[int, int]]] = {}
    for word in _WORD.finditer(text.lower()):  # same length: spans index the text
        sets = index.get(word.group())
        if sets:
            for anchor_set in sets:
                hits.setdefault(anchor_set, []).append(word.span())
    return hits


def find_candidates(text: str, rules: tuple[Rule, ...],
                    whole_text: bool = False) -> list[Candidate]:
    """Every match of every rule; a rule with an anchor is run only near its hits
    (`whole_text` runs every rule over all of the text: slower, for checking)."""
    found: dict[tuple[int, int, str], Candidate] = {}
    word_hits = _word_hits(text, rules)
    windows: dict[object, list[tuple[int, int]]] = {}
    for rule in rules:
        if whole_text:
            key = None
            windows[key] = [(0, len(text))]
        elif rule.anchor_words is not None:
            key = rule.anchor_words
            if key not in windows:
                windows[key] = _merge(word_hits.get(key, []), len(text))
        elif rule.anchor is not None:
            key = rule.anchor.pattern
            if key not in windows:
                windows[key] = _merge([m.span() for m in rule.anchor.finditer(text)], len(text))
        else:
            key = None
            windows[key] = [(0, len(text))]
        for start, end in windows[key]:
            for match in rule.regex.finditer(text, start, end):
                if match.end() > match.start():
                    spot = (match.start(), match.end(), rule.name)
                    if spot not in found:
                        found[spot] = Candidate(match.start(), match.end(), rule,
                                                match.groupdict())
    return list(found.values())


def select_spans(candidates: list[Candidate]) -> list[Candidate]:
    """Keep the longest of overlapping candidates (the earliest on a tie), in text order."""
    kept: list[Candidate] = []
    taken = bytearray()
    for candidate in sorted(candidates, key=lambda c: (-c.length, c.start)):
        if candidate.end > len(taken):
            taken.extend(b"\0" * (candidate.end - len(taken)))
        if any(taken[candidate.start:candidate.end]):
            continue
        taken[candidate.start:candidate.end] = b"\1" * candidate.length
        kept.append(candidate)
    return sorted(kept, key=lambda c: c.start)
