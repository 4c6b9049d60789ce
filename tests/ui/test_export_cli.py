"""`herald-timeline export`: the same timeline as the window, headless, at a fixed size."""

from __future__ import annotations

import subprocess
import sys

from PySide6 import QtCore, QtGui

from herald_timeline.ui.theme import STATUS_COLOURS, THEMES
from tests.conftest import ROOT, SEED
from tests.ui.pixels import colour_present


def export(*args: str) -> subprocess.CompletedProcess:
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    return subprocess.run([sys.executable, "-m", "herald_timeline", "export", *args],
                          cwd=ROOT, capture_output=True, timeout=300, env=env, text=True)


def test_png_export_from_the_command_line(tmp_path):
    target = tmp_path / "t.png"
    done = export(str(SEED), "-o", str(target), "--width", "1600")
    assert done.returncode == 0, done.stderr
    image = QtGui.QImage(str(target))
    assert image.width() == 1600
    assert image.height() >= 300  # every lane gets its rows
    for status in ("occurred", "ongoing", "cancelled", "negotiating"):
        assert colour_present(image, STATUS_COLOURS[status], step=1), status


def test_dark_theme_and_a_date_window(tmp_path):
    target = tmp_path / "dark.png"
    done = export(str(SEED), "-o", str(target), "--width", "900", "--height", "500",
                  "--theme", "dark", "--from", "2011-01-01", "--to", "2012-12-31")
    assert done.returncode == 0, done.stderr
    image = QtGui.QImage(str(target))
    assert (image.width(), image.height()) == (900, 500)
    corner = image.pixelColor(image.width() - 3, 3).name()
    assert corner == THEMES["dark"].background


def test_svg_export_keeps_labels_as_text(tmp_path):
    target = tmp_path / "t.svg"
    done = export(str(SEED), "-o", str(target))
    assert done.returncode == 0, done.stderr
    svg = target.read_text(encoding="utf-8")
    assert svg.startswith("<?xml") and "<svg" in svg
    assert "strategic defense talks" in svg


def test_export_to_an_unknown_format_is_a_usage_error(tmp_path):
    done = export(str(SEED), "-o", str(tmp_path / "t.bmp"))
    assert done.returncode == 2
    assert "use .png, .svg, .json or .csv" in done.stderr


def test_each_event_is_drawn_with_its_status_mark(seed_article):
    """Not just somewhere in the picture (the legend shows every colour too): at the mark
    of each event, the colour of that event's status."""
    from herald_timeline.ui.render import RenderOptions, render_view

    view = render_view([seed_article], RenderOptions(width=1400))
    image = view.grab().toImage()
    events_item = view.events_item
    transform = events_item.deviceTransform(view.viewportTransform())
    origin = view.viewport().mapTo(view, QtCore.QPoint(0, 0))
    checked = 0
    for item in events_item.layout.items:
        _, point, _ = events_item._device_rects(item, transform)
        x, y = int(point.x()) + origin.x(), int(point.y()) + origin.y()
        # The ring of the mark is drawn in the status colour, filled or hollow alike.
        ring = [image.pixelColor(x + dx, y) for dx in range(-7, 8)]
        expected = QtGui.QColor(STATUS_COLOURS[item.event.status])
        assert any(abs(c.red() - expected.red()) < 40 and abs(c.green() - expected.green()) < 40
                   and abs(c.blue() - expected.blue()) < 40 for c in ring), item.label
        checked += 1
    assert checked == len(seed_article.events)
