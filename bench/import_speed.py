"""Import and analysis of a synthetic corpus of 10,000 articles built from the TBAQ texts:
articles a second and peak memory with `--jobs 1` and `--jobs 2`, each run in a process of
its own through the real command line (`herald-timeline extract`).

    .venv/bin/python bench/import_speed.py [--articles N] [TBAQ_DIR]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from herald_timeline.timeml import parse_timeml

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared/corpora/timeml/tbaq-cleaned"
# Run in a fresh interpreter: the extract command, then its own peak memory (with workers).
DRIVER = """
import resource, sys, time
from herald_timeline.cli import main
started = time.perf_counter()
code = main(["extract", sys.argv[1], "--format", "jsonl", "-o", "/dev/null",
             "--jobs", sys.argv[2]])
seconds = time.perf_counter() - started
peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
           resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(seconds, peak, code)
"""


def build_corpus(source: Path, target: Path, count: int) -> int:
    documents = [parse_timeml(p.read_text(encoding="utf-8"), p.stem)
                 for p in sorted(source.rglob("*.tml"))]
    characters = 0
    for number in range(count):
        document = documents[number % len(documents)]
        folder = target / f"batch{number // 1000:02d}"
        folder.mkdir(exist_ok=True)
        text = f"{document.text}\n(copy {number})\n"  # distinct texts, not deduplicated
        (folder / f"article{number:05d}.txt").write_text(text, encoding="utf-8")
        if document.dct:
            (folder / f"article{number:05d}.meta.json").write_text(
                json.dumps({"published": document.dct.isoformat()}), encoding="utf-8")
        characters += len(text)
    return characters


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args()
    if not args.folder.is_dir():
        print(f"no TBAQ corpus at {args.folder}")
        return 1
    with tempfile.TemporaryDirectory() as work:
        corpus = Path(work)
        characters = build_corpus(args.folder, corpus, args.articles)
        print(f"corpus: {args.articles:,} articles, {characters / 1e6:.1f} million characters")
        rates = {}
        for jobs in (1, 2):
            done = subprocess.run([sys.executable, "-c", DRIVER, str(corpus), str(jobs)],
                                  capture_output=True, text=True, check=True)
            seconds, peak_kb, code = done.stdout.split()
            rates[jobs] = args.articles / float(seconds)
            print(f"--jobs {jobs}: {rates[jobs]:,.0f} articles/s ({float(seconds):.1f} s), "
                  f"peak memory {int(peak_kb) / 1024:.0f} MB, exit {code}")
        print(f"--jobs 2 / --jobs 1: {rates[2] / rates[1]:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
