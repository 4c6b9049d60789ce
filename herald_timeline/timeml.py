"""TimeML in and out: read a .tml file as an article (text + DCT + gold TIMEX3), write one
tagged by us."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape, quoteattr

from herald_timeline.model import TimeExpression


@dataclass
class TimeMLDocument:
    doc_id: str
    text: str
    dct: date | None
    dct_value: str | None
    timexes: list[TimeExpression]  # the gold annotation, offsets into `text`


class TimeMLError(ValueError):
    pass


def _parse_date(value: str | None) -> date | None:
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def parse_timeml(markup: str, name: str = "") -> TimeMLDocument:
    try:
        root = ET.fromstring(markup)
    except ET.ParseError as error:
        raise TimeMLError(f"not well-formed TimeML: {error}") from error
    dct_node = root.find("./DCT/TIMEX3")
    dct_value = dct_node.get("value") if dct_node is not None else None
    text_node = root.find("./TEXT")
    if text_node is None:
        raise TimeMLError("no <TEXT> element")
    pieces: list[str] = []
    timexes: list[TimeExpression] = []
    length = 0

    def walk(node: ET.Element) -> None:
        nonlocal length
        start = length
        if node.text:
            pieces.append(node.text)
            length += len(node.text)
        for child in node:
            walk(child)
            if child.tail:
                pieces.append(child.tail)
                length += len(child.tail)
        if node.tag == "TIMEX3":
            timexes.append(TimeExpression(
                id=node.get("tid", f"t{len(timexes) + 1}"), start=start, end=length,
                text="".join(node.itertext()), type=node.get("type", "DATE"),
                value=node.get("value"), mod=node.get("mod"),
            ))

    walk(text_node)
    doc_id_node = root.find("./DOCID")
    doc_id = doc_id_node.text.strip() if doc_id_node is not None and doc_id_node.text else name
    timexes.sort(key=lambda t: t.start)
    return TimeMLDocument(doc_id, "".join(pieces), _parse_date(dct_value), dct_value, timexes)


def write_timeml(doc_id: str, text: str, dct_value: str | None,
                 timexes: list[TimeExpression]) -> str:
    """A TimeML document of `text` with our TIMEX3 tags, in the TempEval-3 layout."""
    body: list[str] = []
    position = 0
    for timex in sorted(timexes, key=lambda t: t.start):
        if timex.start < position:
            continue  # overlapping tags are not valid TimeML
        attributes = f'tid="{timex.id}" type="{timex.type}"'
        if timex.value:
            attributes += f" value={quoteattr(timex.value)}"
        if timex.mod:
            attributes += f" mod={quoteattr(timex.mod)}"
        body.append(escape(text[position:timex.start]))
        body.append(f"<TIMEX3 {attributes}>{escape(text[timex.start:timex.end])}</TIMEX3>")
        position = timex.end
    body.append(escape(text[position:]))
    dct = ""
    if dct_value:
        dct = (f'<DCT><TIMEX3 tid="t0" type="DATE" value={quoteattr(dct_value)} '
               f'temporalFunction="false" functionInDocument="CREATION_TIME">'
               f"{escape(dct_value)}</TIMEX3></DCT>\n")
    return (f'<?xml version="1.0" ?>\n<TimeML>\n<DOCID>{escape(doc_id)}</DOCID>\n{dct}'
            f"<TEXT>{''.join(body)}</TEXT>\n</TimeML>\n")
