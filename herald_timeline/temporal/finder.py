"""Find where temporal expressions are: every rule's matches, then one span per place."""

from __future__ import annotations

from dataclasses import dataclass

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


def find_candidates(text: str, rules: tuple[Rule, ...]) -> list[Candidate]:
    found = []
    for rule in rules:
        for match in rule.regex.finditer(text):
            if match.end() > match.start():
                found.append(Candidate(match.start(), match.end(), rule, match.groupdict()))
    return found


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
