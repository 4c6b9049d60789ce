"""Read one file into an Article: its text, sidecar metadata and publication date."""

from __future__ import annotations

import json
from pathlib import Path

from herald_timeline.ingest.published import date_from_dateline, date_from_url, parse_iso_date
from herald_timeline.model import Article
from herald_timeline.timeml import TimeMLError, parse_timeml

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
TIMEML_SUFFIXES = {".tml", ".timeml"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | TIMEML_SUFFIXES
MAX_BYTES = 50 * 1024 * 1024


class InputError(Exception):
    """An input that cannot be read; the message says why, for the user."""


def decode(data: bytes) -> str:
    if not data.strip():
        raise InputError("empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise InputError("not a text document (binary data)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"not UTF-8 text (byte {error.start})") from error


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.stem + ".meta.json")


def read_sidecar(path: Path) -> dict:
    sidecar = sidecar_path(path)
    if not sidecar.is_file():
        return {}
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise InputError(f"unreadable sidecar {sidecar.name}: {error}") from error
    if not isinstance(meta, dict):
        raise InputError(f"sidecar {sidecar.name} is not a JSON object")
    return meta


def read_file(path: Path) -> Article:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"too large ({size // (1024 * 1024)} MB; the limit is 50 MB)")
        data = path.read_bytes()
    except PermissionError as error:
        raise InputError("permission denied") from error
    except OSError as error:
        raise InputError(error.strerror or str(error)) from error
    text = decode(data)
    meta = read_sidecar(path)
    article = Article(source=str(path), text=text, title=meta.get("title"),
                      publisher=meta.get("publisher"), url=meta.get("url"))
    if path.suffix.lower() in TIMEML_SUFFIXES:
        try:
            document = parse_timeml(text, path.stem)
        except TimeMLError as error:
            raise InputError(str(error)) from error
        article.text = document.text
        if document.dct and not meta.get("published"):
            article.published, article.published_basis = document.dct, "metadata"
    published = parse_iso_date(meta.get("published"))
    if published:
        article.published, article.published_basis = published, "sidecar"
    if article.published is None:
        for basis, found in (("url", date_from_url(article.url)),
                             ("dateline", date_from_dateline(article.text))):
            if found:
                article.published, article.published_basis = found, basis
                break
    if not article.title:
        article.title = first_line(article.text) or path.stem
    return article


def first_line(text: str) -> str | None:
    """A title for an article without metadata: its first line of some length."""
    for line in text.splitlines():
        line = line.strip()
        if 12 <= len(line) <= 200 and not line.lower().startswith(("back to top", "by ")):
            return line
    return None
