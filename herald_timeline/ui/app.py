"""Start the desktop app."""

from __future__ import annotations

from herald_timeline.resources import sample_dir
from herald_timeline.ui.main_window import MainWindow
from herald_timeline.ui.qt_app import application


def sample_inputs() -> list[str]:
    folder = sample_dir()
    return [str(folder)] if folder else []


def run(inputs: list[str]) -> int:
    app = application()
    window = MainWindow()
    window.show()
    window.open_inputs(inputs or sample_inputs())
    return app.exec()
