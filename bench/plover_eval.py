"""Event extraction on the PLOVER gold sentences: actor precision/recall/F1, event-type
accuracy, and the speed of the whole pipeline against dateparser's search_dates.

    .venv/bin/python bench/plover_eval.py [PLOVER.jsonl] [--show N]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from herald_timeline.events.evaluate import load_records, score_records

DEFAULT = (Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "events"
           / "plover-gsr-dev.jsonl")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--show", type=int, default=0, help="print N wrongly typed records")
    args = parser.parse_args()
    if not args.path.is_file():
        print(f"no PLOVER file at {args.path}")
        return 1
    scores = score_records(load_records(args.path))
    print(json.dumps(scores.as_dict()))
    for expected, predicted, text in scores.misses[:args.show]:
        print(f"{expected:10} got {predicted:10} {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
