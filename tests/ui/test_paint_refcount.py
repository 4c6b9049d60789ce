"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every QPainter.drawLine and
setPen, and a pyqtgraph window dies after a few thousand paints ("none_dealloc"). We pin a
release without it (pyproject.toml); this paints long enough to notice if it comes back."""

from __future__ import annotations

import sys

from PySide6 import QtGui

from herald_timeline.ui.render import RenderOptions, render_view


def test_painting_does_not_leak_references_to_none(seed_article):
    view = render_view([seed_article], RenderOptions(width=800, height=400))
    viewbox = view.getPlotItem().getViewBox()
    (first, last), _ = viewbox.viewRange()
    image = QtGui.QImage(800, 400, QtGui.QImage.Format.Format_ARGB32)
    painter = QtGui.QPainter(image)
    before = sys.getrefcount(None)
    paints = 0
    try:
        for step in range(300):
            # A new range each time, as when the user zooms: the date axis redraws its
            # ticks (AxisItem.drawPicture, where the crash was seen) and labels re-lay out.
            shift = (last - first) * step / 3000
            viewbox.setXRange(first + shift, last + shift, padding=0)
            view.render(painter)
            paints += 1
            if before - sys.getrefcount(None) > 1000:
                break  # stop before None's count reaches zero and the process aborts
    finally:
        painter.end()
    lost = before - sys.getrefcount(None)
    # A broken binding loses hundreds of thousands here; a sound one next to nothing.
    assert lost < 1000, f"None lost {lost} references in {paints} paints"
