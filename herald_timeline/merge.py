"""The same event reported by several articles: found, counted, shown once.

Two events are the same when they have the same type and the same actors, and either are
dated and their dates overlap, or read the same (their summaries match) and are at most a
year apart: "signed the pact in 2010" and "in 2011" is one pact with a disputed date,
talks held in 2009 and in 2011 are two rounds. Each article keeps
its own copy, whose `sources` says how many articles report it; where the copies disagree
on the date, the group says so and keeps every date.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from herald_timeline.model import Article, Event

_BASIS_RANK = {"explicit": 0, "relative": 1, "inferred": 2, "reported": 3}


@dataclass
class Report:
    article: Article
    event: Event


@dataclass
class MergedEvent:
    reports: list[Report]

    def __post_init__(self) -> None:
        self.article_ids = {report.article.id for report in self.reports}

    def add(self, report: Report) -> None:
        self.reports.append(report)
        self.article_ids.add(report.article.id)

    @property
    def first(self) -> Event:
        return self.reports[0].event

    @property
    def sources(self) -> int:
        return len(self.article_ids)

    @property
    def representative(self) -> Report:
        """The report with the best-founded date: explicit before relative before reported."""
        return min(self.reports, key=lambda r: (_BASIS_RANK.get(r.event.when.basis, 9),
                                                r.event.when.start is None))

    @property
    def dates(self) -> list[str]:
        """Every distinct date the reports give, as TIMEX3 values or spans."""
        seen: dict[str, None] = {}
        for report in self.reports:
            seen[_date_text(report.event)] = None
        return list(seen)

    @property
    def conflicting(self) -> bool:
        dated = {_date_text(r.event) for r in self.reports if r.event.when.start}
        return len(dated) > 1


def _date_text(event: Event) -> str:
    when = event.when
    if when.value:
        return when.value
    start, end = (d.isoformat() if d else "…" for d in (when.start, when.end))
    return f"{start}–{end}"


def _normalised(summary: str) -> str:
    return " ".join(summary.lower().split())


def _overlap(a: Event, b: Event) -> bool:
    if not (a.when.start and b.when.start):
        return False  # "reported on or before": too vague to call two reports one event
    a_end = a.when.end or a.when.start
    b_end = b.when.end or b.when.start
    return a.when.start <= b_end and b.when.start <= a_end


def _near(a: Event, b: Event) -> bool:
    """Dates close enough to be one event told differently (a year apart at most)."""
    if not (a.when.start and b.when.start):
        return True
    return abs((a.when.start - b.when.start).days) <= 400


def merge_events(articles: Iterable[Article]) -> list[MergedEvent]:
    """Group every event of `articles` with the reports of it in other articles.

    Each new report is compared with the first report of the groups of its type and
    actors (those that read the same are looked up, not scanned), so thousands of
    articles merge in linear time, not quadratic."""
    buckets: dict[tuple, list[MergedEvent]] = {}
    by_summary: dict[tuple, list[MergedEvent]] = {}
    groups: list[MergedEvent] = []
    for article in articles:
        for event in article.events:
            key = (event.type, frozenset(event.actors))
            summary_key = (key, _normalised(event.summary))
            report = Report(article, event)
            match = next((g for g in by_summary.get(summary_key, ())
                          if article.id not in g.article_ids and _near(event, g.first)), None)
            if match is None and event.when.start:
                match = next((g for g in buckets.get(key, ())
                              if article.id not in g.article_ids and _overlap(event, g.first)),
                             None)
            if match is None:
                match = MergedEvent([])
                buckets.setdefault(key, []).append(match)
                by_summary.setdefault(summary_key, []).append(match)
                groups.append(match)
            match.add(report)
    return groups


def count_sources(articles: list[Article]) -> list[MergedEvent]:
    """Merge, and write each event's `sources`: how many articles report it."""
    groups = merge_events(articles)
    for group in groups:
        for report in group.reports:
            report.event.sources = group.sources
    return groups
