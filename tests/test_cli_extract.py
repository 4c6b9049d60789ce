"""The contract's JSON shape, as `herald-timeline extract` prints it."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT, SEED


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "herald_timeline", *args], cwd=ROOT,
                          capture_output=True, input=stdin, timeout=300)


def test_extract_prints_the_contract_shape():
    done = run_cli("extract", str(SEED))
    assert done.returncode == 0, done.stderr.decode()
    document = json.loads(done.stdout)
    assert document["generator"] == "herald-timeline 0.1.0"
    assert document["errors"] == []
    (article,) = document["articles"]
    assert set(article) >= {"id", "source", "title", "publisher", "published",
                            "published_basis", "text", "timexes", "events"}
    assert article["published"] == "2012-05-21"
    for timex in article["timexes"]:
        assert article["text"][timex["start"]:timex["end"]] == timex["text"]
    for event in article["events"]:
        assert set(event) == {"id", "summary", "type", "cameo", "actors", "status", "when",
                              "count", "ordinal", "sentence", "trigger", "timex", "sources"}
        assert set(event["when"]) == {"text", "value", "start", "end", "precision", "basis"}
        trigger = event["trigger"]
        assert article["text"][trigger["start"]:trigger["end"]] == trigger["text"]
        sentence = event["sentence"]
        assert sentence["start"] <= trigger["start"] < trigger["end"] <= sentence["end"]
