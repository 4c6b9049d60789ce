"""Characters a second of our full tagger (find + normalise + resolve) against dateparser's
`search_dates` (RELATIVE_BASE set to each document's DCT), on the TBAQ texts, in one process.

    .venv/bin/python bench/tagger_speed.py [TBAQ_DIR] [--limit N]

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
    tag_text("warm up the rules: 2012", None)
    ours_all, seconds_all = rate(lambda d: tag_text(d.text, d.dct), documents)
    print(f"herald-timeline tagger, {len(documents)} documents: "
          f"{ours_all:,.0f} chars/s ({seconds_all:.2f} s)")

    from dateparser.search import search_dates

    def dateparser_search(document):
        base = datetime.combine(document.dct, datetime.min.time()) if document.dct else None
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            search_dates(document.text, languages=["en"],
                         settings={"RELATIVE_BASE": base} if base else None)

    sample = documents[:args.limit]
    dateparser_search(sample[0])  # its first call loads its language data
    # Alternate the two, round after round, so a busy moment of the machine hits both;
    # the ratio is the median of the rounds.
    ratios, theirs_best = [], 0.0
    for _ in range(args.rounds):
        ours, _ = rate(lambda d: tag_text(d.text, d.dct), sample, repeats=1)
        theirs, _ = rate(dateparser_search, sample, repeats=1)
        ratios.append(ours / theirs)
        theirs_best = max(theirs_best, theirs)
    print(f"dateparser search_dates, {len(sample)} documents: {theirs_best:,.0f} chars/s "
          f"(best of {args.rounds})")
    print(f"ratio on the same {len(sample)} documents, median of {args.rounds} alternating "
          f"rounds: {statistics.median(ratios):.1f}x dateparser "
          f"(lowest {min(ratios):.1f}x, highest {max(ratios):.1f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
