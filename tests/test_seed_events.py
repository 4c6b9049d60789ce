"""The seed article against the hand-made gold (tests/gold/seed-events.json)."""

from __future__ import annotations

import pytest

from herald_timeline.model import Article, Event


def _plain(text: str) -> str:
    return text.replace("’", "'").replace("\xa0", " ")


def event_matches(article: Article, event: Event, gold_event: dict) -> bool:
    """As the gold says: the sentence contains the evidence and every given field agrees."""
    sentence = article.text[event.sentence.start:event.sentence.end]
    if _plain(gold_event["evidence"]) not in _plain(sentence):
        return False
    for name in ("actors", "status", "count", "ordinal"):
        if name in gold_event and getattr(event, name) != gold_event[name]:
            return False
    when = gold_event.get("when", {})
    iso = event.when.to_dict()
    for name in ("value", "start", "end"):
        if name in when and iso[name] != when[name]:
            return False
    if "on_or_before" in when and (iso["start"] is not None or iso["end"] != when["on_or_before"]):
        return False
    return True


def found(article: Article, gold_event: dict) -> bool:
    return any(event_matches(article, event, gold_event) for event in article.events)


def test_publication_date_comes_from_the_sidecar(seed_article):
    assert seed_article.published.isoformat() == "2012-05-21"
    assert seed_article.published_basis == "sidecar"
    assert seed_article.title == "Seoul seeks to boost military ties with China"


@pytest.mark.parametrize("event_id", [
    "partnership-2008", "first-strategic-defense-talks-2011", "seven-rounds-of-talks",
    "tokyo-trip-cancelled",
])
def test_every_required_event_is_found_exactly(seed_article, gold, event_id):
    gold_event = next(e for e in gold["required"] if e["id"] == event_id)
    candidates = [e for e in seed_article.events
                  if _plain(gold_event["evidence"]) in
                  _plain(seed_article.text[e.sentence.start:e.sentence.end])]
    assert candidates, f"no event from the sentence of {event_id}"
    assert found(seed_article, gold_event), (
        f"{event_id}: got {[e.to_dict() for e in candidates]}")


def test_at_least_six_of_the_seven_expected_events(seed_article, gold):
    hits = [g["id"] for g in gold["expected"] if found(seed_article, g)]
    assert len(hits) >= 6, hits


def test_no_event_between_countries_the_article_does_not_relate(seed_article):
    related = {frozenset(p) for p in (("KOR", "CHN"), ("KOR", "JPN"), ("KOR", "RUS"))}
    for event in seed_article.events:
        if len(event.actors) >= 2:
            assert frozenset(event.actors[:2]) in related, event.to_dict()
        assert "PRK" not in event.actors, event.to_dict()


def test_nothing_occurred_after_publication(seed_article):
    for event in seed_article.events:
        if event.status == "occurred" and event.when.start:
            assert event.when.start <= seed_article.published


def test_all_gold_timexes_are_tagged(seed_article, gold):
    tagged = [(t.text, t.type, t.value, t.mod) for t in seed_article.timexes]
    for timex in gold["timexes"]:
        hits = [t for t in tagged if t[0] == timex["text"] and t[1] == timex["type"]
                and ("value" not in timex or t[2] == timex["value"])
                and t[3] == timex.get("mod")]
        assert len(hits) == timex.get("occurrences", 1), (timex, tagged)


def test_summaries_read_as_timeline_labels(seed_article):
    summaries = {e.summary for e in seed_article.events}
    assert "South Korea and China hold the first strategic defense talks" in summaries
    assert "South Korea's defense minister cancels trip to Japan" in summaries
    for summary in summaries:
        assert summary[0].isupper() and len(summary) < 110
