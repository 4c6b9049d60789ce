"""The built wheel carries resources/ and data/, and works installed outside the checkout."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEED


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh virtual environment, outside the checkout, with only the built wheel."""
    work = tmp_path_factory.mktemp("wheel")
    built = subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir",
                            str(work / "dist"), str(ROOT)], capture_output=True, text=True,
                           timeout=600)
    assert built.returncode == 0, built.stdout + built.stderr
    (wheel,) = (work / "dist").glob("herald_timeline-*.whl")
    subprocess.run([sys.executable, "-m", "venv", str(work / "venv")], check=True, timeout=300)
    pip = subprocess.run([str(work / "venv" / "bin" / "python"), "-m", "pip", "install",
                          "--quiet", str(wheel)], capture_output=True, text=True, timeout=900)
    assert pip.returncode == 0, pip.stdout + pip.stderr
    return work


def run_installed(work: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run([str(work / "venv" / "bin" / "herald-timeline"), *args],
                          cwd=work, capture_output=True, text=True, timeout=600, env=env)


@pytest.mark.slow
def test_installed_wheel_extracts_the_sample(installed):
    article = installed / "article.txt"
    shutil.copy(SEED, article)
    shutil.copy(SEED.with_name(SEED.stem + ".meta.json"), installed / "article.meta.json")
    done = run_installed(installed, "extract", str(article))
    assert done.returncode == 0, done.stderr
    (result,) = json.loads(done.stdout)["articles"]
    summaries = {e["summary"] for e in result["events"]}
    assert "South Korea and China hold the first strategic defense talks" in summaries


@pytest.mark.slow
def test_installed_wheel_reads_its_own_resources_and_sample(installed):
    python = str(installed / "venv" / "bin" / "python")
    code = ("from herald_timeline.resources import resource_root, sample_dir;"
            "print(resource_root()); print(sample_dir())")
    done = subprocess.run([python, "-c", code], cwd=installed, capture_output=True,
                          text=True, timeout=120)
    resources, sample = done.stdout.split()
    assert "site-packages" in resources and "site-packages" in sample
    assert not resources.startswith(str(ROOT))


@pytest.mark.slow
def test_installed_wheel_exports_a_png(installed):
    sample = installed / "venv"
    done = run_installed(installed, "export", str(next(sample.rglob("herald_timeline/data"))),
                         "-o", str(installed / "t.png"), "--width", "1200")
    assert done.returncode == 0, done.stderr
    assert (installed / "t.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
