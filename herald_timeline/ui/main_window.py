"""The main window: timeline on the left, event details and source text on the right."""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

from herald_timeline.ingest import ImportResult
from herald_timeline.model import Article, Event, Span
from herald_timeline.project import Project
from herald_timeline.resources import resource_path
from herald_timeline.ui.render import RenderOptions, export_image
from herald_timeline.ui.source_pane import EventDetails, SourcePane
from herald_timeline.ui.timeline_view import TimelineView

OPEN_FILTER = "Articles (*.txt *.text *.md *.markdown *.tml *.timeml);;All files (*)"


class MainWindow(QtWidgets.QMainWindow):
    def __init__(self, project: Project | None = None) -> None:
        super().__init__()
        self.project = project or Project()
        self.setWindowTitle("Herald Timeline")
        self.setAcceptDrops(True)
        icon = resource_path("icons", "herald-timeline.svg")
        self.setWindowIcon(QtGui.QIcon(str(icon)))
        self.timeline = TimelineView()
        self.timeline.on_event_clicked = self.show_event
        self.details = EventDetails()
        self.source = SourcePane()
        side = QtWidgets.QSplitter(QtCore.Qt.Orientation.Vertical)
        side.addWidget(self.details)
        side.addWidget(self.source)
        side.setStretchFactor(1, 1)
        main = QtWidgets.QSplitter(QtCore.Qt.Orientation.Horizontal)
        main.addWidget(self.timeline)
        main.addWidget(side)
        main.setStretchFactor(0, 3)
        main.setStretchFactor(1, 2)
        main.setSizes([900, 500])
        side.setSizes([180, 600])
        self.setCentralWidget(main)
        self.actions_by_name = self._create_actions()
        self.statusBar().showMessage("Drop articles here, or File › Open")
        self.resize(1400, 800)
        self.project.subscribe(self._project_changed)
        self._project_changed(self.project)

    def _create_actions(self) -> dict[str, QtGui.QAction]:
        """Every action of the window, made in this one place."""
        specs = [
            ("open", "&Open Articles…", QtGui.QKeySequence.StandardKey.Open, self.choose_files),
            ("export_png", "&Export Timeline as PNG…", "Ctrl+E", self.choose_export),
            ("quit", "&Quit", QtGui.QKeySequence.StandardKey.Quit, self.close),
            ("fit", "&Fit Whole Timeline", "Home", self.timeline.reset_zoom),
        ]
        actions = {}
        for name, text, shortcut, slot in specs:
            action = QtGui.QAction(text, self)
            action.setShortcut(QtGui.QKeySequence(shortcut))
            action.triggered.connect(slot)
            actions[name] = action
        file_menu = self.menuBar().addMenu("&File")
        for name in ("open", "export_png"):
            file_menu.addAction(actions[name])
        file_menu.addSeparator()
        file_menu.addAction(actions["quit"])
        self.menuBar().addMenu("&View").addAction(actions["fit"])
        return actions

    # Opening: the menu and drops both end in open_inputs, the one opener.
    def choose_files(self) -> None:
        paths, _ = QtWidgets.QFileDialog.getOpenFileNames(self, "Open articles", "",
                                                          OPEN_FILTER)
        if paths:
            self.open_inputs(paths)

    def open_inputs(self, inputs: list[str]) -> ImportResult:
        result = self.project.open(inputs)
        self._report(result)
        return result

    def _report(self, result: ImportResult) -> None:
        read = f"{len(result.articles)} article(s) read"
        if result.errors:
            problems = "; ".join(f"{Path(e.source).name}: {e.error}" for e in result.errors)
            self.statusBar().showMessage(f"{read}. Could not read {len(result.errors)}: "
                                         f"{problems}")
        else:
            self.statusBar().showMessage(read)

    def dragEnterEvent(self, event: QtGui.QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QtGui.QDropEvent) -> None:  # noqa: N802
        inputs = [url.toLocalFile() if url.isLocalFile() else url.toString()
                  for url in event.mimeData().urls()]
        if inputs:
            event.acceptProposedAction()
            self.open_inputs(inputs)

    # Exporting: the same exporter as `herald-timeline export`.
    def choose_export(self) -> None:
        path, _ = QtWidgets.QFileDialog.getSaveFileName(self, "Export timeline",
                                                        "timeline.png", "PNG image (*.png)")
        if path:
            self.export_png(Path(path))

    def export_png(self, path: Path, width: int | None = None) -> Path:
        export_image(self.project.articles, path,
                     RenderOptions(width=width or max(self.timeline.width(), 1200)))
        self.statusBar().showMessage(f"Exported the whole timeline to {path}")
        return path

    # Showing
    def _project_changed(self, project: Project) -> None:
        self.timeline.set_articles(project.articles)
        count = len(project.articles)
        self.setWindowTitle(f"Herald Timeline — {count} article{'s' if count != 1 else ''}")
        if project.articles and self.source.article is None:
            self.source.show_article(project.articles[0])

    def show_event(self, article: Article, event: Event, group=None) -> None:
        self.timeline.select(article.id, event.id)
        self.details.show_event(article, event, group)
        words = [event.trigger]
        timex = next((t for t in article.timexes if t.id == event.timex), None)
        if timex is not None:
            words.append(Span(timex.start, timex.end))
        self.source.highlight(article, event.sentence, words)
