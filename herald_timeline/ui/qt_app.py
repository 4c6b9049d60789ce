"""One QApplication for the window, the headless exporter and the tests."""

from __future__ import annotations

import os
import sys

from PySide6 import QtWidgets


def application(headless: bool = False) -> QtWidgets.QApplication:
    """The running QApplication, made if needed; `headless` draws without a display."""
    existing = QtWidgets.QApplication.instance()
    if existing is not None:
        return existing
    no_display = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if headless or no_display:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QtWidgets.QApplication(sys.argv[:1])
    app.setApplicationName("Herald Timeline")
    app.setOrganizationName("Herald Timeline")
    app.setDesktopFileName("herald-timeline")
    return app
