"""The temporal tagger against one fixed publication date, as Duckling tests: a corpus of
expressions with their values, a negative corpus, and span boundaries."""

from __future__ import annotations

from datetime import date

import pytest

from herald_timeline.temporal import tag_text
from herald_timeline.temporal.intervals import interval_of

DCT = date(2012, 5, 21)  # a Monday: the seed article's publication date

# (sentence, expression as TimeML would mark it, type, value, mod)
CORPUS = [
    ("Last year the two countries held talks.", "Last year", "DATE", "2011", None),
    ("The partnership began in 2008, officials said.", "2008", "DATE", "2008", None),
    ("Officials said Monday that talks would resume.", "Monday", "DATE", "2012-05-21", None),
    ("The minister arrived yesterday.", "yesterday", "DATE", "2012-05-20", None),
    ("He met his counterpart last Friday.", "last Friday", "DATE", "2012-05-18", None),
    ("They will meet on Friday.", "Friday", "DATE", "2012-05-25", None),
    ("The deal was signed on June 29, 2012.", "June 29, 2012", "DATE", "2012-06-29", None),
    ("The treaty was signed 29 June 1998.", "29 June 1998", "DATE", "1998-06-29", None),
    ("Talks resumed in March.", "March", "DATE", "2012-03", None),
    ("The summit is set for June.", "June", "DATE", "2012-06", None),
    ("Trade fell in September.", "September", "DATE", "2011-09", None),
    ("Exports rose in June 2012.", "June 2012", "DATE", "2012-06", None),
    ("Tensions grew in the 1990s.", "the 1990s", "DATE", "199", None),
    ("Growth slowed in mid-2011.", "mid-2011", "DATE", "2011", "MID"),
    ("Elections are due in early 2013.", "early 2013", "DATE", "2013", "START"),
    ("The pact ran 1910-45 under Japanese rule.", "1910-45", "DATE", "1910", None),
    ("They hope to finish by the end of the month.", "the end of the month", "DATE",
     "2012-05", "END"),
    ("The team will report next week.", "next week", "DATE", "2012-W22", None),
    ("Sales rose this month.", "this month", "DATE", "2012-05", None),
    ("Prices doubled over the past three years.", "the past three years", "DURATION",
     "P3Y", None),
    ("The border opened two years ago.", "two years ago", "DATE", "2010", None),
    ("In 2005 they met; a year earlier they had quarrelled.", "a year earlier", "DATE",
     "2004", None),
    ("Profit rose in the third quarter.", "the third quarter", "DATE", "2011-Q3", None),
    ("Profit will rise in the third quarter.", "the third quarter", "DATE", "2012-Q3", None),
    ("Dividends are paid around Nov. 6.", "around Nov. 6", "DATE", "2011-11-06", "APPROX"),
    ("Shares fell in the latest quarter.", "the latest quarter", "DATE", "2012-Q1", None),
    ("Sales rose 5% from a year earlier.", "a year earlier", "DATE", "2011", None),
    ("The treaty turned 40 on Thanksgiving Day.", "Thanksgiving Day", "DATE", "2011-11-24",
     None),
    ("Carthage was destroyed in 146 BC.", "146 BC", "DATE", "BC0146", None),
    ("Talks stalled in June last year.", "June last year", "DATE", "2011-06", None),
    ("The vote will be at noon Thursday.", "noon Thursday", "TIME", "2012-05-24T12:00", None),
    ("Revenue for fiscal 1998 rose.", "fiscal 1998", "DATE", "1998", None),
    ("Fighting resumed last summer.", "last summer", "DATE", "2011-SU", None),
    ("The vote is at 3 p.m.", "3 p.m.", "TIME", "2012-05-21T15:00", None),
    ("Leaders met this morning.", "this morning", "TIME", "2012-05-21TMO", None),
    ("The war lasted seven years.", "seven years", "DURATION", "P7Y", None),
    ("Exercises have run for some time.", "some time", "DURATION", "PXX", None),
    ("They have feuded for decades.", "decades", "DURATION", "PXY", None),  # as TimeBank
    ("The talks lasted 24 hours.", "24 hours", "DURATION", "PT24H", None),
    ("Drills are held every year.", "every year", "SET", "P1Y", None),
    ("The council meets weekly.", "weekly", "SET", "P1W", None),
    ("The plan was recently approved.", "recently", "DATE", "PAST_REF", None),
    ("Seoul is currently in talks with Tokyo.", "currently", "DATE", "PRESENT_REF", None),
    ("Ties may expand in the future.", "the future", "DATE", "FUTURE_REF", None),
    ("Talks were held on 2012-05-02.", "2012-05-02", "DATE", "2012-05-02", None),
    ("The accord was signed 05/02/2012.", "05/02/2012", "DATE", "2012-05-02", None),
]

