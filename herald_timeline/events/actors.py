"""Who is named: countries by name, adjective, capital ("Seoul said"), leader, institution.

The names come from pycountry (ISO 3166, maintained upstream), from CountryInfo
(resources/actors/countryinfo.tsv: adjectives, synonyms, capitals, leaders with their
years in office) and from our own table of metonyms and bodies (aliases.toml).
Matching runs over capitalised word sequences, longest first, so "North Korea" is never
read as "Korea", and ignores case and hyphens ("Lee Myung-bak" = "LEE_MYUNG_BAK").
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache

import pycountry

from herald_timeline.resources import load_toml, resource_path

_TOKEN = re.compile(r"\w+(?:[.'’-]\w+)*\.?")
_POSSESSIVE = re.compile(r"['’]s?$")
# "the two countries" and the like: the pair named just before.
PAIR_REFERENCE = re.compile(
    r"\b(?:the\s+two|both)\s+(?:countries|nations|sides|governments|states|neighbou?rs|"
    r"militaries|capitals|leaders|delegations|allies|rivals|Koreas)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    code: str
    kind: str  # name, capital, leader, alias, body, home (an institution of the home country)


@dataclass(frozen=True)
class Entry:
    code: str
    kind: str
    first_year: int | None = None
    last_year: int | None = None

    def valid_in(self, year: int | None) -> bool:
        if year is None:
            return True
        return ((self.first_year is None or self.first_year <= year)
                and (self.last_year is None or year <= self.last_year))


def normalise_key(text: str) -> str:
    text = text.replace("’", "'").replace("-", " ").lower()
    if text.startswith("the "):
        text = text[4:]
    return " ".join(text.split())


@dataclass
class Gazetteer:
    entries: dict[str, list[Entry]]
    skip: set[str]
    home_institutions: set[str]
    agents: dict[str, str]
    publishers: dict[str, str]
    # Each name's first word -> the most words a name starting with it has: a capitalised
    # word that starts no name is passed over at once.
    widths: dict[str, int]


@cache
def display_name(code: str) -> str:
    """How a timeline label names a country: "South Korea", not "Korea, Republic of"."""
    aliases = load_toml("actors", "aliases.toml")
    for name, body_code in aliases["body"].items():
        if body_code == code and " " in name:
            return name
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return code
    override = _DISPLAY.get(code)
    if override:
        return override
    return getattr(country, "common_name", None) or country.name


_DISPLAY = {
    "KOR": "South Korea", "PRK": "North Korea", "RUS": "Russia", "IRN": "Iran",
    "SYR": "Syria", "VNM": "Vietnam", "LAO": "Laos", "TWN": "Taiwan", "BOL": "Bolivia",
    "VEN": "Venezuela", "TZA": "Tanzania", "MDA": "Moldova", "PSE": "Palestine",
    "COD": "DR Congo", "GBR": "Britain", "USA": "the United States", "CZE": "Czech Republic",
}


@cache
def load_gazetteer() -> Gazetteer:
    entries: dict[str, list[Entry]] = {}

    def add(surface: str, entry: Entry) -> None:
        key = normalise_key(surface)
        if key and entry not in entries.setdefault(key, []):
            entries[key].append(entry)

    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(country, attribute, None)
            if value and "," not in value:
                add(value, Entry(country.alpha_3, "name"))
    with resource_path("actors", "countryinfo.tsv").open(encoding="utf-8") as handle:
        rows = csv.reader((line for line in handle if not line.startswith("#")),
                          delimiter="\t")
        for code, kind, surface, first, last in rows:
            entry = Entry(code, kind, int(first) if first else None, int(last) if last else None)
            add(surface, entry)
            if kind == "name" and surface.endswith(("an", "i")) and " " not in surface:
                add(surface + "s", entry)  # "Nigerians", "Israelis": the people as actors
    aliases = load_toml("actors", "aliases.toml")
    iso_codes = {country.alpha_3 for country in pycountry.countries}
    for surface, code in aliases["country"].items():
        add(surface, Entry(code, "alias"))
    for surface, code in aliases["body"].items():
        if code in iso_codes:
            raise ValueError(f"aliases.toml: body code {code} is a country's ISO code")
        add(surface, Entry(code, "body"))
    skip = {normalise_key(k) for k in aliases["not_actor"]}
    home = {normalise_key(k) for k in aliases["home_institution"]}
    agents = {normalise_key(k): v for k, v in aliases["agent"].items()}
    publishers = {normalise_key(k): v for k, v in aliases["publisher"].items()}
    widths: dict[str, int] = {}
    for key in (*entries, *skip, *home):
        words = key.split(" ")
        for first in {words[0], words[0].rstrip(".")}:
            widths[first] = max(widths.get(first, 0), len(words))
    return Gazetteer(entries, skip, home, agents, publishers, widths)


def home_country(publisher: str | None) -> str | None:
    if not publisher:
        return None
    return load_gazetteer().publishers.get(normalise_key(publisher))


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def _key_of(tokens: list[tuple[int, int, str]]) -> tuple[str, int]:
    """The lookup key of a run of tokens, and where the name ends (before 's)."""
    last_start, last_end, last = tokens[-1]
    end = last_end
    stripped = _POSSESSIVE.sub("", last)
    if stripped != last:
        end = last_start + len(stripped)
    words = [t[2] for t in tokens[:-1]] + [stripped]
    return normalise_key(" ".join(words)), end


def find_mentions(text: str, start: int = 0, end: int | None = None,
                  home: str | None = None, year: int | None = None) -> list[Mention]:
    """Actor mentions in text[start:end], offsets into `text`."""
    gazetteer = load_gazetteer()
    end = len(text) if end is None else end
    tokens = [(s + start, e + start, w) for s, e, w in _tokens(text[start:end])]
    mentions: list[Mention] = []
    index = 0
    while index < len(tokens):
        word = tokens[index][2]
        named = word[0].isupper() or word.startswith(("al-", "el-"))  # "al-Qaeda"
        first = normalise_key(_POSSESSIVE.sub("", word)).split(" ")[0] if named else ""
        widest = gazetteer.widths.get(first) or gazetteer.widths.get(first.rstrip("."), 0)
        if not widest:
            index += 1
            continue
        for width in range(min(widest, len(tokens) - index), 0, -1):
            run = tokens[index:index + width]
            key, name_end = _key_of(run)
            if key.endswith(".") and key not in gazetteer.entries:
                key, name_end = key[:-1], name_end - 1
            if key in gazetteer.skip:
                break
            if key in gazetteer.home_institutions:
                if home and not _country_just_before(mentions, run[0][0], text):
                    mentions.append(Mention(run[0][0], name_end, text[run[0][0]:name_end],
                                            home, "home"))
                break
            matches = [e for e in gazetteer.entries.get(key, ()) if e.valid_in(year)]
            if matches and _not_an_actor_here(text, run[0][0], name_end):
                break
            if matches:
                entry = matches[0]
                mentions.append(Mention(run[0][0], name_end, text[run[0][0]:name_end],
                                        entry.code, entry.kind))
                break
        else:
            index += 1
            continue
        index += width
    return mentions


# "ethnic Albanians in Serbia" are not Albania; "US $50 million" is money, not the US.
_ETHNIC_BEFORE = re.compile(r"\bethnic\s+$", re.IGNORECASE)
_MONEY_AFTER = re.compile(r"\s?\$")


def _not_an_actor_here(text: str, start: int, end: int) -> bool:
    return bool(_ETHNIC_BEFORE.search(text[max(0, start - 10):start])
                or _MONEY_AFTER.match(text, end))


def _country_just_before(mentions: list[Mention], position: int, text: str) -> bool:
    """"Japan's Defense Ministry": the institution is already that country's."""
    return bool(mentions) and position - mentions[-1].end <= 4 and not re.search(
        r"[,.;]", text[mentions[-1].end:position])


def agent_near(text: str, mention: Mention, reach: int = 40) -> str | None:
    """The office acting for a mentioned country: "the South Korean Minister of Defense"."""
    gazetteer = load_gazetteer()
    window = text[mention.end:mention.end + reach]
    best = None
    for key, label in gazetteer.agents.items():
        found = re.match(rf"(?:['’]s)?\s+(?:(?:top|new|chief|former)\s+)?{re.escape(key)}\b",
                         window.replace("-", " "), re.IGNORECASE)
        if found and (best is None or len(key) > best[0]):
            best = (len(key), label)
    return best[1] if best else None
