"""The one opener: paths, folders, links, standard input and dropped text in; articles and
named errors out. The window, the command line and the tests all read through it."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from herald_timeline.ingest.errors import InputError
from herald_timeline.ingest.fetch import fetch
from herald_timeline.ingest.reader import (
    SUPPORTED_SUFFIXES,
    article_from_bytes,
    article_from_text,
    finish,
    kind_of_content_type,
    read_file,
)
from herald_timeline.model import Article

Progress = Callable[[int, int, str], None]


@dataclass
class InputFailure:
    source: str
    error: str

    def to_dict(self) -> dict:
        return {"source": self.source, "error": self.error}


@dataclass
class Payload:
    """Content that arrives without a file: a browser drag, the clipboard."""

    source: str  # what the user is told: the page's URL, or "dropped text"
    content: str
    kind: str  # "html" or "text"
    url: str | None = None


@dataclass
class ImportResult:
    articles: list[Article] = field(default_factory=list)
    errors: list[InputFailure] = field(default_factory=list)
    cancelled: bool = False
    groups: list | None = None  # the events merged with the project's, when the window asks


def is_link(item: str) -> bool:
    return item.lower().startswith(("http://", "https://"))


def expand(inputs: Iterable[str], result: ImportResult) -> list[str]:
    """The files and links to read: folders are read recursively, skipping hidden files,
    sidecars and files of other kinds."""
    expanded = []
    for item in inputs:
        if item == "-" or is_link(item):
            expanded.append(item)
            continue
        path = Path(item)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
                if child.is_file() and not hidden and child.suffix.lower() in SUPPORTED_SUFFIXES:
                    expanded.append(str(child))
        elif path.exists():
            expanded.append(item)
        else:
            result.errors.append(InputFailure(item, "no such file or folder"))
    return expanded


def read_one(item: str, published: date | None, stdin=None) -> Article:
    if item == "-":
        data = (stdin or sys.stdin.buffer).read()
        return finish(article_from_bytes(data, "-", "text"), published_option=published)
    if is_link(item):
        page = fetch(item)
        kind = kind_of_content_type(page.content_type)
        if kind is None:
            raise InputError(f"not an article (the link gives {page.content_type})")
        article = article_from_bytes(page.data, item, kind, url=page.url, charset=page.charset)
        return finish(article, published_option=published)
    return read_file(Path(item), published)


Outcome = tuple[str, Article | None, str | None]  # source, article, or why it failed


def _read_item(item: str | Payload, published: date | None, then, stdin=None) -> Outcome:
    source = item.source if isinstance(item, Payload) else item
    try:
        if isinstance(item, Payload):
            article = finish(article_from_text(item.content, item.source, item.kind, item.url),
                             published_option=published)
        else:
            article = read_one(item, published, stdin)
    except InputError as error:
        return source, None, str(error)
    return source, (then(article) if then else article), None


def _read_in_worker(job: tuple) -> Outcome:
    return _read_item(*job)


def _outcomes(items: list, published, then, stdin, jobs: int) -> Iterator[Outcome]:
    """Each input read (and `then` applied), in input order; in `jobs` processes if asked.
    Standard input and dropped text are read here: they cannot travel to a worker."""
    local = [item for item in items if isinstance(item, Payload) or item == "-"]
    remote = [item for item in items if not (isinstance(item, Payload) or item == "-")]
    if jobs <= 1 or len(remote) < 2:
        for item in items:
            yield _read_item(item, published, then, stdin)
        return
    for item in local:
        yield _read_item(item, published, then, stdin)
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        chunk = max(1, min(32, len(remote) // (jobs * 8)))
        try:
            yield from pool.map(_read_in_worker, [(item, published, then) for item in remote],
                                chunksize=chunk)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def open_inputs(inputs: Iterable[str], published: date | None = None, stdin=None,
                payloads: Iterable[Payload] = (), progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None,
                then: Callable[[Article], Article] | None = None,
                jobs: int = 1) -> ImportResult:
    """Read every input; a bad one is named with its reason and the rest go through.

    `published` applies only to articles whose date is still unknown after their own
    evidence (sidecar, metadata, URL, dateline) was read. `then` is applied to each new
    article as it is read (the window analyses there, so a cancelled import keeps whole
    articles); `cancelled` is asked between inputs: what was done before is kept.
    `jobs` > 1 reads (and applies `then`) in that many processes.
    """
    result = ImportResult()
    items = [*expand(inputs, result), *payloads]
    seen: set[str] = set()
    outcomes = _outcomes(items, published, then, stdin, jobs)
    for number, (source, article, error) in enumerate(outcomes, start=1):
        if error is not None:
            result.errors.append(InputFailure(source, error))
        elif article.id not in seen:  # the same text twice is one article
            seen.add(article.id)
            result.articles.append(article)
        if progress is not None:
            progress(number, len(items), source)
        if cancelled is not None and cancelled() and number < len(items):
            result.cancelled = True
            outcomes.close()  # stops the workers: what was read is kept
            break
    return result
