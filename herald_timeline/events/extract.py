"""Build an article's events: trigger + actors + status + time, one sentence at a time."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from herald_timeline.events.actors import (
    PAIR_REFERENCE,
    Mention,
    agent_near,
    display_name,
    find_mentions,
    home_country,
)
from herald_timeline.events.sentences import split_sentences
from herald_timeline.events.status import decide_status
from herald_timeline.events.triggers import Trigger, load_triggers
from herald_timeline.events.when import TriggerPlace, event_when
from herald_timeline.model import Article, Event, Span, TimeExpression
from herald_timeline.temporal.numbers import NUMBER_PATTERN, parse_number

_PREPOSITION_BEFORE = re.compile(
    r"\b(?:on|of|for|about|in|by|after|before|without|toward|towards|regarding|"
    r"concerning|over|from)\s*$", re.IGNORECASE)
_COUNT = re.compile(rf"(?P<n>{NUMBER_PATTERN})\s+(?:rounds?|sessions?|times|meetings|rounds)\b",
                    re.IGNORECASE)
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}
_ORDINAL = re.compile(
    r"\b(?:(?P<word>" + "|".join(_ORDINALS) + r")|(?P<digits>\d+)(?:st|nd|rd|th))\b",
    re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:]\s+(?:where|which|who|while|and|but)\b|[;:]")
_PRONOUN = re.compile(r"^(?:his|her|their|its)\s+", re.IGNORECASE)


@dataclass
class _Found:
    trigger: Trigger
    start: int
    end: int
    verb: str | None
    verb_start: int
    object: str | None


def _triggers_in(text: str, start: int, end: int) -> list[_Found]:
    """Trigger matches in text[start:end], the longest where two overlap."""
    found = []
    for trigger in load_triggers():
        for match in trigger.regex.finditer(text, start, end):
            verb = match.group("verb") if "verb" in trigger.regex.groupindex else None
            verb_start = match.start("verb") if verb else match.start()
            if verb and verb.lower().endswith("ing") and _PREPOSITION_BEFORE.search(
                    text[start:verb_start]):
                continue  # "on signing an agreement": a purpose, not an event
            obj = match.group("object") if "object" in trigger.regex.groupindex else None
            found.append(_Found(trigger, match.start(), match.end(), verb, verb_start,
                                obj.strip() if obj else None))
    kept: list[_Found] = []
    for item in sorted(found, key=lambda f: (-(f.end - f.start), f.start)):
        if all(item.end <= k.start or item.start >= k.end for k in kept):
            kept.append(item)
    return sorted(kept, key=lambda f: f.start)


class _PairMemory:
    """The last two countries named together, for "the two countries"."""

    def __init__(self) -> None:
        self.pair: list[str] = []

    def remember(self, codes: list[str]) -> None:
        distinct = list(dict.fromkeys(codes))[:2]
        if len(distinct) == 2 and set(distinct) != set(self.pair):
            self.pair = distinct  # the same two again keep the order they were named in


def _order_actors(text: str, mentions: list[Mention], trigger_start: int) -> list[Mention]:
    """Initiators first: the actor named nearest before the trigger (with any actor
    coordinated with it, "Seoul and Beijing upgraded"), then the rest in text order."""
    before = [m for m in mentions if m.end <= trigger_start]
    if not before:
        return mentions
    ordered = [before[-1]]
    for mention in reversed(before[:-1]):
        if re.fullmatch(r"\s*(?:and|,)\s*", text[mention.end:ordered[0].start]):
            ordered.insert(0, mention)
    return ordered + [m for m in mentions if m not in ordered]


def _distinct_codes(mentions: list[Mention]) -> list[str]:
    return list(dict.fromkeys(m.code for m in mentions))


def _actors_for(text: str, sentence: Span, mentions: list[Mention], found: _Found,
                memory: _PairMemory) -> tuple[list[str], Mention | None]:
    """The event's actor codes, initiators first, and the mention of its initiator."""
    reference = None
    for match in PAIR_REFERENCE.finditer(text, sentence.start, found.end):
        reference = match
    if reference is not None:
        named_before = _distinct_codes([m for m in mentions if m.end <= reference.start()])
        pair = named_before[:2] if len(named_before) >= 2 else memory.pair
        if pair:
            others = [c for c in _distinct_codes(mentions) if c not in pair
                      and any(m.start > found.start for m in mentions if m.code == c)]
            return list(pair) + others[:1], None
    ordered = _order_actors(text, mentions, found.verb_start)
    codes = _distinct_codes(ordered)
    return codes, (ordered[0] if ordered else None)


