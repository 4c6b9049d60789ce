"""Start the desktop app: on the inputs given, else the last project, else the sample."""

from __future__ import annotations

from herald_timeline.project import Project
from herald_timeline.resources import sample_dir
from herald_timeline.store import ProjectStore
from herald_timeline.ui.main_window import MainWindow
from herald_timeline.ui.qt_app import application


def sample_inputs() -> list[str]:
    folder = sample_dir()
    return [str(folder)] if folder else []


def start(window: MainWindow, inputs: list[str]) -> None:
    """What the window opens with: the inputs, added to the last project; with none, the
    last project; with no project yet, the bundled sample."""
    store = window.project.store
    saved = store.load() if store is not None else []
    if inputs or not saved:
        window.open_inputs(inputs or sample_inputs(), ready=saved)
    else:
        window.open_inputs([], ready=saved)


def run(inputs: list[str]) -> int:
    app = application()
    window = MainWindow(Project(store=ProjectStore()))
    window.show()
    start(window, inputs)
    return app.exec()
