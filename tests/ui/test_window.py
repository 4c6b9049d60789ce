"""The window as a user meets it: the sample timeline, clicking, dropping, exporting."""

from __future__ import annotations

from datetime import date
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


def drop_files_and_wait(qtbot, window, paths: list[Path]) -> None:
    mime = QtCore.QMimeData()
    mime.setUrls([QtCore.QUrl.fromLocalFile(str(p)) for p in paths])
    drop_and_wait(qtbot, window, mime)


def drop_and_wait(qtbot, window, mime: QtCore.QMimeData) -> None:
    """A real drag entering the window and dropping there; then the import's end."""
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
    qtbot.waitUntil(lambda: not window.importing, timeout=30000)


def test_a_dropped_text_file_joins_the_timeline(qtbot, window, tmp_path):
    article = tmp_path / "tokyo-talks.txt"
    article.write_text("Japan and South Korea held defense talks in Tokyo on June 3, 2013, "
                       "officials said.\n", encoding="utf-8")
    drop_files_and_wait(qtbot, window, [article])
    assert len(window.project.articles) == 2
    labels = {item.label for item in window.timeline.events_item.layout.items}
    assert "Japan and South Korea hold defense talks" in labels
    assert "2 articles" in window.windowTitle()


def test_a_bad_file_in_a_drop_is_named_and_the_good_one_still_goes_in(qtbot, window, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    good = tmp_path / "good.txt"
    good.write_text("Russia and China signed a gas deal on May 21, 2014.", encoding="utf-8")
    drop_files_and_wait(qtbot, window, [empty, good])
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


def test_a_dragged_browser_selection_keeps_its_page_address(qtbot, window):
    mime = QtCore.QMimeData()
    mime.setHtml("<p>China and Japan held maritime talks on Monday, officials said.</p>"
                 "<p>The two sides agreed to meet again in Beijing.</p>")
    mime.setData("text/x-moz-url-priv", QtCore.QByteArray(
        "https://news.example.org/2014/03/10/talks".encode("utf-16-le")))
    drop_and_wait(qtbot, window, mime)
    article = window.project.articles[-1]
    assert article.source == "https://news.example.org/2014/03/10/talks"
    assert (article.published.isoformat(), article.published_basis) == ("2014-03-10", "url")
    labels = {item.label for item in window.timeline.events_item.layout.items}
    assert "China and Japan hold maritime talks" in labels


def test_pasted_text_without_a_date_asks_for_one_and_then_resolves(qtbot, window):
    QtWidgets.QApplication.clipboard().setText(
        "Last year Vietnam and China held border talks in Hanoi.")
    window.actions_by_name["paste"].trigger()
    qtbot.waitUntil(lambda: not window.importing, timeout=30000)
    article = window.project.articles[-1]
    assert article.published is None and article.events[0].when.value is None
    assert window.date_holder.isVisible()
    assert "1 article gave no publication date" in window.date_bar.label.text()
    window.date_bar.set_date(date(2014, 3, 10))
    window.date_bar.button.click()
    assert article.events[0].when.value == "2013"
    assert not window.date_holder.isVisible()


def test_a_big_import_can_be_cancelled_and_keeps_what_it_read(qtbot, window, tmp_path):
    for number in range(400):
        (tmp_path / f"a{number:03}.txt").write_text(
            f"Seoul and Tokyo held talks number {number} on June 3, 2013.", encoding="utf-8")
    window.open_inputs([str(tmp_path)])
    assert window.importing and window.cancel_button.isVisible()
    qtbot.waitUntil(lambda: window.progress.value() > 5, timeout=30000)
    window.cancel_button.click()
    qtbot.waitUntil(lambda: not window.importing, timeout=30000)
    added = len(window.project.articles) - 1
    assert 0 < added < 400
    assert "cancelled" in window.statusBar().currentMessage()


def test_many_bad_files_are_all_listed_and_the_good_ones_imported(qtbot, window, tmp_path):
    for number in range(6):
        (tmp_path / f"bad{number}.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_text("Egypt and Sudan held talks on May 2, 2014.",
                                       encoding="utf-8")
    window.open_inputs([str(tmp_path)])
    qtbot.waitUntil(lambda: not window.importing, timeout=30000)
    qtbot.addWidget(window.problems_window)
    assert "Could not read 6" in window.statusBar().currentMessage()
    listed = window.problems_window.toPlainText().splitlines()
    assert len(listed) == 6 and all(line.endswith(": empty file") for line in listed)
    assert window.project.articles[-1].text.startswith("Egypt and Sudan")


def test_the_app_opens_the_last_project_else_the_sample(qtbot, tmp_path):
    from herald_timeline.project import Project
    from herald_timeline.store import ProjectStore
    from herald_timeline.ui.app import start
    from herald_timeline.ui.main_window import MainWindow

    def session(inputs):
        window = MainWindow(Project(store=ProjectStore(tmp_path / "p.sqlite3")))
        qtbot.addWidget(window)
        start(window, inputs)
        qtbot.waitUntil(lambda: not window.importing, timeout=30000)
        return [a.title for a in window.project.articles]

    assert session([]) == ["Seoul seeks to boost military ties with China"]  # the sample
    note = tmp_path / "note.txt"
    note.write_text("Egypt and Sudan held talks on May 2, 2014.", encoding="utf-8")
    assert len(session([str(note)])) == 2  # added to the last project
    assert len(session([])) == 2  # and there next time


def test_the_keyboard_walks_the_timeline(qtbot, window):
    timeline = window.timeline
    timeline.setFocus()
    qtbot.keyClick(timeline, QtCore.Qt.Key.Key_Right)
    first = timeline.events_item.selected
    assert window.source.highlighted_text().startswith("Since Seoul and Beijing upgraded")
    qtbot.keyClick(timeline, QtCore.Qt.Key.Key_Right)
    assert timeline.events_item.selected != first
    qtbot.keyClick(timeline, QtCore.Qt.Key.Key_Left)
    assert timeline.events_item.selected == first
    qtbot.keyClick(timeline, QtCore.Qt.Key.Key_Down)
    lane = next(i.lane for i in timeline.events_item.layout.items
                if timeline.events_item.selected == (i.article.id, i.event.id))
    assert lane == 1  # South Korea – Russia


def test_dark_theme_in_the_window_and_its_export(window, tmp_path, monkeypatch):
    window.actions_by_name["dark"].trigger()
    assert window.timeline.theme.name == "dark"
    target = tmp_path / "dark"
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), "SVG drawing (*.svg)"))
    window.actions_by_name["export_png"].trigger()
    svg = (tmp_path / "dark.svg").read_text(encoding="utf-8")
    assert "strategic defense talks" in svg and "#1c1f24" in svg.lower()
