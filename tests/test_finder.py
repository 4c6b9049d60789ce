"""Rules run only near their anchor words; that must find exactly what a full scan finds."""

from __future__ import annotations

from pathlib import Path

from herald_timeline.temporal.finder import find_candidates
from herald_timeline.temporal.rules import load_rules
from herald_timeline.timeml import parse_timeml
from tests.conftest import SEED
from tests.test_tagger import CORPUS, NEGATIVES


def spots(text: str, whole_text: bool) -> set[tuple[int, int, str]]:
    return {(c.start, c.end, c.rule.name)
            for c in find_candidates(text, load_rules(), whole_text=whole_text)}


def test_anchored_search_equals_a_full_scan_on_our_examples():
    texts = [SEED.read_text(encoding="utf-8"), *(c[0] for c in CORPUS), *NEGATIVES]
    texts.append(" ".join(example.replace("[", "").replace("]", "")
                          for rule in load_rules() for example in rule.examples))
    for text in texts:
        assert spots(text, whole_text=False) == spots(text, whole_text=True), text[:80]


def test_anchored_search_equals_a_full_scan_on_news(shared_dir: Path):
    folder = shared_dir / "corpora" / "timeml" / "tbaq-cleaned" / "AQUAINT"
    for path in sorted(folder.glob("*.tml")):
        text = parse_timeml(path.read_text(encoding="utf-8")).text
        assert spots(text, whole_text=False) == spots(text, whole_text=True), path.name
