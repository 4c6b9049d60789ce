"""Events from sentences of our own: types, statuses, actors, counts, and the PLOVER scores."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from herald_timeline.events.evaluate import load_records, score_records
from herald_timeline.model import Article
from herald_timeline.pipeline import analyse

PUBLISHED = date(2014, 3, 10)


def events(text: str):
    return analyse(Article(source="t", text=text, published=PUBLISHED)).events


@pytest.mark.parametrize(("sentence", "kind", "actors"), [
    ("Vietnam protested to China over the oil rig.", "PROTEST", ["VNM", "CHN"]),
    ("Tokyo demanded that Beijing withdraw its ships.", "REQUEST", ["JPN", "CHN"]),
    ("Seoul rejected Pyongyang's offer of talks.", "REJECT", ["KOR", "PRK"]),
    ("North Korea threatened to attack the South.", "THREATEN", ["PRK"]),
    ("Russia sent troops to the Crimean border.", "MOBILIZE", ["RUS"]),
    ("The United States imposed sanctions on Iran.", "SANCTION", ["USA", "IRN"]),
    ("Israeli jets bombed targets in Gaza.", "ASSAULT", ["ISR", "PSE"]),
    ("Egypt arrested dozens of Hamas members.", "COERCE", ["EGY", "PSE"]),
    ("Japan donated rice to the Philippines.", "AID", ["JPN", "PHL"]),
    ("Britain praised India for the reforms.", "SUPPORT", ["GBR", "IND"]),
    ("Pakistan will withdraw its forces from the border.", "AGREE", ["PAK"]),
    ("France accused Syria of using chemical weapons.", "ACCUSE", ["FRA", "SYR"]),
    ("Serbia completed the withdrawal of its troops from Kosovo.", "RETREAT", ["SRB", "XKX"]),
    ("Israel lifted on Friday a week-long blockade on Gaza.", "RETREAT", ["ISR", "PSE"]),
])
def test_each_kind_of_event_is_typed(sentence, kind, actors):
    (event,) = events(sentence)
    assert (event.type, event.actors) == (kind, actors)


@pytest.mark.parametrize(("sentence", "status"), [
    ("Seoul and Tokyo held talks on Monday.", "occurred"),
    ("Seoul and Tokyo have been holding talks for months.", "ongoing"),
    ("Seoul and Tokyo will hold talks next week.", "planned"),
    ("Seoul and Tokyo are negotiating a free trade agreement.", "negotiating"),
    ("Seoul and Tokyo postponed the talks.", "postponed"),
    ("Japan's foreign minister called off his visit to Seoul.", "cancelled"),
    ("Tokyo refused to hold talks with Seoul.", "rejected"),
])
def test_status_comes_from_the_words_around(sentence, status):
    assert events(sentence)[0].status == status


def test_planned_events_are_not_dated_before_publication():
    (event,) = events("Seoul and Tokyo will hold talks.")
    assert event.when.start == PUBLISHED and event.when.end is None


def test_counts_and_ordinals():
    first, = events("China and Japan held the sixth round of talks in 2013.")
    assert first.ordinal == 6
    rounds, = events("China and Japan have held three rounds of talks so far.")
    assert rounds.count == 3 and rounds.when.end == PUBLISHED


def test_plover_scores(shared_dir: Path):
    scores = score_records(load_records(shared_dir / "corpora" / "events" /
                                        "plover-gsr-dev.jsonl")).as_dict()
    assert scores["actors"]["f1"] >= 0.90
    assert scores["event_type_accuracy"] >= 0.75
