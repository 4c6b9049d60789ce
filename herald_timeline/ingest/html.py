"""A web page to an article: the main text without menus, comments and footers (trafilatura),
its title, byline and site name, and a publication date only where the page states one."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date

from herald_timeline.ingest.errors import InputError
from herald_timeline.ingest.published import parse_iso_date

# Where pages state their publication date, most specific first.
_META_NAMES = (
    "article:published_time", "og:published_time", "datepublished", "pubdate",
    "publishdate", "publish-date", "date", "dc.date.issued", "dc.date", "sailthru.date",
    "parsely-pub-date",
)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)


@dataclass
class PageArticle:
    text: str
    title: str | None
    publisher: str | None
    byline: str | None
    published: date | None


def declared_charset(data: bytes) -> str | None:
    """The encoding a page names in its <meta> (EUC-KR pages still do)."""
    found = _CHARSET.search(data[:4096])
    return found.group(1).decode("ascii", "replace") if found else None


def stated_date(markup: str) -> date | None:
    """The publication date in the page's own metadata: <meta> tags or JSON-LD. Never a
    guess from the page's text: that is what the dateline step is for."""
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(markup)
    except (ValueError, TypeError):
        return None
    metas = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key and meta.get("content"):
            metas.setdefault(key, meta.get("content"))
    for name in _META_NAMES:
        found = parse_iso_date(metas.get(name))
        if found:
            return found
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict):
                found = parse_iso_date(item.get("datePublished") or item.get("dateCreated"))
                if found:
                    return found
    time_tag = tree.find(".//time[@pubdate]")
    return parse_iso_date(time_tag.get("datetime")) if time_tag is not None else None


def extract_page(markup: str, url: str | None = None) -> PageArticle:
    import trafilatura  # slow to load: only when a page arrives, never at start-up

    document = trafilatura.bare_extraction(markup, url=url, with_metadata=True,
                                           include_comments=False, favor_precision=True)
    text = (getattr(document, "text", None) or "").strip() if document else ""
    if not text:
        raise InputError("no article text found on the page")
    return PageArticle(
        text=text, title=getattr(document, "title", None),
        publisher=getattr(document, "sitename", None),
        byline=getattr(document, "author", None), published=stated_date(markup),
    )


def fragment_text(markup: str) -> str:
    """The text of an HTML fragment, a paragraph a line."""
    from lxml import html as lxml_html

    try:
        root = lxml_html.fromstring(markup)
    except (ValueError, TypeError):
        return ""
    for block in root.iter("p", "div", "li", "h1", "h2", "h3", "br", "tr"):
        block.tail = "\n" + (block.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line).strip()
