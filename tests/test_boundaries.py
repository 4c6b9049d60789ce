"""Model, extraction and layout stay plain Python: importing them loads no Qt."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT

NON_UI_MODULES = [
    "herald_timeline.model", "herald_timeline.temporal", "herald_timeline.events.extract",
    "herald_timeline.layout", "herald_timeline.project", "herald_timeline.export",
    "herald_timeline.cli", "herald_timeline.tempeval", "herald_timeline.ingest",
]


def test_non_ui_modules_import_without_qt():
    code = (f"import sys\nfor m in {NON_UI_MODULES!r}: __import__(m)\n"
            "leaked = [m for m in sys.modules if m.split('.')[0] in "
            "('PySide6', 'pyqtgraph', 'shiboken6')]\nprint(leaked)")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_the_lint_rule_catches_qt_outside_ui(tmp_path):
    ruff = shutil.which("ruff") or str(ROOT / ".venv" / "bin" / "ruff")
    if not shutil.which(ruff):
        pytest.skip("ruff is not installed")
    leak = ROOT / "herald_timeline" / "_leak_probe.py"
    leak.write_text("from PySide6 import QtCore  # noqa: F401\n", encoding="utf-8")
    try:
        done = subprocess.run([ruff, "check", "--no-cache", str(leak)], cwd=ROOT,
                              capture_output=True, text=True, timeout=120)
    finally:
        leak.unlink()
    assert done.returncode != 0
    assert "TID251" in done.stdout and "herald_timeline/ui/" in done.stdout
