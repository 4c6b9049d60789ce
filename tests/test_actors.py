"""Who is named: countries, metonyms, abbreviations, leaders, institutions."""

from __future__ import annotations

import pytest

from herald_timeline.events.actors import display_name, find_mentions


def codes(text: str, **kwargs) -> list[str]:
    return [m.code for m in find_mentions(text, **kwargs)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Seoul and Beijing agreed.", ["KOR", "CHN"]),
    ("Tokyo protested to Pyongyang.", ["JPN", "PRK"]),
    ("The Kremlin said Washington was wrong.", ["RUS", "USA"]),
    ("S. Korea and N. Korea met.", ["KOR", "PRK"]),
    ("The ROK and the DPRK talked.", ["KOR", "PRK"]),
    ("North Korea's army moved.", ["PRK"]),
    ("South Korean and Japanese officials met.", ["KOR", "JPN"]),
    ("The U.S. and the PRC signed.", ["USA", "CHN"]),
    ("The UN Security Council met.", ["UNO"]),
    ("Japan's Self Defense Force could be sent.", ["JPN", "JPN"]),
])
def test_names_become_codes(text, expected):
    assert codes(text) == expected


def test_people_and_money_are_not_countries():
    assert codes("Serb police detained ethnic Albanians in Kosovo.") == ["SRB", "XKX"]
    assert codes("He took US $50 million from Haiti.") == ["HTI"]


def test_bodies_and_regions():
    assert codes("Al-Qaeda and al-Qaeda in Iraq threatened Britain.") == ["ALQ", "ALQ", "IRQ",
                                                                          "GBR"]
    assert codes("Violence flared in Northern Ireland.") == ["GBR"]


def test_north_korea_is_never_korea():
    assert codes("North Korea fired a missile.") == ["PRK"]


def test_a_newspaper_title_is_not_an_actor():
    assert codes("catch table Korea Herald daum") == []


def test_leaders_count_only_in_their_years():
    assert codes("Lee Myung-bak met reporters.", year=2010) == ["KOR"]
    assert codes("Lee Myung-bak met reporters.", year=1990) == []


def test_an_unqualified_ministry_belongs_to_the_home_country():
    assert codes("The Defense Ministry said so.", home="KOR") == ["KOR"]
    assert codes("The Defense Ministry said so.") == []
    assert codes("Japan's Defense Ministry said so.", home="KOR") == ["JPN"]


def test_offsets_and_possessives():
    text = "Seoul’s military rejected it."
    (mention,) = find_mentions(text)
    assert text[mention.start:mention.end] == "Seoul"


def test_display_names_read_well():
    assert display_name("KOR") == "South Korea"
    assert display_name("CHN") == "China"
    assert display_name("UNO") == "United Nations"
