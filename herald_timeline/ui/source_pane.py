"""The article an event came from, with its sentence highlighted, and how its date was
worked out."""

from __future__ import annotations

import html

from PySide6 import QtGui, QtWidgets

from herald_timeline.events.actors import display_name
from herald_timeline.merge import MergedEvent
from herald_timeline.model import Article, Event, Span
from herald_timeline.ui.theme import STATUS_COLOURS


class EventDetails(QtWidgets.QLabel):
    """What the selected event is, and how its date was worked out."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(QtGui.Qt.TextFormat.RichText)
        self.setMargin(8)
        self.setTextInteractionFlags(QtGui.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.show_hint()

    def show_hint(self) -> None:
        self.setText("<i>Click an event on the timeline to see where it comes from.</i>")

    def show_event(self, article: Article, event: Event, group: MergedEvent | None = None) -> None:
        when = event.when
        span = " – ".join(d.isoformat() if d else "…" for d in (when.start, when.end))
        colour = STATUS_COLOURS.get(event.status, "#555")
        extra = []
        if event.count is not None:
            extra.append(f"{event.count} times")
        if event.ordinal is not None:
            extra.append(f"number {event.ordinal}")
        published = (f"{article.published.isoformat()} ({article.published_basis})"
                     if article.published else "unknown")
        rows = [
            ("Event", f"<b>{html.escape(event.summary)}</b>"),
            ("Status", f"<span style='color:{colour}'><b>{event.status}</b></span>"),
            ("Actors", html.escape(", ".join(display_name(c) for c in event.actors))),
            ("Type", f"{event.type}" + (f" (CAMEO {event.cameo})" if event.cameo else "")
             + (f"; {', '.join(extra)}" if extra else "")),
            ("Date", f"{html.escape(when.value or '—')}  [{span}], {when.precision}, "
                     f"{when.basis}"),
            ("How", html.escape(when.explanation or "")),
            ("Article", f"{html.escape(article.title or article.source)}; published "
                        f"{published}"),
        ]
        if group is not None and group.sources > 1:
            reports = "<br>".join(
                f"{html.escape(r.article.title or r.article.source)}: "
                f"{html.escape(r.event.when.value or r.event.when.basis)}"
                for r in group.reports)
            rows.append((f"{group.sources} sources", reports))
        if group is not None and group.conflicting:
            rows.append(("Dates disagree", html.escape(", ".join(group.dates))))
        self.setText("<table cellspacing='3'>" + "".join(
            f"<tr><td style='color:gray'>{name}</td><td>{value}</td></tr>"
            for name, value in rows) + "</table>")


class SourcePane(QtWidgets.QPlainTextEdit):
    """The article text; the selected event's sentence is highlighted and scrolled to."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.article: Article | None = None

    def show_article(self, article: Article) -> None:
        if self.article is not article:
            self.article = article
            self.setPlainText(article.text)
        self.setExtraSelections([])

    def highlight(self, article: Article, sentence: Span, words: list[Span]) -> None:
        """Highlight a sentence, and within it the words the event and its date came from."""
        self.show_article(article)
        selections = [self._selection(sentence, QtGui.QColor("#fff3b0"), bold=False)]
        selections += [self._selection(span, QtGui.QColor("#ffd54f"), bold=True)
                       for span in words]
        self.setExtraSelections(selections)
        cursor = self.textCursor()
        cursor.setPosition(sentence.start)
        self.setTextCursor(cursor)
        self.centerCursor()

    def highlighted_text(self) -> str:
        selections = self.extraSelections()
        return selections[0].cursor.selectedText() if selections else ""

    def _selection(self, span: Span, colour: QtGui.QColor, bold: bool):
        selection = QtWidgets.QTextEdit.ExtraSelection()
        selection.format.setBackground(colour)
        selection.format.setForeground(QtGui.QColor("#1d232b"))
        if bold:
            selection.format.setFontWeight(QtGui.QFont.Weight.Bold)
        cursor = self.textCursor()
        cursor.setPosition(span.start)
        cursor.setPosition(span.end, QtGui.QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        return selection
