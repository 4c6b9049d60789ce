"""The command line's contract: formats, exit status, errors on stderr, tempeval."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, SEED

TIMEML = (
    '<?xml version="1.0" ?>\n<TimeML><DOCID>d1</DOCID>\n'
    '<DCT><TIMEX3 tid="t0" type="DATE" value="2012-05-21" '
    'functionInDocument="CREATION_TIME">2012-05-21</TIMEX3></DCT>\n'
    '<TEXT>Officials said <TIMEX3 tid="t1" type="DATE" value="2012-05-21">Monday</TIMEX3> '
    'that talks held <TIMEX3 tid="t2" type="DATE" value="2011">last year</TIMEX3> went on '
    'for <TIMEX3 tid="t3" type="DURATION" value="P3D">three days</TIMEX3>.</TEXT>\n'
    '</TimeML>\n'
)


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "herald_timeline", *args], cwd=ROOT,
                          capture_output=True, input=stdin, timeout=300)


def test_some_inputs_unreadable_exits_1_names_them_and_prints_the_rest(tmp_path):
    empty = tmp_path / "broken.txt"
    empty.write_bytes(b"")
    done = run("extract", str(SEED), str(empty))
    assert done.returncode == 1
    assert f"{empty}: empty file" in done.stderr.decode()
    document = json.loads(done.stdout)
    assert len(document["articles"]) == 1
    assert document["errors"] == [{"source": str(empty), "error": "empty file"}]


def test_wrong_usage_exits_2():
    assert run("extract").returncode == 2
    assert run("extract", str(SEED), "--published", "May 2012").returncode == 2
    assert run("extract", str(SEED), "--jobs", "0").returncode == 2


def test_published_option_applies_only_to_undated_inputs(tmp_path):
    done = run("extract", "-", "--published", "2012-05-21",
               stdin=b"Last year Seoul and Tokyo held talks.")
    (article,) = json.loads(done.stdout)["articles"]
    assert article["published_basis"] == "option"
    assert article["timexes"][0]["value"] == "2011"


def test_relative_dates_are_unresolved_without_a_publication_date():
    done = run("extract", "-", stdin=b"Last year Seoul and Tokyo held talks.")
    (article,) = json.loads(done.stdout)["articles"]
    assert article["published"] is None
    assert article["timexes"][0]["value"] is None
    (event,) = article["events"]
    assert event["when"]["start"] is None and event["when"]["end"] is None


def test_csv_and_jsonl_hold_one_event_per_row(tmp_path):
    rows = list(csv.DictReader(io.StringIO(run("extract", str(SEED), "--format", "csv")
                                           .stdout.decode())))
    lines = run("extract", str(SEED), "--format", "jsonl").stdout.decode().splitlines()
    assert len(rows) == len(lines) >= 11
    talks = next(r for r in rows if r["summary"].endswith("first strategic defense talks"))
    assert (talks["actors"], talks["when_value"], talks["status"]) == ("KOR;CHN", "2011",
                                                                        "occurred")
    assert json.loads(lines[0])["published"] == "2012-05-21"


def test_output_file_and_timeml_format(tmp_path):
    target = tmp_path / "out.tml"
    assert run("extract", str(SEED), "--format", "timeml", "-o", str(target)).returncode == 0
    tagged = target.read_text(encoding="utf-8")
    assert '<TIMEX3 tid="t5" type="DATE" value="2011">Last year</TIMEX3>' in tagged


def test_tempeval_scores_a_folder(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "d1.tml").write_text(TIMEML, encoding="utf-8")
    done = run("tempeval", str(gold), "--out", str(tmp_path / "sys"), "--json")
    assert done.returncode == 0, done.stderr.decode()
    scores = json.loads(done.stdout)
    assert (scores["documents"], scores["gold"], scores["system"]) == (1, 3, 3)
    assert scores["strict"]["f1"] == 1.0 and scores["value"]["f1"] == 1.0
    assert (tmp_path / "sys" / "d1.tml").read_text().count("<TIMEX3") == 4


def test_tempeval_on_a_missing_folder_is_a_usage_error(tmp_path):
    assert run("tempeval", str(tmp_path / "none")).returncode == 2


def test_extract_in_several_processes_gives_the_same_result(tmp_path):
    for index in range(4):
        (tmp_path / f"a{index}.txt").write_text(
            f"Seoul and Tokyo held talks on June {index + 1}, 2012.", encoding="utf-8")
    one = json.loads(run("extract", str(tmp_path)).stdout)
    two = json.loads(run("extract", str(tmp_path), "--jobs", "2").stdout)
    assert one == two and len(one["articles"]) == 4
    assert Path(one["articles"][0]["source"]).name == "a0.txt"
