"""The project kept between sessions: the articles the user brought in, in SQLite.

What is stored is what was read (text, source, title, publisher, byline, URL, publication
date and where it came from); time expressions and events are worked out again when the
project opens, so a better parser improves old projects too. Rows are only added or
updated, never dropped: nothing the user brought in is lost.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from herald_timeline.model import Article

SCHEMA = """
CREATE TABLE IF NOT EXISTS article (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    text TEXT NOT NULL,
    title TEXT,
    publisher TEXT,
    byline TEXT,
    url TEXT,
    published TEXT,
    published_basis TEXT NOT NULL,
    added INTEGER NOT NULL
);
"""
_COLUMNS = ("id", "source", "text", "title", "publisher", "byline", "url", "published",
            "published_basis")


def default_path() -> Path:
    """$HERALD_TIMELINE_HOME, else the XDG data folder: ~/.local/share/herald-timeline."""
    home = os.environ.get("HERALD_TIMELINE_HOME")
    if home:
        return Path(home) / "project.sqlite3"
    data = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return data / "herald-timeline" / "project.sqlite3"


class ProjectStore:
    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path else default_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as connection:
            connection.executescript(SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path)

    def save(self, articles: Iterable[Article]) -> int:
        """Add new articles and update known ones (a date given later, say)."""
        rows = [(a.id, a.source, a.text, a.title, a.publisher, a.byline, a.url,
                 a.published.isoformat() if a.published else None, a.published_basis)
                for a in articles]
        with self._connect() as connection:
            before = connection.execute("SELECT COUNT(*) FROM article").fetchone()[0]
            connection.executemany(
                f"INSERT INTO article ({', '.join(_COLUMNS)}, added) "
                f"VALUES ({', '.join('?' * len(_COLUMNS))}, "
                "(SELECT COALESCE(MAX(added), 0) + 1 FROM article)) "
                "ON CONFLICT(id) DO UPDATE SET title=excluded.title, "
                "publisher=excluded.publisher, byline=excluded.byline, url=excluded.url, "
                "published=excluded.published, published_basis=excluded.published_basis",
                rows)
            return connection.execute("SELECT COUNT(*) FROM article").fetchone()[0] - before

    def load(self) -> list[Article]:
        """The stored articles in the order they were added, not yet analysed."""
        with self._connect() as connection:
            rows = connection.execute(
                f"SELECT {', '.join(_COLUMNS)} FROM article ORDER BY added").fetchall()
        articles = []
        for _id, source, text, title, publisher, byline, url, published, basis in rows:
            articles.append(Article(
                source=source, text=text, title=title, publisher=publisher, byline=byline,
                url=url, published=date.fromisoformat(published) if published else None,
                published_basis=basis))
        return articles
