"""The window as a user meets it: the sample timeline, clicking, dropping, exporting."""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

from herald_timeline.ui.theme import STATUS_COLOURS
from tests.ui.pixels import colour_present


def placed(window, summary: str):
    return next(i for i in window.timeline.events_item.layout.items if i.label == summary)


def click_on(qtbot, window, item) -> None:
    """A real left click on an event's mark, through the viewport as a mouse would."""
    view = window.timeline
    events_item = view.events_item
    transform = events_item.deviceTransform(view.viewportTransform())
    _, point, _ = events_item._device_rects(item, transform)
    qtbot.mouseClick(view.viewport(), QtCore.Qt.MouseButton.LeftButton,
                     pos=point.toPoint())


def test_the_sample_opens_with_its_lanes_and_events(window):
    layout = window.timeline.events_item.layout
    lanes = [lane.label for lane in layout.lanes]
    assert lanes[:3] == ["South Korea – China", "South Korea – Russia", "South Korea – Japan"]
    labels = {item.label for item in layout.items}
    assert "South Korea and China upgrade ties to a strategic partnership" in labels
    assert "South Korea's defense minister cancels trip to Japan" in labels
    assert "1 article" in window.windowTitle()


def test_clicking_an_event_highlights_its_sentence_and_explains_its_date(qtbot, window):
    item = placed(window, "South Korea and China hold the first strategic defense talks")
    click_on(qtbot, window, item)
    assert window.source.highlighted_text().startswith(
        "Last year the two countries held the first strategic defense talks")
    document = QtGui.QTextDocument()
    document.setHtml(window.details.text())
    details = document.toPlainText()
    assert "'Last year' resolved against 2012-05-21 (publication date) → 2011" in details
    assert "occurred" in details and "South Korea, China" in details
    assert window.timeline.events_item.selected == (item.article.id, item.event.id)


def test_a_click_on_empty_space_selects_nothing(qtbot, window):
    qtbot.mouseClick(window.timeline.viewport(), QtCore.Qt.MouseButton.LeftButton,
                     pos=QtCore.QPoint(window.timeline.width() - 5, 5))
    assert window.timeline.events_item.selected is None
    assert "Click an event" in window.details.text()


def _drop(window, paths: list[Path]) -> None:
    mime = QtCore.QMimeData()
    mime.setUrls([QtCore.QUrl.fromLocalFile(str(p)) for p in paths])
    point = QtCore.QPointF(200, 200)
    enter = QtGui.QDragEnterEvent(point.toPoint(), QtCore.Qt.DropAction.CopyAction, mime,
                                  QtCore.Qt.MouseButton.LeftButton,
                                  QtCore.Qt.KeyboardModifier.NoModifier)
    QtWidgets.QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QtGui.QDropEvent(point, QtCore.Qt.DropAction.CopyAction, mime,
                            QtCore.Qt.MouseButton.LeftButton,
                            QtCore.Qt.KeyboardModifier.NoModifier)
    QtWidgets.QApplication.sendEvent(window, drop)


def test_a_dropped_text_file_joins_the_timeline(window, tmp_path):
    article = tmp_path / "tokyo-talks.txt"
    article.write_text("Japan and South Korea held defense talks in Tokyo on June 3, 2013, "
                       "officials said.\n", encoding="utf-8")
    _drop(window, [article])
    assert len(window.project.articles) == 2
    labels = {item.label for item in window.timeline.events_item.layout.items}
    assert "Japan and South Korea hold defense talks" in labels
    assert "2 articles" in window.windowTitle()


def test_a_bad_file_in_a_drop_is_named_and_the_good_one_still_goes_in(window, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    good = tmp_path / "good.txt"
    good.write_text("Russia and China signed a gas deal on May 21, 2014.", encoding="utf-8")
    _drop(window, [empty, good])
    message = window.statusBar().currentMessage()
    assert "empty.txt: empty file" in message
    assert len(window.project.articles) == 2


def test_export_from_the_menu_writes_the_whole_timeline(window, tmp_path, monkeypatch):
    target = tmp_path / "menu.png"
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), "PNG image (*.png)"))
    window.actions_by_name["export_png"].trigger()
    image = QtGui.QImage(str(target))
    assert not image.isNull()
    assert image.width() >= 1200
    assert colour_present(image, STATUS_COLOURS["occurred"], step=2)
    assert colour_present(image, STATUS_COLOURS["cancelled"], step=1)
