"""Page furniture around a plain-text article ("Back To Top", a byline, "catch table Korea
Herald daum"): jusText, the boilerplate classifier trafilatura uses, judges each line; only
the lines before the first and after the last line of running text are dropped, and only
when the text has some running text at all, so a short note is never emptied."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from herald_timeline.ingest.published import date_from_dateline

_EDGE = 8  # lines judged at each end of a long text
_BYLINE = re.compile(r"^\s*By\s+(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})")


@dataclass
class Cleaned:
    text: str
    title: str | None  # a heading dropped from the top
    byline: str | None


def strip_furniture(text: str) -> Cleaned:
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    if len(lines) < 3:
        return Cleaned(text, None, None)
    import justext  # comes with trafilatura; loaded only for plain text

    # Only the edges can be dropped: judge the first and last lines (with enough of their
    # neighbours for jusText's context), not a long article's every paragraph.
    edge = _EDGE if len(lines) > 2 * _EDGE else len(lines)
    judged = list(range(edge)) + [n for n in range(len(lines) - edge, len(lines)) if n >= edge]
    page = "<html><body>" + "".join(f"<p>{html.escape(lines[n])}</p>" for n in judged) + \
        "</body></html>"
    paragraphs = justext.justext(page.encode("utf-8"), justext.get_stoplist("English"))
    if len(paragraphs) != len(judged):
        return Cleaned(text, None, None)  # jusText merged or split lines: keep all
    # A dateline ("Published : June 4, 2013") dates the article: it stays.
    good = [number for number, p in zip(judged, paragraphs, strict=True)
            if not p.is_boilerplate or date_from_dateline(lines[number])]
    if len(good) < 2:
        return Cleaned(text, None, None)
    first, last = good[0], good[-1]
    dropped = lines[:first] + lines[last + 1:]
    title = next((line for line in lines[:first]
                  if looks_like_title(line) and not line.endswith(".")), None)
    byline = next((m.group("name") for m in map(_BYLINE.match, dropped) if m), None)
    return Cleaned("\n\n".join(lines[first:last + 1]), title, byline)


def looks_like_title(line: str) -> bool:
    """A line that could be an article's title: of some length, no byline, no "Back To Top"."""
    line = line.strip()
    return 12 <= len(line) <= 200 and not line.lower().startswith(("back to", "by "))
