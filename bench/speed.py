"""Characters a second of our temporal tagger (find + normalise + resolve) and of the whole
analysis (sentences, time expressions, actors, events) against dateparser's `search_dates`
(RELATIVE_BASE set to each document's DCT), on the TBAQ texts, in one process.

    .venv/bin/python bench/speed.py [TBAQ_DIR] [--limit N] [--rounds N]

Prints both rates, and their ratio as the median of alternating rounds on the same
documents. dateparser is slow: --limit takes the first N documents for the ratio.
"""

from __future__ import annotations

import argparse
import statistics
import time
import warnings
from datetime import datetime
from pathlib import Path

from herald_timeline.model import Article
from herald_timeline.pipeline import analyse
from herald_timeline.temporal import tag_text
from herald_timeline.timeml import parse_timeml

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared/corpora/timeml/tbaq-cleaned"


def load(folder: Path):
    return [parse_timeml(p.read_text(encoding="utf-8"), p.stem)
            for p in sorted(folder.rglob("*.tml"))]


def rate(function, documents, repeats: int = 3) -> tuple[float, float]:
    """Characters a second, best of `repeats` runs (the least disturbed by the machine)."""
    characters = sum(len(d.text) for d in documents)
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        for document in documents:
            function(document)
        best = min(best, time.perf_counter() - started)
    return characters / best, best


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int, default=60)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    if not args.folder.is_dir():
        print(f"no TBAQ corpus at {args.folder}")
        return 1
    documents = load(args.folder)
    analyse(Article(source="warm-up", text="Seoul met Tokyo on May 2, 2012."))

    def tagger(document):
        tag_text(document.text, document.dct)

    def pipeline(document):
        analyse(Article(source="bench", text=document.text, published=document.dct))

    for name, run in (("temporal tagger", tagger), ("whole analysis", pipeline)):
        speed, seconds = rate(run, documents)
        print(f"{name}, {len(documents)} documents: {speed:,.0f} chars/s ({seconds:.2f} s)")

    from dateparser.search import search_dates

    def dateparser_search(document):
        base = datetime.combine(document.dct, datetime.min.time()) if document.dct else None
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            search_dates(document.text, languages=["en"],
                         settings={"RELATIVE_BASE": base} if base else None)

    sample = documents[:args.limit]
    dateparser_search(sample[0])  # its first call loads its language data
    # Alternate ours and theirs, round after round, so a busy moment of the machine hits
    # both; each ratio is the median of the rounds.
    ratios: dict[str, list[float]] = {"temporal tagger": [], "whole analysis": []}
    theirs_best = 0.0
    for _ in range(args.rounds):
        theirs, _ = rate(dateparser_search, sample, repeats=1)
        theirs_best = max(theirs_best, theirs)
        for name, run in (("temporal tagger", tagger), ("whole analysis", pipeline)):
            ours, _ = rate(run, sample, repeats=1)
            ratios[name].append(ours / theirs)
    print(f"dateparser search_dates, {len(sample)} documents: {theirs_best:,.0f} chars/s "
          f"(best of {args.rounds})")
    for name, values in ratios.items():
        print(f"{name} / dateparser on the same {len(sample)} documents, median of "
              f"{args.rounds} alternating rounds: {statistics.median(values):.1f}x "
              f"(lowest {min(values):.1f}x, highest {max(values):.1f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
