"""The open project: the articles on the timeline. Plain Python that tells its listeners
when it changes; the window listens, the project never knows about the window."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from herald_timeline.merge import MergedEvent, count_sources
from herald_timeline.model import Article
from herald_timeline.pipeline import analyse
from herald_timeline.store import ProjectStore


class Project:
    def __init__(self, store: ProjectStore | None = None) -> None:
        self.store = store  # where the articles are kept between sessions, if anywhere
        self.articles: list[Article] = []
        self.groups: list[MergedEvent] = []  # the articles' events, merged across articles
        self._listeners: list[Callable[[Project], None]] = []

    def subscribe(self, listener: Callable[[Project], None]) -> None:
        self._listeners.append(listener)

    def _changed(self) -> None:
        for listener in self._listeners:
            listener(self)

    def add_articles(self, articles: Iterable[Article],
                     groups: list[MergedEvent] | None = None) -> list[Article]:
        """Add analysed articles; one already here (same text) is not added twice.
        `groups`: all articles' events already merged (done off the window's thread)."""
        known = {article.id for article in self.articles}
        added = [a for a in articles if a.id not in known and not known.add(a.id)]
        if added:
            self.articles.extend(added)
            if self.store is not None:
                self.store.save(added)
            # A new article may report events already here.
            self.groups = groups if groups is not None else count_sources(self.articles)
            self._changed()
        return added

    def set_missing_dates(self, day) -> list[Article]:
        """Give articles without a publication date this one, and resolve their relative
        dates again: "last year" becomes a year as soon as the user says when it was."""
        undated = [a for a in self.articles if a.published is None]
        for article in undated:
            article.published, article.published_basis = day, "option"
            analyse(article)
        if undated:
            if self.store is not None:
                self.store.save(undated)
            self.groups = count_sources(self.articles)
            self._changed()
        return undated
