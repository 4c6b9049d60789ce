"""Writing what was found: the contract's JSON, JSON Lines and CSV (no Qt here; PNG and
SVG are drawn by herald_timeline/ui/render.py from the same layout the window uses)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable

from herald_timeline import GENERATOR
from herald_timeline.model import Article
from herald_timeline.timeml import write_timeml

CSV_COLUMNS = (
    "article_id", "source", "published", "event_id", "summary", "type", "cameo", "actors",
    "status", "when_text", "when_value", "when_start", "when_end", "precision", "basis",
    "count", "ordinal", "sources", "sentence",
)


def to_json(articles: Iterable[Article], errors: Iterable[dict] = ()) -> str:
    document = {"generator": GENERATOR, "articles": [a.to_dict() for a in articles],
                "errors": list(errors)}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def event_rows(articles: Iterable[Article]) -> Iterable[dict]:
    for article in articles:
        for event in article.events:
            when = event.when.to_dict()
            yield {
                "article_id": article.id, "source": article.source,
                "published": article.published.isoformat() if article.published else None,
                "event_id": event.id, "summary": event.summary, "type": event.type,
                "cameo": event.cameo, "actors": ";".join(event.actors), "status": event.status,
                "when_text": when["text"], "when_value": when["value"],
                "when_start": when["start"], "when_end": when["end"],
                "precision": when["precision"], "basis": when["basis"], "count": event.count,
                "ordinal": event.ordinal, "sources": event.sources,
                "sentence": article.text[event.sentence.start:event.sentence.end],
            }


def to_jsonl(articles: Iterable[Article]) -> str:
    """One event a line, with the article it came from."""
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in event_rows(articles))


def to_csv(articles: Iterable[Article]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in event_rows(articles):
        writer.writerow(row)
    return buffer.getvalue()


def to_timeml(articles: Iterable[Article]) -> str:
    return "".join(
        write_timeml(article.id, article.text,
                     article.published.isoformat() if article.published else None,
                     article.timexes)
        for article in articles)


FORMATS = {"json": to_json, "jsonl": to_jsonl, "csv": to_csv, "timeml": to_timeml}
