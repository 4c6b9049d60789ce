"""Fetching a dropped link: with a timeout, a size limit and a message that says what failed."""

from __future__ import annotations

import socket
import urllib.error
import urllib.request
from dataclasses import dataclass

from herald_timeline import __version__
from herald_timeline.ingest.errors import InputError

TIMEOUT_SECONDS = 20.0
MAX_BYTES = 10 * 1024 * 1024


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.0f} MB"
    if size >= 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size} bytes"


@dataclass
class Fetched:
    data: bytes
    content_type: str  # "text/html", "text/plain", ...
    charset: str | None
    url: str  # after redirects


def fetch(url: str, timeout: float | None = None, max_bytes: int | None = None) -> Fetched:
    timeout = TIMEOUT_SECONDS if timeout is None else timeout
    max_bytes = MAX_BYTES if max_bytes is None else max_bytes
    request = urllib.request.Request(url, headers={
        "User-Agent": f"HeraldTimeline/{__version__} (news timeline; +article import)",
        "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
    })
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise InputError(f"too large ({size_text(int(declared))}; the limit is "
                                 f"{size_text(max_bytes)})")
            data = response.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise InputError(f"too large (over {size_text(max_bytes)})")
            return Fetched(data, response.headers.get_content_type(),
                           response.headers.get_content_charset(), response.geturl())
    except urllib.error.HTTPError as error:
        raise InputError(f"the server answered HTTP {error.code} {error.reason}") from error
    except urllib.error.URLError as error:
        if isinstance(error.reason, (socket.timeout, TimeoutError)):
            raise InputError(f"no answer within {timeout:g} seconds") from error
        raise InputError(f"could not connect: {error.reason}") from error
    except TimeoutError as error:
        raise InputError(f"no answer within {timeout:g} seconds") from error
    except ValueError as error:
        raise InputError(f"not a web address: {error}") from error
