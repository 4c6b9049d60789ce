"""The `herald-timeline` command (design/CONTRACT.md): the app, extract, export, tempeval."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from herald_timeline import GENERATOR
from herald_timeline.export import FORMATS, to_csv, to_json
from herald_timeline.ingest import ImportResult, open_inputs
from herald_timeline.ingest.published import parse_iso_date
from herald_timeline.merge import count_sources
from herald_timeline.pipeline import analyse

SUBCOMMANDS = ("extract", "export", "tempeval")
EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def _date_argument(value: str) -> date:
    parsed = parse_iso_date(value)
    if parsed is None or len(value.strip()) != 10:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}")
    return parsed


def _jobs_argument(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"--jobs takes a whole number of at least 1: {value!r}")
    return jobs


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="herald-timeline",
        description="Follow relations between countries through the news.",
        epilog="Run without a subcommand to open the app: herald-timeline [INPUT ...]",
    )
    parser.add_argument("--version", action="version", version=GENERATOR)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    extract = commands.add_parser("extract", help="print what the articles say, as data")
    extract.add_argument("inputs", nargs="+", metavar="INPUT")
    extract.add_argument("--published", type=_date_argument, metavar="YYYY-MM-DD",
                         help="publication date for inputs whose date is unknown")
    extract.add_argument("--format", choices=sorted(FORMATS), default="json")
    extract.add_argument("--jobs", type=_jobs_argument, default=1, metavar="N",
                         help="analyse in N processes")
    extract.add_argument("-o", "--output", metavar="FILE", help="write here, not to stdout")

    export = commands.add_parser("export", help="draw the timeline (PNG, SVG) or write data")
    export.add_argument("inputs", nargs="+", metavar="INPUT")
    export.add_argument("-o", "--output", required=True, metavar="OUT",
                        help="OUT.png, OUT.svg, OUT.json or OUT.csv")
    export.add_argument("--width", type=int, default=1600, metavar="PX")
    export.add_argument("--height", type=int, default=None, metavar="PX",
                        help="default: tall enough for every lane")
    export.add_argument("--from", dest="date_from", type=_date_argument, metavar="DATE")
    export.add_argument("--to", dest="date_to", type=_date_argument, metavar="DATE")
    export.add_argument("--published", type=_date_argument, metavar="YYYY-MM-DD")
    export.add_argument("--theme", choices=("light", "dark"), default="light")

    tempeval = commands.add_parser("tempeval", help="score the tagger on TimeML files")
    tempeval.add_argument("gold_dir", metavar="GOLD_DIR")
    tempeval.add_argument("--out", metavar="SYS_DIR", help="write our tagged copies here")
    tempeval.add_argument("--json", action="store_true", help="print the scores as JSON")
    return parser


def _report_errors(result: ImportResult) -> None:
    for error in result.errors:
        print(f"herald-timeline: {error.source}: {error.error}", file=sys.stderr)


def _progress(done: int, total: int) -> None:
    if total >= 10 and (done == total or done % 50 == 0):
        print(f"\rread and analysed {done}/{total}", end="" if done < total else "\n",
              file=sys.stderr)


def _read(inputs: Sequence[str], published: date | None, jobs: int = 1) -> ImportResult:
    result = open_inputs(inputs, published, then=analyse, jobs=jobs,
                         progress=lambda done, total, _source: _progress(done, total))
    count_sources(result.articles)
    _report_errors(result)
    return result


def _write(text: str, output: str | None) -> None:
    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


def run_extract(args: argparse.Namespace) -> int:
    result = _read(args.inputs, args.published, args.jobs)
    if args.format == "json":
        text = to_json(result.articles, [e.to_dict() for e in result.errors])
    else:
        text = FORMATS[args.format](result.articles)
    _write(text, args.output)
    return EXIT_SOME_FAILED if result.errors else EXIT_OK


def run_export(args: argparse.Namespace) -> int:
    suffix = Path(args.output).suffix.lower()
    if suffix not in (".png", ".svg", ".json", ".csv"):
        print(f"herald-timeline: cannot export to {suffix or 'a file without a suffix'}: "
              "use .png, .svg, .json or .csv", file=sys.stderr)
        return EXIT_USAGE
    result = _read(args.inputs, args.published)
    if suffix == ".json":
        _write(to_json(result.articles, [e.to_dict() for e in result.errors]), args.output)
    elif suffix == ".csv":
        _write(to_csv(result.articles), args.output)
    else:
        from herald_timeline.ui.render import RenderOptions, export_image

        export_image(result.articles, Path(args.output), RenderOptions(
            width=args.width, height=args.height, date_from=args.date_from,
            date_to=args.date_to, theme=args.theme))
    return EXIT_SOME_FAILED if result.errors else EXIT_OK


def run_tempeval(args: argparse.Namespace) -> int:
    from herald_timeline.tempeval import evaluate_folder, format_scores

    gold = Path(args.gold_dir)
    if not gold.is_dir():
        print(f"herald-timeline: {gold}: not a folder", file=sys.stderr)
        return EXIT_USAGE
    try:
        tally = evaluate_folder(gold, Path(args.out) if args.out else None)
    except FileNotFoundError as error:
        print(f"herald-timeline: {error}", file=sys.stderr)
        return EXIT_SOME_FAILED
    scores = tally.scores()
    print(json.dumps(scores) if args.json else format_scores(scores))
    return EXIT_OK


def run_app(inputs: Sequence[str]) -> int:
    from herald_timeline.ui.app import run

    return run(list(inputs))


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in SUBCOMMANDS and argv[0] not in ("-h", "--help",
                                                                     "--version")):
        return run_app(argv)
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # argparse exits 2 on bad usage, 0 on --help
        return int(stop.code or 0)
    runner = {"extract": run_extract, "export": run_export, "tempeval": run_tempeval}
    return runner[args.command](args)


def gui_main() -> int:
    return run_app(sys.argv[1:])
