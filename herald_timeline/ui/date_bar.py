"""A bar, not a dialog, that asks for the publication date of articles that gave none."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6 import QtCore, QtWidgets


class MissingDateBar(QtWidgets.QWidget):
    def __init__(self, apply: Callable[[date], None], parent=None) -> None:
        super().__init__(parent)
        self._apply = apply
        self.label = QtWidgets.QLabel()
        self.editor = QtWidgets.QDateEdit(QtCore.QDate.currentDate())
        self.editor.setCalendarPopup(True)
        self.editor.setDisplayFormat("yyyy-MM-dd")
        self.button = QtWidgets.QPushButton("Use this date")
        self.button.clicked.connect(self._clicked)
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        for widget in (self.label, self.editor, self.button):
            layout.addWidget(widget)
        layout.addStretch(1)

    def ask(self, count: int) -> None:
        self.label.setText(
            f"{count} article{'s' if count != 1 else ''} gave no publication date: their "
            "relative dates (“last year”) stay unresolved until you give one.")

    def set_date(self, day: date) -> None:
        self.editor.setDate(QtCore.QDate(day.year, day.month, day.day))

    def _clicked(self) -> None:
        chosen = self.editor.date()
        self._apply(date(chosen.year(), chosen.month(), chosen.day()))
