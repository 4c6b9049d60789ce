"""Importing off the window's thread: read and analyse in a worker, report progress, cancel.

The worker calls the same opener and analysis as the command line; the window only sees
signals, so it keeps painting while a folder of thousands of articles comes in.
"""

from __future__ import annotations

from PySide6 import QtCore

from herald_timeline.ingest import ImportResult, Payload, open_inputs
from herald_timeline.merge import count_sources
from herald_timeline.model import Article
from herald_timeline.pipeline import analyse


class ImportWorker(QtCore.QObject):
    progressed = QtCore.Signal(int, int, str)  # done, total, what is being read
    finished = QtCore.Signal(object)  # the ImportResult, articles analysed

    def __init__(self, inputs: list[str], payloads: list[Payload],
                 known: list[Article], ready: list[Article]) -> None:
        super().__init__()
        self.inputs, self.payloads, self.known = inputs, payloads, known
        self.ready = ready  # articles read before (a saved project): only analysed
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True  # read between inputs: what was done is kept

    def run(self) -> None:
        result = open_inputs(self.inputs, payloads=self.payloads, then=analyse,
                             progress=lambda done, total, source: self.progressed.emit(
                                 done, total, f"Read {done} of {total}: {source}"),
                             cancelled=lambda: self._cancelled)
        for number, article in enumerate(self.ready, start=1):
            if self._cancelled:
                result.cancelled = True
                break
            result.articles.append(analyse(article))
            self.progressed.emit(number, len(self.ready), f"Opening {article.title}")
        # Merge with what the project has here too, not on the window's thread.
        known_ids = {article.id for article in self.known}
        fresh = [a for a in result.articles if a.id not in known_ids]
        result.groups = count_sources(self.known + fresh)
        self.finished.emit(result)


class BackgroundImporter(QtCore.QObject):
    """One import at a time, in its own thread; `finished` arrives on the window's thread."""

    progressed = QtCore.Signal(int, int, str)
    finished = QtCore.Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._thread: QtCore.QThread | None = None
        self._worker: ImportWorker | None = None

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def start(self, inputs: list[str], payloads: list[Payload] | None = None,
              known: list[Article] | None = None, ready: list[Article] | None = None) -> None:
        """Import in the background; `known`: the articles already in the project, with
        whose events the new ones are merged; `ready`: articles to analyse, not read."""
        if self.busy:
            raise RuntimeError("an import is already running")
        self._thread = QtCore.QThread()
        self._worker = ImportWorker(list(inputs), list(payloads or []), list(known or []),
                                    list(ready or []))
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self.progressed)
        self._worker.finished.connect(self._done)
        self._thread.start()

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    def _done(self, result: ImportResult) -> None:
        thread, self._thread, self._worker = self._thread, None, None
        thread.quit()
        thread.wait()
        self.finished.emit(result)
