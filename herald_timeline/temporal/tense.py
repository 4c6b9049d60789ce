"""Does the text around a time expression speak of the future? ("will meet on Monday")"""

from __future__ import annotations

import re

_FUTURE = re.compile(
    r"\b(?:will|won't|shall|'ll|going\s+to|plans?\s+to|planned|planning|scheduled|"
    r"expected\s+to|is\s+to|are\s+to|due|set\s+for|upcoming|intends?\s+to|next)\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|said|ago|last|earlier|held|met|signed)\b", re.IGNORECASE
)
_SENTENCE_END = re.compile(r"[.!?;]\s")


def speaks_of_future(text: str, start: int, end: int, reach: int = 80) -> bool:
    """True when the clause around [start, end) has a future cue nearer than a past one."""
    left = text[max(0, start - reach):start]
    cut = list(_SENTENCE_END.finditer(left))
    if cut:
        left = left[cut[-1].end():]
    right = text[end:end + reach // 2]
    stop = _SENTENCE_END.search(right)
    if stop:
        right = right[:stop.start()]
    window = f"{left} {right}"
    future = [m.start() for m in _FUTURE.finditer(window)]
    if not future:
        return False
    past = [m.start() for m in _PAST.finditer(window)]
    middle = len(left)
    return min(abs(p - middle) for p in future) < min((abs(p - middle) for p in past),
                                                      default=10**6)
