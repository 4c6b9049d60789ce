"""Bytes to text: byte-order marks first, then UTF-8, then charset-normalizer's detection
for the legacy encodings news in this region still comes in (EUC-KR, Shift_JIS, GB18030)."""

from __future__ import annotations

import codecs

from herald_timeline.ingest.errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, declared: str | None = None) -> str:
    """The text of `data`; `declared` is an encoding the source named (HTTP, <meta>)."""
    if not data.strip():
        raise InputError("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding)
    if declared:
        try:
            return data.decode(_normal_name(declared))
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common: detect instead
    if b"\x00" not in data[:4096]:  # NUL bytes are valid UTF-8 but mean UTF-16 or binary
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as error:
            if error.start >= len(data) - 3:
                return data[:error.start].decode("utf-8")  # cut off inside its last character
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None or (b"\x00" in data[:4096] and "utf_16" not in best.encoding
                        and "utf_32" not in best.encoding):
        raise InputError("not a text document (binary data)")
    try:
        return data.decode(best.encoding)
    except UnicodeDecodeError as error:
        raise InputError(f"text in no encoding we could read ({best.encoding}?)") from error


def _normal_name(name: str) -> str:
    """HTML pages say "ks_c_5601-1987" or "x-sjis"; Python calls those cp949, shift_jis."""
    aliases = {"ks_c_5601-1987": "cp949", "euc-kr": "cp949", "x-sjis": "shift_jis",
               "gb2312": "gb18030", "gbk": "gb18030", "iso-8859-1": "cp1252"}
    return aliases.get(name.strip().lower(), name.strip())
