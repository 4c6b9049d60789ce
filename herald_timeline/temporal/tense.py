"""Does the text around a time expression speak of the future ("will meet on Monday") or
the past ("met on Monday")? The resolver uses it to pick which Monday, which June."""

from __future__ import annotations

import re

_FUTURE = re.compile(
    r"\b(?:will|won't|shall|'ll|going\s+to|plans?\s+to|planned|planning|scheduled|"
    r"expected\s+to|is\s+to|are\s+to|due|set\s+for|upcoming|intends?\s+to|next)\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|ago|last|earlier|held|met|signed|ended|rose|fell)\b",
    re.IGNORECASE
)
# Right before the expression, these settle it: "said Monday" is a past Monday.
_ADJACENT_PAST = re.compile(r"\b(?:said|told|announced|reported|added|declared)\s+(?:on\s+)?$",
                            re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?;]\s")


def tense_near(text: str, start: int, end: int, reach: int = 80) -> str | None:
    """"future" or "past" by the nearest cue in the clause around [start, end), or None."""
    left = text[max(0, start - reach):start]
    cut = list(_SENTENCE_END.finditer(left))
    if cut:
        left = left[cut[-1].end():]
    right = text[end:end + reach // 2]
    stop = _SENTENCE_END.search(right)
    if stop:
        right = right[:stop.start()]
    if _ADJACENT_PAST.search(left):
        return "past"
    window = f"{left} {right}"
    middle = len(left)

    def nearest(pattern: re.Pattern) -> int:
        return min((abs(m.start() - middle) for m in pattern.finditer(window)), default=10**6)

    future, past = nearest(_FUTURE), nearest(_PAST)
    if future == past:
        return None
    return "future" if future < past else "past"
