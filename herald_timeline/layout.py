"""Timeline layout: lanes per country pair, rows inside a lane so labels never collide.

Plain Python, no Qt: the window, the PNG exporter and the tests all draw from this.
Positions are Unix timestamps (seconds), what pyqtgraph's DateAxisItem reads; dates
before 1970 are negative, which works the same.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import combinations

from herald_timeline.events.actors import display_name
from herald_timeline.merge import MergedEvent, merge_events
from herald_timeline.model import Article, Event

DAY = 86400.0
EPOCH = date(1970, 1, 1)
# What an event with only one known end is drawn as: this many days of fading bar.
OPEN_END_DAYS = 120


def timestamp(day: date) -> float:
    return (day - EPOCH).days * DAY


@dataclass
class PlacedEvent:
    event: Event
    article: Article
    lane: int
    row: int
    start: float  # where its bar starts (timestamp)
    end: float  # where its bar ends
    point: float  # where its marker sits
    open_start: bool  # no known start: "on or before"
    open_end: bool  # no known end: planned, open-ended
    label: str
    group: MergedEvent | None = None  # every article's report of this event


@dataclass
class Lane:
    key: tuple[str, ...]
    label: str
    rows: int = 1
    top: int = 0  # first row of this lane, counting all lanes above


@dataclass
class TimelineLayout:
    lanes: list[Lane] = field(default_factory=list)
    items: list[PlacedEvent] = field(default_factory=list)
    first: float = 0.0
    last: float = 0.0

    @property
    def total_rows(self) -> int:
        return sum(lane.rows for lane in self.lanes)

    def y_of(self, item: PlacedEvent) -> int:
        return self.lanes[item.lane].top + item.row


def lane_keys(actors: list[str]) -> list[tuple[str, ...]]:
    """Every pair lane an event involves; a one-country event gets that country's lane."""
    distinct = list(dict.fromkeys(actors))
    if len(distinct) == 1:
        return [(distinct[0],)]
    return [pair for pair in combinations(distinct, 2)]


def _span(event: Event, published: date | None) -> tuple[float, float, float, bool, bool]:
    when = event.when
    start, end = when.start, when.end
    if start is None and end is None:
        end = published
    if start is None and end is None:
        return 0.0, 0.0, 0.0, True, True
    if start is None:
        stop = timestamp(end + timedelta(days=1))
        return stop - OPEN_END_DAYS * DAY, stop, stop, True, False
    if end is None:
        first = timestamp(start)
        return first, first + OPEN_END_DAYS * DAY, first, False, True
    first, stop = timestamp(start), timestamp(end + timedelta(days=1))
    return first, stop, (first + stop) / 2 if stop - first <= 40 * DAY else first, False, False


def layout_timeline(articles: Iterable[Article], seconds_per_pixel: float = DAY,
                    char_width_px: float = 7.0, marker_px: float = 14.0,
                    groups: list[MergedEvent] | None = None) -> TimelineLayout:
    """Place every dated event of `articles` in its lanes and in rows that do not collide.

    `seconds_per_pixel` is the zoom: labels take pixels, so the same events need fewer
    rows when zoomed in. `groups`: the articles' events already merged (merge_events), so
    zooming does not merge them again. Rows are filled first-fit in date order (what
    vis-timeline does, without its staircase): each item takes the first row where it fits.
    """
    layout = TimelineLayout()
    lane_index: dict[tuple[str, ...], int] = {}
    pending: list[tuple] = []
    if groups is None:
        groups = merge_events(articles)
    for group in groups:  # an event several articles report is drawn once
        article, event = group.representative.article, group.representative.event
        start, end, point, open_start, open_end = _span(event, article.published)
        if start == end == 0.0 and open_start and open_end:
            continue  # nothing to place it by: no date and no publication date
        label = event.summary
        if group.sources > 1:
            label += f"  ·  {group.sources} sources"
        if group.conflicting:
            label += "  ·  dates disagree"
        for key in lane_keys(event.actors):
            canonical = tuple(sorted(key))
            if canonical not in lane_index:
                lane_index[canonical] = len(layout.lanes)
                layout.lanes.append(Lane(key, " – ".join(display_name(c) for c in key)))
            pending.append((lane_index[canonical], start, end, point, open_start,
                            open_end, event, article, label, group))
    if not pending:
        return layout
    layout.first = min(p[1] for p in pending)
    layout.last = max(p[2] for p in pending)
    row_ends: dict[int, list[float]] = {}
    for lane, start, end, point, open_start, open_end, event, article, label, group in sorted(
            pending, key=lambda p: (p[0], p[1], p[2])):
        label_end = point + (marker_px + char_width_px * len(label)) * seconds_per_pixel
        occupied_end = max(end, label_end)
        rows = row_ends.setdefault(lane, [])
        for row, row_end in enumerate(rows):
            if row_end <= start:
                rows[row] = occupied_end
                break
        else:
            row = len(rows)
            rows.append(occupied_end)
        layout.items.append(PlacedEvent(event, article, lane, row, start, end, point,
                                        open_start, open_end, label, group))
    top = 0
    for index, lane in enumerate(layout.lanes):
        lane.rows = max(len(row_ends.get(index, [])), 1)
        lane.top = top
        top += lane.rows
    return layout
