"""Derive resources/actors/countryinfo.tsv from CountryInfo (openeventdata, CC BY-SA 3.0).

    python scripts/build_gazetteer.py ../shared/corpora/gazetteer/CountryInfo.120116.txt

Keeps, per country (ISO alpha-3): its names and adjectives (<CountryName>,
<Nationality>), capitals (<Capital>, used in news as metonyms: "Seoul said") and leaders
with their years in office (<Leaders>). Forms that are not how news writes a name
(parenthesised, inverted "KOREA, REPUBLIC OF") are left out. Run it again when the
source changes; the output is committed so the app needs no copy of the source.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "actors" / "countryinfo.tsv"
_BLOCK = re.compile(r"<Country>(.*?)</Country>", re.S)
_FIELD = r"<{0}>(.*?)</{0}>"
_LEADER = re.compile(r"^\s*([A-Z][A-Z'._-]+?)_?\s+\[(.+)$")
_RANGE = re.compile(r"\[(?:(\d{8})\s*-\s*(\d{8})|>(\d{8})|<(\d{8}))\]")
# Short forms that collide with common words or people's names more often than not.
_SKIP = {"CHAD", "JORDAN", "GEORGIA", "TURKEY", "GUINEA", "NIGER", "CHINA_"}


def pretty(form: str) -> str | None:
    """'SOUTH_KOREAN_' -> 'South Korean'; abbreviations keep their capitals."""
    form = form.split("#")[0].strip()
    if not form or "(" in form or "," in form:
        return None
    words = [w for w in form.replace("_", " ").split() if w]
    if not words:
        return None
    out = []
    for word in words:
        if "." in word or (len(word) <= 3 and len(words) == 1):
            out.append(word)  # R.O.K., ROK, U.S.
        elif word in ("OF", "THE", "AND"):
            out.append(word.lower())
        else:
            out.append("-".join(part.capitalize() for part in word.split("-")))
    text = " ".join(out)
    return text if len(text) >= 3 else None


def field(block: str, name: str) -> list[str]:
    found = re.search(_FIELD.format(re.escape(name)), block, re.S)
    return [line for line in found.group(1).splitlines() if line.strip()] if found else []


def leaders(block: str) -> list[tuple[str, str, str]]:
    section = re.search(r"<Leaders>(.*?)</Leaders>", block, re.S)
    rows = []
    for line in (section.group(1).splitlines() if section else []):
        found = _LEADER.match(line)
        if not found:
            continue
        name = pretty(found.group(1))
        for start, end, since, before in _RANGE.findall(line):
            first = start or since or before
            last = end or ""
            if name and len(name.split()) >= 2:
                rows.append((name, first[:4], last[:4]))
    return rows


def main(source: Path) -> int:
    text = source.read_text(encoding="latin-1")
    rows: set[tuple[str, ...]] = set()
    for block in _BLOCK.findall(text):
        code_match = re.search(r"<CountryCode>([A-Z]{3})</CountryCode>", block)
        if not code_match:
            continue  # the documentation block at the top of the file
        code = code_match.group(1)
        name_match = re.search(r"<CountryName>(.*?)</CountryName>", block)
        names = [name_match.group(1)] if name_match else []
        for kind, forms in (("name", names + field(block, "Nationality")),
                            ("capital", field(block, "Capital"))):
            for form in forms:
                if form.strip().rstrip("_") in _SKIP:
                    continue
                surface = pretty(form)
                if surface:
                    rows.add((code, kind, surface, "", ""))
        for name, first, last in leaders(block):
            rows.add((code, "leader", name, first, last))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as handle:
        handle.write("# Derived from CountryInfo.120116.txt (openeventdata/CountryInfo, "
                     "CC BY-SA 3.0) by scripts/build_gazetteer.py\n")
        handle.write("# code\tkind\tsurface\tfrom_year\tto_year\n")
        for row in sorted(rows):
            handle.write("\t".join(row) + "\n")
    print(f"{len(rows)} rows -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1])))