def _count_and_ordinal(phrase: str | None) -> tuple[int | None, int | None]:
    if not phrase:
        return None, None
    count = None
    found = _COUNT.search(phrase)
    if found:
        value = parse_number(found.group("n"))
        count = int(value) if value and value == int(value) else None
    ordinal = None
    found = _ORDINAL.search(phrase)
    if found and count is None:
        ordinal = (_ORDINALS[found.group("word").lower()] if found.group("word")
                   else int(found.group("digits")))
    return count, ordinal


def _names(codes: list[str]) -> str:
    names = [display_name(code) for code in codes]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _summary(trigger: Trigger, codes: list[str], source_agent: str | None,
             obj: str | None) -> str:
    source = display_name(codes[0]) if codes else "Someone"
    if source_agent:
        source = f"{source}'s {source_agent}"
    plural = len(codes) > 1 and "{actors}" in trigger.summary and not source_agent
    obj = _PRONOUN.sub("", obj) if obj else trigger.default_object
    text = trigger.summary.format(
        actors=_names(codes) if not source_agent else source, source=source,
        target=_names(codes[1:]) or "others",
        verb=trigger.plural_verb if plural else trigger.singular_verb,
        object=" ".join((obj or "").split()),
    )
    text = re.sub(r"\s+(?:with|to|on)\s+others$", "", text)
    return " ".join(text.split())


def extract_events(article: Article) -> list[Event]:
    """The events of an article whose text and timexes are already known."""
    text = article.text
    home = home_country(article.publisher)
    year = article.published.year if article.published else None
    memory = _PairMemory()
    events: list[Event] = []
    timex_starts = [t.start for t in article.timexes]  # the tagger gives them in text order
    for sentence in split_sentences(text):
        mentions = find_mentions(text, sentence.start, sentence.end, home=home, year=year)
        found_all = _triggers_in(text, sentence.start, sentence.end)
        low = bisect_left(timex_starts, sentence.start)
        high = bisect_left(timex_starts, sentence.end)
        timexes = [t for t in article.timexes[low:high] if t.end <= sentence.end]
        places = [TriggerPlace(f.verb_start, f.end) for f in found_all]
        for index, found in enumerate(found_all):
            codes, initiator = _actors_for(text, sentence, mentions, found, memory)
            if not codes:
                continue
            event = _build_event(article, sentence, found, found_all, index, places, codes,
                                 initiator, timexes)
            events.append(event)
        memory.remember([m.code for m in mentions])
    for number, event in enumerate(events, start=1):
        event.id = f"e{number}"
    return events


def _build_event(article: Article, sentence: Span, found: _Found, found_all: list[_Found],
                 index: int, places: list[TriggerPlace], codes: list[str],
                 initiator: Mention | None, timexes: list[TimeExpression]) -> Event:
    text = article.text
    previous_end = found_all[index - 1].end if index else sentence.start
    clause_start = max(previous_end, _clause_start(text, sentence.start, found.verb_start))
    next_start = found_all[index + 1].start if index + 1 < len(found_all) else sentence.end
    status = decide_status(text[clause_start:found.verb_start], text[found.end:next_start],
                           found.verb, found.trigger.status)
    place = places[index]
    when, timex = event_when(
        text[sentence.start:sentence.end], sentence.start, place,
        [p for p in places if p != place], timexes, article.published,
        planned=status == "planned",
    )
    if status == "occurred" and article.published and when.start and \
            when.start > article.published:
        status = "planned"  # a report cannot tell of a past event dated after itself
    count, ordinal = _count_and_ordinal(found.object)
    agent = agent_near(text, initiator) if initiator else None
    return Event(
        id="", summary=_summary(found.trigger, codes, agent, found.object),
        type=found.trigger.type, cameo=found.trigger.cameo, actors=codes, status=status,
        when=when, sentence=sentence, trigger=Span(found.verb_start, found.end),
        trigger_text=text[found.verb_start:found.end], count=count, ordinal=ordinal,
        timex=timex.id if timex else None,
    )


def _clause_start(text: str, sentence_start: int, position: int) -> int:
    """Where the clause holding `position` starts: after ", where", ";" and the like."""
    start = sentence_start
    for match in _CLAUSE_BREAK.finditer(text, sentence_start, position):
        start = match.end()
    return start


__all__ = ["extract_events"]
