"""Where an article's publication date comes from, most explicit evidence first."""

from __future__ import annotations

import re
from datetime import date

_URL_DATE = (
    re.compile(r"(?<!\d)((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?!\d)"),
    # Korea Herald's article ids: view.php?ud=20120521001010
    re.compile(r"[?&](?:ud|date|d)=((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])"),
)
_MONTHS = {m: i for i, m in enumerate(
    ("january february march april may june july august september october november "
     "december").split(), start=1)}
_DATELINE = re.compile(
    r"(?:Published|Posted|Updated|Date)\s*:?\s*(?P<month>[A-Z][a-z]+)\.?\s+(?P<day>\d{1,2}),?"
    r"\s+(?P<year>(?:19|20)\d\d)", re.IGNORECASE)


def _safe_date(year: str, month: str | int, day: str) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def date_from_url(url: str | None) -> date | None:
    for pattern in _URL_DATE if url else ():
        found = pattern.search(url)
        if found:
            return _safe_date(*found.groups())
    return None


def date_from_dateline(text: str) -> date | None:
    """"Published : June 4, 2013" near the top of the text."""
    found = _DATELINE.search(text[:2000])
    if not found:
        return None
    month = _MONTHS.get(found.group("month").lower()) or next(
        (n for name, n in _MONTHS.items() if name.startswith(found.group("month").lower()[:3])),
        None)
    return _safe_date(found.group("year"), month, found.group("day")) if month else None


def parse_iso_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None
