"""The analysis never raises on any text, and every offset stays inside it."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from herald_timeline.model import Article
from herald_timeline.pipeline import analyse
from herald_timeline.temporal.resolve import TIMEX_VALUE

NEWSY = st.lists(st.sampled_from([
    "Seoul", "Beijing", "the two countries", "held", "talks", "last year", "in 2008", "May",
    "may", "June 29, 2012", "Monday", "since", "so far", "seven rounds of", "canceling his trip to",
    "Japan", ",", ".", "  ", "\n\n", "the end of the month", "ago", "two", "signed", "'s", "’",
    "1910-45", "$2008", "a second", "every", "week", "3 p.m.", "Q3", "fiscal",
]), max_size=60).map(" ".join)
ANY_TEXT = st.one_of(st.text(max_size=400), NEWSY)
DATES = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=ANY_TEXT, published=DATES)
def test_analysis_never_raises_and_offsets_stay_inside(text, published):
    article = analyse(Article(source="t", text=text, published=published,
                              publisher="The Korea Herald"))
    for timex in article.timexes:
        assert 0 <= timex.start < timex.end <= len(text)
        assert text[timex.start:timex.end] == timex.text
        assert timex.value is None or TIMEX_VALUE.match(timex.value), timex
    for event in article.events:
        assert 0 <= event.sentence.start <= event.trigger.start < event.trigger.end \
            <= event.sentence.end <= len(text)
        event.to_dict()


def test_a_huge_text_is_handled():
    text = "Last year Seoul and Beijing held talks in 2008. " * 4000  # 192,000 characters
    article = analyse(Article(source="t", text=text, published=date(2012, 5, 21)))
    assert len(article.timexes) == 8000 and len(article.events) == 4000
