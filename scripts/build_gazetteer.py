"""Derive resources/actors/countryinfo.tsv from CountryInfo (openeventdata, CC BY-SA 3.0).

    .venv/bin/python scripts/build_gazetteer.py ../shared/corpora/gazetteer/CountryInfo.120116.txt

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

import pycountry

OUT = Path(__file__).resolve().parent.parent / "resources" / "actors" / "countryinfo.tsv"
# A country's block starts on a line of its own: the documentation at the top mentions
# "<Country>:" too, and must not swallow Afghanistan.
_BLOCK = re.compile(r"^<Country>\s*$(.*?)^</Country>", re.S | re.M)
_FIELD = r"<{0}>(.*?)</{0}>"
_LEADER = re.compile(r"^\s*([A-Z][A-Z'._-]+?)_?\s+\[(.+)$")
_RANGE = re.compile(r"\[(?:(\d{8})\s*-\s*(\d{8})|>(\d{8})|<(\d{8}))\]")
# Short forms that collide with common words or people's names more often than not.
_SKIP = {"CHAD", "JORDAN", "GEORGIA", "TURKEY", "GUINEA", "NIGER", "CHINA_"}


def pretty(form: str) -> str | None:
    """'SOUTH_KOREAN_' -> 'South Korean'; abbreviations keep their capitals."""
    form = form.split("#")[0].strip()
    if not form or "(" in form or "," in form or "<" in form:
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


def _iso_code(block: str) -> str | None:
    """The block's ISO 3166 alpha-3 code as pycountry knows it. The file's own
    <ISO3166-alpha3> field is sometimes wrong (JON for Japan, MOZ for Myanmar), so its
    <CountryCode> comes first; the ISO field only replaces a code ISO does not have (TMP)."""
    found = [re.search(rf"<{tag}>([A-Z]{{3}})</{tag}>", block)
             for tag in ("CountryCode", "ISO3166-alpha3")]
    codes = [match.group(1) for match in found if match]
    for code in codes:
        if pycountry.countries.get(alpha_3=code):
            return code
    # Kosovo has no ISO code; XKX is the user-assigned one the EU and the IMF use.
    return {"KSV": "XKX"}.get(codes[0], codes[0]) if codes else None


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


def _without_borrowed_names(rows: set, names_by_code: dict[str, str]) -> set:
    """A name listed under several countries ("Serbian" under Serbia and under Montenegro,
    once Serbia and Montenegro) stays only with the country whose own name it echoes."""
    owners: dict[str, set[str]] = {}
    for code, kind, surface, *_ in rows:
        if kind != "leader":
            owners.setdefault(surface.lower(), set()).add(code)
    kept = set()
    for row in rows:
        code, kind, surface = row[0], row[1], row[2].lower()
        codes = owners.get(surface, {code})
        echoing = {c for c in codes if names_by_code.get(c, "")[:4] == surface[:4]}
        if kind == "leader" or len(codes) == 1 or not echoing or code in echoing:
            kept.add(row)
    return kept


def main(source: Path) -> int:
    text = source.read_text(encoding="latin-1")
    rows: set[tuple[str, ...]] = set()
    names_by_code: dict[str, str] = {}
    for block in _BLOCK.findall(text):
        code = _iso_code(block)
        if code is None:
            continue
        name_match = re.search(r"<CountryName>(.*?)</CountryName>", block)
        names = [name_match.group(1)] if name_match else []
        names_by_code[code] = (names[0] if names else code).replace("_", " ").lower()
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
    rows = _without_borrowed_names(rows, names_by_code)
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
