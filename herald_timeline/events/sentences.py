"""Sentence boundaries that survive news abbreviations ("Gen.", "U.S.", "Nov. 3", "No. 2")."""

from __future__ import annotations

import re

from herald_timeline.model import Span

# Words that end in a full stop without ending the sentence.
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt",
    "gov", "sen", "rep", "rev", "st", "jr", "sr", "no", "nos", "vs", "inc", "corp", "co",
    "ltd", "dept", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "mt", "ft", "approx", "est", "pres", "amb", "fig", "vol", "p",
}
_CANDIDATE = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n\s*\n")
_WORD_BEFORE = re.compile(r"([\w.]+)[.!?]*[\"'”’)\]]*$")


def split_sentences(text: str) -> list[Span]:
    """Spans of the sentences in `text`, whitespace trimmed, in order."""
    spans: list[Span] = []
    start = 0
    for found in _CANDIDATE.finditer(text):
        if found.group().strip() and not _ends_sentence(text, found.start()):
            continue
        _append(spans, text, start, found.end())
        start = found.end()
    _append(spans, text, start, len(text))
    return spans


def _ends_sentence(text: str, position: int) -> bool:
    if text[position] != ".":
        return True
    word = _WORD_BEFORE.search(text[max(0, position - 20):position + 1])
    if not word:
        return True
    token = word.group(1).rstrip(".").lower()
    if token in ABBREVIATIONS:
        return False
    # Initials and dotted abbreviations: "U.S.", "S. Korea", "J. Smith".
    if re.fullmatch(r"(?:[a-z]\.)*[a-z]", token):
        following = text[position + 1:position + 40].lstrip()
        # "in the U.S. The talks..." does end; "U.S. officials" does not.
        return bool(re.match(r"(?:The|A|An|In|On|It|He|She|They|We|But|This)\b", following))
    return True


def _append(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end))
