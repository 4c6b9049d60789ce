"""One event reported by several articles: shown once, its sources counted, disagreements kept."""

from __future__ import annotations

from datetime import date

from herald_timeline.layout import layout_timeline
from herald_timeline.merge import count_sources
from herald_timeline.model import Article
from herald_timeline.pipeline import analyse


def article(text: str, published: date, source: str) -> Article:
    return analyse(Article(source=source, text=text, published=published))


def test_the_same_talks_in_two_articles_are_one_event_with_two_sources():
    first = article("South Korea and Japan held defense talks in Tokyo on June 3, 2013.",
                    date(2013, 6, 4), "a.txt")
    second = article("Seoul and Tokyo held defense talks on Monday, officials said.",
                     date(2013, 6, 4), "b.txt")
    groups = count_sources([first, second])
    talks = [g for g in groups if g.representative.event.type == "CONSULT"]
    assert len(talks) == 1 and talks[0].sources == 2
    assert first.events[0].sources == second.events[0].sources == 2  # each still lists it
    (item,) = layout_timeline([first, second]).items
    assert item.label.endswith("2 sources")
    assert item.event.when.value == "2013-06-03"  # the explicit date represents the group


def test_conflicting_dates_are_kept_and_flagged():
    first = article("Seoul and Tokyo signed a defense pact in 2011.", date(2012, 1, 5), "a")
    second = article("Seoul and Tokyo signed a defense pact in 2010.", date(2012, 1, 9), "b")
    groups = count_sources([first, second])
    (pact,) = [g for g in groups if g.sources == 2]
    assert pact.conflicting and set(pact.dates) == {"2011", "2010"}
    (item,) = layout_timeline([first, second]).items
    assert "dates disagree" in item.label


def test_different_events_of_the_same_pair_stay_apart():
    first = article("Seoul and Tokyo held talks in 2009.", date(2012, 1, 5), "a")
    second = article("Seoul and Tokyo held talks in 2011.", date(2012, 1, 9), "b")
    assert [g.sources for g in count_sources([first, second])] == [1, 1]
