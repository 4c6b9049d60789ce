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
from herald_timeline.events.triggers import Trigger, active_triggers
from herald_timeline.events.when import TriggerPlace, event_when
from herald_timeline.model import Article, Event, Span, TimeExpression
from herald_timeline.temporal.numbers import NUMBER_PATTERN, parse_number

_WORD = re.compile(r"[a-z]+")
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
# A word before which a verb-looking word is a noun ("military supplies", "the talks") or
# the verb of a clause about something else ("which allows").
_NOUN_BEFORE = re.compile(
    r"\b(?:the|a|an|of|and|or|its|their|his|her|our|such|these|those|this|that|which|who|"
    r"military|for|with|on|in|by|regarding|concerning|about|from|further|new|more)\s+$",
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
    """The events a sentence (text[start:end]) names: its phrase triggers, the longest
    where two overlap; failing those, the first verb of verbs.toml that reads as a verb."""
    triggers = active_triggers(set(_WORD.findall(text[start:end].lower())))
    phrases = _matches(text, start, end, [t for t in triggers if not t.generic])
    if phrases:
        return phrases
    verbs = _matches(text, start, end, [t for t in triggers if t.generic],
                     keep=lambda f: f.trigger.noun or not _NOUN_BEFORE.search(
                         text[start:f.verb_start]))
    return verbs[:1]


def _matches(text: str, start: int, end: int, triggers, keep=None) -> list[_Found]:
    """Matches of `triggers` (those `keep` accepts), the longest where two overlap."""
    found = []
    for trigger in triggers:
        for match in trigger.regex.finditer(text, start, end):
            verb = match.group("verb") if "verb" in trigger.regex.groupindex else None
            verb_start = match.start("verb") if verb else match.start()
            if verb and verb.lower().endswith("ing") and _PREPOSITION_BEFORE.search(
                    text[start:verb_start]):
                continue  # "on signing an agreement": a purpose, not an event
            obj = match.group("object") if "object" in trigger.regex.groupindex else None
            item = _Found(trigger, match.start(), match.end(), verb, verb_start,
                          obj.strip() if obj else None)
            if keep is None or keep(item):
                found.append(item)
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


# Where the words about an event's target end: a new clause, a reason, a source.
_TARGET_END = re.compile(
    r"[.;:]|,\s+(?:which|who|where|while|after|before|because|as|if|when|despite|saying|but)"
    r"\b|\b(?:after|because|while|despite|according\s+to|in\s+the\s+wake\s+of|amid|"
    r"following|said|says)\b", re.IGNORECASE)


def _coordinated(text: str, first: Mention, candidates: list[Mention]) -> list[Mention]:
    """Mentions joined to `first` by "and" or a comma: "Seoul and Beijing", "Congo and Costa
    Rica"; `candidates` run away from `first`, nearest first."""
    group = [first]
    for mention in candidates:
        left, right = sorted((group[-1], mention), key=lambda m: m.start)
        if not re.fullmatch(r"\s*(?:and|,|, and)\s*(?:the\s+)?", text[left.end:right.start]):
            break
        group.append(mention)
    return group


def _initiators_and_targets(text: str, mentions: list[Mention], found: _Found):
    """Who acts (named nearest before the trigger, with anyone coordinated with it, or
    else first after it) and on whom (named first after the trigger in its clause)."""
    before = [m for m in mentions if m.end <= found.verb_start]
    after = [m for m in mentions if m.start >= found.verb_start]
    partners: list[Mention] = []
    if before:
        initiators = sorted(_coordinated(text, before[-1], list(reversed(before[:-1]))),
                            key=lambda m: m.start)
        # "Russia is among the countries with which South Korea signed": one clause.
        partners = [m for m in before if m.end <= initiators[0].start and not re.search(
            r"[,;:]", text[m.end:initiators[0].start])]
    elif after:
        initiators, after = [after[0]], after[1:]
    else:
        return [], []
    stop = _TARGET_END.search(text, found.end)
    in_clause = [m for m in after if stop is None or m.start < stop.start()]
    targets = _coordinated(text, in_clause[0], in_clause[1:]) if in_clause else []
    return initiators, targets + partners


def _distinct_codes(mentions: list[Mention]) -> list[str]:
    return list(dict.fromkeys(m.code for m in mentions))


_ANAPHORIC_SUBJECT = re.compile(
    r"\s*(?:The|These|Those|This|That|Such)\s+(?:process|talks|negotiations|agreements?|"
    r"pacts?|deals?|accords?|plans?|visit|trip|meeting|summit|dispute|move)\b")


def _actors_for(text: str, sentence: Span, mentions: list[Mention], found: _Found,
                memory: _PairMemory, previous: Event | None) -> tuple[list[str], Mention | None]:
    """The event's actor codes, initiators first, and the mention of its initiator."""
    reference = None
    for match in PAIR_REFERENCE.finditer(text, sentence.start, found.end):
        reference = match
    initiators, targets = _initiators_and_targets(text, mentions, found)
    if reference is not None:
        named_before = _distinct_codes([m for m in mentions if m.end <= reference.start()])
        pair = named_before[:2] if len(named_before) >= 2 else memory.pair
        if pair:
            others = [c for c in _distinct_codes(targets) if c not in pair]
            return list(pair) + others[:1], None
    codes = _distinct_codes(initiators + targets)
    if len(codes) < 2 and previous and _ANAPHORIC_SUBJECT.match(text, sentence.start):
        # "The process ... has been slowed down": the process named before, its parties.
        codes = _distinct_codes(initiators) + [c for c in previous.actors if c not in codes]
    # Only a lone initiator lends the summary its office ("South Korea's defense
    # minister"); "Seoul and Beijing's militaries" stay "South Korea and China".
    return codes, (initiators[-1] if len(initiators) == 1 else None)


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
             obj: str | None, verb_as_written: str | None) -> str:
    source = display_name(codes[0]) if codes else "Someone"
    if source_agent:
        source = f"{source}'s {source_agent}"
    plural = len(codes) > 1 and "{actors}" in trigger.summary and not source_agent
    obj = _PRONOUN.sub("", obj) if obj else trigger.default_object
    text = trigger.summary.format(
        actors=_names(codes) if not source_agent else source, source=source,
        target=_names(codes[1:]) or "others",
        verb=(trigger.plural_verb if plural else trigger.singular_verb) or " ".join(
            (verb_as_written or "").split()),
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
            codes, initiator = _actors_for(text, sentence, mentions, found, memory,
                                           events[-1] if events else None)
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
    event_type, cameo = _as_intention(found.trigger, status,
                                      text[clause_start:found.verb_start])
    agent = agent_near(text, initiator) if initiator else None
    return Event(
        id="", summary=_summary(found.trigger, codes, agent, found.object, found.verb),
        type=event_type, cameo=cameo, actors=codes, status=status,
        when=when, sentence=sentence, trigger=Span(found.verb_start, found.end),
        trigger_text=text[found.verb_start:found.end], count=count, ordinal=ordinal,
        timex=timex.id if timex else None,
    )


_COOPERATIVE = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
_HOSTILE = {"ASSAULT", "COERCE", "SANCTION"}


_MUST_BEFORE = re.compile(r"\b(?:must|should|ought\s+to|has\s+to|have\s+to)\s+$", re.IGNORECASE)


def _as_intention(trigger: Trigger, status: str, before: str) -> tuple[str, str | None]:
    """CAMEO codes what is only intended, demanded or refused by that: "will withdraw"
    expresses intent to cooperate (AGREE), "will attack" threatens (THREATEN), "must
    withdraw" demands (REQUEST), "refused to meet" rejects (REJECT)."""
    if _MUST_BEFORE.search(before):
        return "REQUEST", "100"
    if status == "rejected" and trigger.type != "REJECT":
        return "REJECT", "120"
    if status == "planned" and trigger.type in _COOPERATIVE:
        return "AGREE", "030"
    if status == "planned" and trigger.type in _HOSTILE:
        return "THREATEN", "130"
    return trigger.type, trigger.cameo


def _clause_start(text: str, sentence_start: int, position: int) -> int:
    """Where the clause holding `position` starts: after ", where", ";" and the like."""
    start = sentence_start
    for match in _CLAUSE_BREAK.finditer(text, sentence_start, position):
        start = match.end()
    return start


__all__ = ["extract_events"]
