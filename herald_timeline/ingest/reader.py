"""Turn what arrives (a file's bytes, a fetched page, dropped text) into an Article, with its
metadata and its publication date, and say where that date came from."""

from __future__ import annotations

import email
import email.policy
import json
from datetime import date
from pathlib import Path

from herald_timeline.ingest.decode import decode
from herald_timeline.ingest.errors import InputError
from herald_timeline.ingest.furniture import looks_like_title, strip_furniture
from herald_timeline.ingest.html import declared_charset, extract_page, fragment_text
from herald_timeline.ingest.published import date_from_dateline, date_from_url, parse_iso_date
from herald_timeline.model import Article
from herald_timeline.timeml import TimeMLError, parse_timeml

KINDS = {
    ".txt": "text", ".text": "text", ".md": "text", ".markdown": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".tml": "timeml", ".timeml": "timeml",
    ".eml": "email", ".pdf": "pdf", ".docx": "docx",
}
SUPPORTED_SUFFIXES = frozenset(KINDS)
MAX_BYTES = 50 * 1024 * 1024


def kind_of_content_type(content_type: str) -> str | None:
    if content_type in ("text/html", "application/xhtml+xml"):
        return "html"
    if content_type in ("text/plain", "text/markdown"):
        return "text"
    return None


def article_from_bytes(data: bytes, source: str, kind: str, url: str | None = None,
                       charset: str | None = None) -> Article:
    """An article from raw content of a known kind; `published` set only from metadata."""
    if kind == "email":
        return _article_from_email(data, source)
    if kind in ("pdf", "docx"):
        text, title = (read_pdf if kind == "pdf" else read_docx)(data)
        if not text.strip():
            raise InputError(f"no text in the {kind.upper()} (a scan without text?)")
        return Article(source=source, text=text, title=title or None, url=url)
    declared = charset or (declared_charset(data) if kind == "html" else None)
    return article_from_text(decode(data, declared), source, kind, url)


def article_from_text(content: str, source: str, kind: str, url: str | None = None) -> Article:
    if kind == "html":
        try:
            page = extract_page(content, url)
        except InputError:
            # A dragged selection is a fragment, not a page: no furniture to strip.
            text = fragment_text(content)
            if not text:
                raise
            return Article(source=source, text=text, url=url)
        return Article(source=source, text=page.text, title=page.title,
                       publisher=page.publisher, url=url, byline=page.byline,
                       published=page.published,
                       published_basis="metadata" if page.published else "unknown")
    if kind == "timeml":
        try:
            document = parse_timeml(content, Path(source).stem)
        except TimeMLError as error:
            raise InputError(str(error)) from error
        return Article(source=source, text=document.text, url=url, published=document.dct,
                       published_basis="metadata" if document.dct else "unknown")
    if not content.strip():
        raise InputError("empty file")
    cleaned = strip_furniture(content)
    return Article(source=source, text=cleaned.text, url=url, title=cleaned.title,
                   byline=cleaned.byline)


def _article_from_email(data: bytes, source: str) -> Article:
    message = email.message_from_bytes(data, policy=email.policy.default)
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        raise InputError("an e-mail without a text or HTML body")
    content = part.get_content()
    kind = "html" if part.get_content_type() == "text/html" else "text"
    article = article_from_text(content, source, kind)
    article.title = article.title or str(message.get("subject", "")) or None
    sent = message.get("date")
    if sent is not None and getattr(sent, "datetime", None) and article.published is None:
        article.published, article.published_basis = sent.datetime.date(), "metadata"
    return article


def finish(article: Article, meta: dict | None = None,
           published_option: date | None = None) -> Article:
    """Apply a sidecar, then find a date where none was stated, in the contract's order:
    sidecar, document metadata, URL, dateline, the --published option."""
    meta = meta or {}
    for field in ("title", "publisher", "url", "byline"):
        if meta.get(field):
            setattr(article, field, meta[field])
    if parse_iso_date(meta.get("published")):
        article.published, article.published_basis = parse_iso_date(meta["published"]), "sidecar"
    if article.published is None:
        for basis, found in (("url", date_from_url(article.url)),
                             ("dateline", date_from_dateline(article.text)),
                             ("option", published_option)):
            if found:
                article.published, article.published_basis = found, basis
                break
    if not article.title:
        article.title = first_line(article.text) or Path(article.source).stem
    return article


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


def read_file(path: Path, published_option: date | None = None) -> Article:
    kind = KINDS.get(path.suffix.lower())
    if kind is None:
        raise InputError(f"unsupported file type {path.suffix or '(none)'}")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"too large ({size // (1024 * 1024)} MB; the limit is 50 MB)")
        data = path.read_bytes()
    except PermissionError as error:
        raise InputError("permission denied") from error
    except OSError as error:
        raise InputError(error.strerror or str(error)) from error
    meta = read_sidecar(path)
    article = article_from_bytes(data, str(path), kind, url=meta.get("url"))
    return finish(article, meta, published_option)


def first_line(text: str) -> str | None:
    """A title for an article without metadata: its first line of some length."""
    return next((line.strip() for line in text.splitlines() if looks_like_title(line)), None)


def read_pdf(data: bytes) -> tuple[str, str | None]:
    """A PDF's text, page after page, and its title (pypdf: pure Python, maintained)."""
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise InputError("the PDF is encrypted")
        text = "\n\n".join((page.extract_text() or "").strip() for page in reader.pages)
        title = reader.metadata.title if reader.metadata else None
    except (PdfReadError, ValueError, KeyError, OSError) as error:
        raise InputError(f"not a readable PDF ({error})") from error
    return text.strip(), title


def read_docx(data: bytes) -> tuple[str, str | None]:
    """A Word document's paragraphs and title (python-docx)."""
    import io
    import zipfile

    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise InputError(f"not a readable Word document ({error})") from error
    text = "\n".join(p.text.strip() for p in document.paragraphs if p.text.strip())
    return text, document.core_properties.title
