"""Lanes per country pair and rows without collisions, with no display."""

from __future__ import annotations

from datetime import date

from herald_timeline.layout import DAY, lane_keys, layout_timeline
from herald_timeline.model import Article, Event, Span, When


def event(number: int, actors: list[str], day: date, summary: str = "Talks") -> Event:
    return Event(id=f"e{number}", summary=summary, type="CONSULT", cameo="040", actors=actors,
                 status="occurred", when=When(None, day.isoformat(), day, day, "day",
                                              "explicit"),
                 sentence=Span(0, 1), trigger=Span(0, 1), trigger_text="x")


def article(*events: Event) -> Article:
    return Article(source="t", text="x", published=date(2012, 5, 21), events=list(events))


def test_an_event_appears_in_every_pair_lane_it_involves():
    assert lane_keys(["KOR", "CHN", "JPN"]) == [("KOR", "CHN"), ("KOR", "JPN"),
                                                 ("CHN", "JPN")]
    layout = layout_timeline([article(event(1, ["KOR", "CHN", "JPN"], date(2012, 1, 1)))])
    assert [lane.label for lane in layout.lanes] == [
        "South Korea – China", "South Korea – Japan", "China – Japan"]
    assert len(layout.items) == 3


def test_the_same_pair_in_either_order_is_one_lane():
    layout = layout_timeline([article(event(1, ["KOR", "CHN"], date(2012, 1, 1)),
                                      event(2, ["CHN", "KOR"], date(2012, 3, 1)))])
    assert len(layout.lanes) == 1


def test_labels_never_overlap_in_a_row_and_zooming_in_needs_fewer_rows():
    events = [event(i, ["KOR", "CHN"], date(2012, 1, 1 + i), "A fairly long label here")
              for i in range(20)]
    coarse = layout_timeline([article(*events)], seconds_per_pixel=30 * DAY)
    fine = layout_timeline([article(*events)], seconds_per_pixel=DAY / 50)
    for layout, spp in ((coarse, 30 * DAY), (fine, DAY / 50)):
        rows: dict[int, list] = {}
        for item in layout.items:
            rows.setdefault(item.row, []).append(item)
        for items in rows.values():
            items.sort(key=lambda i: i.start)
            for left, right in zip(items, items[1:], strict=False):
                label_end = left.point + (14 + 7 * len(left.label)) * spp
                assert max(left.end, label_end) <= right.start
    assert fine.total_rows < coarse.total_rows


def test_open_dates_are_drawn_with_open_ends():
    reported = event(1, ["KOR", "JPN"], date(2012, 5, 21))
    reported.when = When(None, None, None, date(2012, 5, 21), "unknown", "reported")
    (item,) = layout_timeline([article(reported)]).items
    assert item.open_start and not item.open_end
    assert item.end == item.point  # the mark sits at the publication date