# Text in which the tagger must find nothing at all.
NEGATIVES = [
    "Prices may rise as tensions grow.",
    "Protesters will march to the embassy.",
    "Seoul has the ACSA with 24 countries.",
    "The fund paid $2008 to each family.",
    "He told the Sunday Times about it.",
    "They tried a second time.",
    "May I ask a question?",
    "The 2008 people who marched were arrested.",
    "",
]


def tags(text: str, dct: date | None = DCT):
    return [(t.text, t.type, t.value, t.mod) for t in tag_text(text, dct)]


@pytest.mark.parametrize(("sentence", "expression", "kind", "value", "mod"), CORPUS,
                         ids=[c[1] for c in CORPUS])
def test_expression_is_found_with_exact_extent_and_value(sentence, expression, kind,
                                                         value, mod):
    assert (expression, kind, value, mod) in tags(sentence)


@pytest.mark.parametrize("text", NEGATIVES)
def test_nothing_is_found_in(text):
    assert tags(text) == []


@pytest.mark.parametrize(("text", "span"), [
    ("Last year the two countries met.", "Last year"),
    ("in 2008, the two countries", "2008"),
    ("at the end of the month.", "the end of the month"),
    ("since early June, talks", "early June"),
])
def test_span_boundaries_follow_timeml(text, span):
    assert [t[0] for t in tags(text)] == [span]


def test_a_history_dates_bare_months_in_the_years_it_tells_of():
    text = ("The war began on 28 July 1914. In August, German armies crossed Belgium, and "
            "by 1917 Russia had collapsed. In March, it signed a treaty.")
    found = {t.text: t.value for t in tag_text(text, DCT)}
    assert found["August"] == "1914-08"
    assert found["March"] == "1917-03"


def test_news_keeps_bare_months_near_publication():
    text = "The company, founded in 1987, said in March that sales rose last year."
    found = {t.text: t.value for t in tag_text(text, DCT)}
    assert found["March"] == "2012-03"


def test_offsets_index_the_text():
    text = "Seoul said Monday that last year's talks went well."
    for timex in tag_text(text, DCT):
        assert text[timex.start:timex.end] == timex.text


def test_relative_dates_stay_unresolved_without_a_publication_date():
    found = {t.text: t for t in tag_text("Last year, on June 29, 2012, they met.", None)}
    assert found["Last year"].value is None
    assert found["Last year"].basis == "unresolved"
    assert found["June 29, 2012"].value == "2012-06-29"


def test_intervals_carry_precision():
    assert interval_of("2011").precision == "year"
    assert interval_of("2011").start == date(2011, 1, 1)
    assert interval_of("2011").end == date(2011, 12, 31)
    assert interval_of("2012-W21").start == date(2012, 5, 21)
    assert interval_of("2012-Q3").end == date(2012, 9, 30)
    assert interval_of("199").start == date(1990, 1, 1)
    assert interval_of("2012-05", "END").end == date(2012, 5, 31)
    assert interval_of("PAST_REF", None, DCT).end == DCT
    assert interval_of("2011-02-30") is None
