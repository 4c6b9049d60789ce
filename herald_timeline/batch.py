"""Analyse many articles, in several processes when asked (`--jobs N`)."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor

from herald_timeline.model import Article
from herald_timeline.pipeline import analyse

Progress = Callable[[int, int], None]


def analyse_all(articles: list[Article], jobs: int = 1,
                progress: Progress | None = None) -> list[Article]:
    """The articles analysed, in the order given."""
    total = len(articles)
    if jobs <= 1 or total < 2:
        done = []
        for article in articles:
            done.append(analyse(article))
            if progress:
                progress(len(done), total)
        return done
    results: list[Article] = []
    chunk = max(1, min(64, total // (jobs * 4) or 1))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for article in pool.map(analyse, articles, chunksize=chunk):
            results.append(article)
            if progress:
                progress(len(results), total)
    return results
