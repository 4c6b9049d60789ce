"""Characters a second of our full tagger (find + normalise + resolve) against dateparser's
`search_dates` (RELATIVE_BASE set to each document's DCT), on the TBAQ texts, in one process.

    .venv/bin/python bench/tagger_speed.py [TBAQ_DIR] [--limit N]

Prints both rates and their ratio. dateparser is slow: --limit takes the first N documents
for it (our tagger always runs on all, and on the same N for the ratio).
"""

from __future__ import annotations

import argparse
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


def rate(function, documents) -> tuple[float, float]:
    characters = sum(len(d.text) for d in documents)
    started = time.perf_counter()
    for document in documents:
        function(document)
    seconds = time.perf_counter() - started
    return characters / seconds, seconds


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int, default=60)
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
    ours, _ = rate(lambda d: tag_text(d.text, d.dct), sample)
    theirs, seconds = rate(dateparser_search, sample)
    print(f"dateparser search_dates, {len(sample)} documents: {theirs:,.0f} chars/s "
          f"({seconds:.2f} s)")
    print(f"ratio on the same {len(sample)} documents: {ours / theirs:.1f}x dateparser")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
