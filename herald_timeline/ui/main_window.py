"""The main window: timeline on the left, event details and source text on the right."""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

from herald_timeline.ingest import ImportResult, Payload
from herald_timeline.ingest.opener import is_link
from herald_timeline.model import Article, Event, Span
from herald_timeline.project import Project
from herald_timeline.resources import resource_path
from herald_timeline.ui.date_bar import MissingDateBar
from herald_timeline.ui.importer import BackgroundImporter
from herald_timeline.ui.render import RenderOptions, export_image
from herald_timeline.ui.source_pane import EventDetails, SourcePane
from herald_timeline.ui.timeline_view import TimelineView

OPEN_FILTER = ("Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.tml *.timeml *.eml "
               "*.pdf *.docx);;All files (*)")
# Where browsers put the address of the page a dragged selection comes from.
_SOURCE_URL_FORMATS = ("text/x-moz-url-priv", "text/x-moz-url", "chromium/x-source-url")


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
        self.importer = BackgroundImporter(self)
        self.importer.progressed.connect(self._import_progressed)
        self.importer.finished.connect(self._import_finished)
        self.progress = QtWidgets.QProgressBar()
        self.progress.setMaximumWidth(260)
        self.cancel_button = QtWidgets.QPushButton("Cancel")
        self.cancel_button.clicked.connect(self.importer.cancel)
        for widget in (self.progress, self.cancel_button):
            widget.hide()
            self.statusBar().addPermanentWidget(widget)
        self.last_errors = []
        self.problems_window: QtWidgets.QPlainTextEdit | None = None
        self.date_bar = MissingDateBar(self._apply_publication_date)
        self.addToolBarBreak()
        holder = QtWidgets.QToolBar("Publication date")
        holder.setMovable(False)
        holder.addWidget(self.date_bar)
        self.addToolBar(QtCore.Qt.ToolBarArea.TopToolBarArea, holder)
        self.date_holder = holder
        holder.hide()
        self.statusBar().showMessage("Drop articles, links or text here, or File › Open")
        self.resize(1400, 800)
        self.project.subscribe(self._project_changed)
        self._project_changed(self.project)

    def _create_actions(self) -> dict[str, QtGui.QAction]:
        """Every action of the window, made in this one place."""
        specs = [
            ("open", "&Open Articles…", QtGui.QKeySequence.StandardKey.Open, self.choose_files),
            ("paste", "&Paste Articles or Links", QtGui.QKeySequence.StandardKey.Paste,
             self.paste),
            ("export_png", "&Export Whole Timeline (PNG, SVG)…", "Ctrl+E", self.choose_export),
            ("quit", "&Quit", QtGui.QKeySequence.StandardKey.Quit, self.close),
            ("fit", "&Fit Whole Timeline", "Home", self.timeline.reset_zoom),
            ("problems", "Import &Problems…", "Ctrl+Shift+P", self.show_problems),
            ("dark", "&Dark Theme", "Ctrl+Shift+D", self.toggle_theme),
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
        self.menuBar().addMenu("&Edit").addAction(actions["paste"])
        view_menu = self.menuBar().addMenu("&View")
        view_menu.addAction(actions["fit"])
        view_menu.addAction(actions["problems"])
        actions["dark"].setCheckable(True)
        view_menu.addAction(actions["dark"])
        return actions

    # Opening: the menu and drops both end in open_inputs, the one opener.
    def choose_files(self) -> None:
        paths, _ = QtWidgets.QFileDialog.getOpenFileNames(self, "Open articles", "",
                                                          OPEN_FILTER)
        if paths:
            self.open_inputs(paths)

    def open_inputs(self, inputs: list[str], payloads: list[Payload] | None = None,
                    ready: list[Article] | None = None) -> None:
        """Read and analyse in the background; the timeline fills in when done. `ready`:
        articles already read (the saved project) to analyse and show."""
        if self.importer.busy:
            self.statusBar().showMessage("Still importing: drop again when it is done")
            return
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.importer.start(inputs, payloads, known=list(self.project.articles), ready=ready)

    def paste(self) -> None:
        self.open_mime(QtWidgets.QApplication.clipboard().mimeData())

    def open_mime(self, mime: QtCore.QMimeData) -> bool:
        """What a drop or the clipboard carries: files and links, a page's HTML (with its
        address when the browser gives it), or plain text."""
        if mime.hasUrls():
            self.open_inputs([url.toLocalFile() if url.isLocalFile() else url.toString()
                              for url in mime.urls()])
            return True
        if mime.hasHtml():
            url = _source_url(mime)
            self.open_inputs([], [Payload(url or "dropped page", mime.html(), "html", url)])
            return True
        if mime.hasText() and mime.text().strip():
            text = mime.text().strip()
            if all(is_link(line.strip()) for line in text.splitlines()):
                self.open_inputs([line.strip() for line in text.splitlines()])
            else:
                self.open_inputs([], [Payload("dropped text", text, "text")])
            return True
        return False

    @property
    def importing(self) -> bool:
        return self.importer.busy

    def _import_progressed(self, done: int, total: int, what: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.statusBar().showMessage(what)

    def _import_finished(self, result: ImportResult) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.project.add_articles(result.articles, result.groups)
        self._report(result)
        self._offer_missing_dates()

    def _offer_missing_dates(self) -> None:
        undated = [a for a in self.project.articles if a.published is None]
        self.date_bar.ask(len(undated))
        self.date_holder.setVisible(bool(undated))

    def _apply_publication_date(self, day) -> None:
        self.project.set_missing_dates(day)
        self._offer_missing_dates()

    def _report(self, result: ImportResult) -> None:
        self.last_errors = list(result.errors)
        read = f"{len(result.articles)} article(s) read"
        if result.cancelled:
            read += " before the import was cancelled"
        if result.errors:
            shown = "; ".join(f"{Path(e.source).name}: {e.error}" for e in result.errors[:3])
            more = (f"; and {len(result.errors) - 3} more (View › Import Problems)"
                    if len(result.errors) > 3 else "")
            self.statusBar().showMessage(f"{read}. Could not read {len(result.errors)}: "
                                         f"{shown}{more}")
            if len(result.errors) > 3:
                self.show_problems()
        else:
            self.statusBar().showMessage(read)

    def show_problems(self) -> None:
        """Every input the last import could not read, with why: a window, not a dialog
        that stops the work."""
        if self.problems_window is None:
            self.problems_window = QtWidgets.QPlainTextEdit()
            self.problems_window.setReadOnly(True)
            self.problems_window.setWindowTitle("Import problems — Herald Timeline")
            self.problems_window.resize(700, 400)
        lines = [f"{e.source}: {e.error}" for e in self.last_errors]
        self.problems_window.setPlainText("\n".join(lines) or "The last import read everything.")
        self.problems_window.show()

    def dragEnterEvent(self, event: QtGui.QDragEnterEvent) -> None:  # noqa: N802
        mime = event.mimeData()
        if mime.hasUrls() or mime.hasHtml() or mime.hasText():
            event.acceptProposedAction()

    def dropEvent(self, event: QtGui.QDropEvent) -> None:  # noqa: N802
        if self.open_mime(event.mimeData()):
            event.acceptProposedAction()

    # Exporting: the same exporter as `herald-timeline export`.
    def choose_export(self) -> None:
        path, chosen = QtWidgets.QFileDialog.getSaveFileName(
            self, "Export timeline", "timeline.png", "PNG image (*.png);;SVG drawing (*.svg)")
        if path:
            if not path.lower().endswith((".png", ".svg")):
                path += ".svg" if chosen.startswith("SVG") else ".png"
            self.export_png(Path(path))

    def export_png(self, path: Path, width: int | None = None) -> Path:
        """The whole timeline, not just what is in view, as PNG or SVG (by the suffix)."""
        export_image(self.project.articles, path,
                     RenderOptions(width=width or max(self.timeline.width(), 1200),
                                   theme=self.timeline.theme.name), self.project.groups)
        self.statusBar().showMessage(f"Exported the whole timeline to {path}")
        return path

    def toggle_theme(self) -> None:
        self.timeline.set_theme("dark" if self.actions_by_name["dark"].isChecked() else "light")

    # Showing
    def _project_changed(self, project: Project) -> None:
        self.timeline.set_articles(project.articles, project.groups)
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


def _source_url(mime: QtCore.QMimeData) -> str | None:
    for name in _SOURCE_URL_FORMATS:
        if mime.hasFormat(name):
            raw = bytes(mime.data(name).data())
            text = raw.decode("utf-16" if name.startswith("text/x-moz") else "utf-8", "replace")
            first = text.replace("\x00", "").strip().splitlines()
            if first and is_link(first[0]):
                return first[0]
    return None
