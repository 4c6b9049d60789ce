"""From article text to timexes and events: the steps every caller runs in the same order."""

from __future__ import annotations

from herald_timeline.events.extract import extract_events
from herald_timeline.model import Article
from herald_timeline.temporal import tag_text


def analyse(article: Article) -> Article:
    """Fill in the article's time expressions and events (in place) and return it."""
    article.timexes = tag_text(article.text, article.published)
    article.events = extract_events(article)
    return article
