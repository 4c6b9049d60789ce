"""The one opener: paths, folders and standard input in; articles and named errors out."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from herald_timeline.ingest.reader import (
    SUPPORTED_SUFFIXES,
    InputError,
    decode,
    first_line,
    read_file,
)
from herald_timeline.model import Article


@dataclass
class InputFailure:
    source: str
    error: str

    def to_dict(self) -> dict:
        return {"source": self.source, "error": self.error}


@dataclass
class ImportResult:
    articles: list[Article] = field(default_factory=list)
    errors: list[InputFailure] = field(default_factory=list)


def _expand(inputs: Iterable[str], result: ImportResult) -> list[str]:
    """Files to read: folders are read recursively, skipping hidden and other files."""
    expanded = []
    for item in inputs:
        if item == "-":
            expanded.append(item)
            continue
        path = Path(item)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
                if child.is_file() and not hidden and child.suffix.lower() in SUPPORTED_SUFFIXES \
                        and not child.name.endswith(".meta.json"):
                    expanded.append(str(child))
        elif path.exists():
            expanded.append(item)
        else:
            result.errors.append(InputFailure(item, "no such file or folder"))
    return expanded


def open_inputs(inputs: Iterable[str], published: date | None = None,
                stdin=None) -> ImportResult:
    """Read every input; a bad one is named with its reason and the rest go through.

    `published` applies only to articles whose date is still unknown after their own
    evidence (sidecar, metadata, URL, dateline) was read.
    """
    result = ImportResult()
    seen: set[str] = set()
    for item in _expand(inputs, result):
        try:
            if item == "-":
                article = _read_stdin(stdin or sys.stdin.buffer)
            else:
                path = Path(item)
                if path.suffix.lower() not in SUPPORTED_SUFFIXES:
                    raise InputError(f"unsupported file type {path.suffix or '(none)'}")
                article = read_file(path)
        except InputError as error:
            result.errors.append(InputFailure(item, str(error)))
            continue
        if article.id in seen:
            continue  # the same text twice is one article
        seen.add(article.id)
        if article.published is None and published is not None:
            article.published, article.published_basis = published, "option"
        result.articles.append(article)
    return result


def _read_stdin(stream) -> Article:
    text = decode(stream.read())
    return Article(source="-", text=text, title=first_line(text))
