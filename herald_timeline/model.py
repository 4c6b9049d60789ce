"""The data the whole product shares: articles, time expressions, events.

Plain dataclasses, no Qt, no I/O. `to_dict` gives the JSON shape of design/CONTRACT.md.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date

EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
STATUSES = ("occurred", "ongoing", "planned", "negotiating", "postponed", "cancelled", "rejected")
PRECISIONS = ("day", "week", "month", "quarter", "season", "year", "decade", "century", "unknown")
DATE_BASES = ("explicit", "relative", "reported", "inferred")
PUBLISHED_BASES = ("sidecar", "metadata", "url", "dateline", "option", "unknown")


@dataclass(frozen=True)
class Interval:
    """The days a date may cover, inclusive; None where unbounded or unknown."""

    start: date | None
    end: date | None
    precision: str = "unknown"

    def iso(self) -> tuple[str | None, str | None]:
        return (
            self.start.isoformat() if self.start else None,
            self.end.isoformat() if self.end else None,
        )


@dataclass
class TimeExpression:
    """A TIMEX3: where it is in the text, what kind, and what it means."""

    id: str
    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str | None  # TIMEX3 value; None when it could not be resolved
    mod: str | None = None
    interval: Interval | None = None  # the days it covers, for DATE/TIME
    basis: str = "explicit"  # explicit, relative (to an anchor), or unresolved
    anchor: date | None = None  # the date a relative expression was resolved against
    rule: str = ""  # the rule that found it, shown when explaining a date

    def to_dict(self) -> dict:
        return {
            "id": self.id, "start": self.start, "end": self.end, "text": self.text,
            "type": self.type, "value": self.value, "mod": self.mod,
        }


@dataclass
class When:
    """When an event happened, and how we know."""

    text: str | None
    value: str | None
    start: date | None
    end: date | None
    precision: str
    basis: str  # explicit, relative, reported, inferred
    explanation: str = ""  # human-readable account of how the date was worked out

    def to_dict(self) -> dict:
        return {
            "text": self.text, "value": self.value,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "precision": self.precision, "basis": self.basis,
        }


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass
class Event:
    id: str
    summary: str
    type: str
    cameo: str | None
    actors: list[str]
    status: str
    when: When
    sentence: Span
    trigger: Span
    trigger_text: str
    count: int | None = None
    ordinal: int | None = None
    timex: str | None = None
    sources: int = 1

    def to_dict(self) -> dict:
        return {
            "id": self.id, "summary": self.summary, "type": self.type, "cameo": self.cameo,
            "actors": list(self.actors), "status": self.status, "when": self.when.to_dict(),
            "count": self.count, "ordinal": self.ordinal,
            "sentence": {"start": self.sentence.start, "end": self.sentence.end},
            "trigger": {"start": self.trigger.start, "end": self.trigger.end,
                        "text": self.trigger_text},
            "timex": self.timex, "sources": self.sources,
        }


def text_id(text: str) -> str:
    """A stable id for an article: the same text always gets the same id."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


@dataclass
class Article:
    source: str
    text: str
    title: str | None = None
    publisher: str | None = None
    published: date | None = None
    published_basis: str = "unknown"
    url: str | None = None
    byline: str | None = None
    timexes: list[TimeExpression] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    @property
    def id(self) -> str:
        return text_id(self.text)

    def to_dict(self) -> dict:
        return {
            "id": self.id, "source": self.source, "title": self.title,
            "publisher": self.publisher,
            "published": self.published.isoformat() if self.published else None,
            "published_basis": self.published_basis, "text": self.text,
            "timexes": [t.to_dict() for t in self.timexes],
            "events": [e.to_dict() for e in self.events],
        }
