"""The zoomable timeline: a pyqtgraph plot with a date axis, lanes, bars, marks and labels.

All events are drawn by one item (EventsItem) in device pixels, so labels keep their size
at every zoom and only what is visible is drawn; the layout (herald_timeline/layout.py)
is recomputed when the zoom changes so labels never collide.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6 import QtCore, QtGui

from herald_timeline.layout import DAY, PlacedEvent, TimelineLayout, layout_timeline
from herald_timeline.merge import merge_events
from herald_timeline.model import Article
from herald_timeline.ui.theme import CROSSED, HOLLOW, STATUS_COLOURS, THEMES, Theme

ROW_PX = 26
MARKER_PX = 11
LABEL_FONT_PT = 9


class EventsItem(pg.GraphicsObject):
    """Bars, marks and labels of every placed event, drawn in pixels."""

    def __init__(self, theme: Theme) -> None:
        super().__init__()
        self.theme = theme
        self.layout = TimelineLayout()
        self.selected: tuple[str, str] | None = None  # (article id, event id)
        self.font = QtGui.QFont()
        self.font.setPointSize(LABEL_FONT_PT)
        self.on_click = None  # callable(PlacedEvent)

    def set_layout(self, layout: TimelineLayout) -> None:
        self.prepareGeometryChange()
        self.layout = layout
        self.update()

    def boundingRect(self) -> QtCore.QRectF:  # noqa: N802 (Qt's name)
        layout = self.layout
        width = max(layout.last - layout.first, DAY)
        return QtCore.QRectF(layout.first - width, -0.5, 3 * width, layout.total_rows + 1)

    def _label_font(self, item: PlacedEvent) -> QtGui.QFont:
        font = QtGui.QFont(self.font)
        font.setStrikeOut(item.event.status in CROSSED)
        font.setBold(self.selected == (item.article.id, item.event.id))
        return font

    def _device_rects(self, item: PlacedEvent, transform: QtGui.QTransform):
        y = self.layout.y_of(item)
        top_left = transform.map(QtCore.QPointF(item.start, y + 0.25))
        bottom_right = transform.map(QtCore.QPointF(item.end, y + 0.75))
        bar = QtCore.QRectF(top_left, bottom_right).normalized()
        point = transform.map(QtCore.QPointF(item.point, y + 0.5))
        metrics = QtGui.QFontMetricsF(self._label_font(item))
        label = QtCore.QRectF(point.x() + MARKER_PX, point.y() - metrics.height() / 2,
                              metrics.horizontalAdvance(item.label) + 4, metrics.height())
        return bar, point, label

    def paint(self, painter: QtGui.QPainter, option, widget=None) -> None:
        transform = painter.transform()
        view = self.getViewBox()
        visible = view.viewRect() if view is not None else self.boundingRect()
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font)
        self._paint_lanes(painter, transform, visible)
        right_edge = transform.map(QtCore.QPointF(visible.right(), 0)).x()
        for item in self.layout.items:
            if item.end < visible.left() or item.start > visible.right():
                continue
            self._paint_item(painter, transform, item, right_edge)
        area = QtCore.QRectF(transform.map(visible.topLeft()),
                             transform.map(visible.bottomRight())).normalized()
        painter.setFont(self.font)
        self._paint_legend(painter, area)
        painter.restore()

    def _paint_mark(self, painter, point: QtCore.QPointF, status: str) -> None:
        """A status's mark: filled if it happened, hollow if not (yet), crossed if called off."""
        colour = QtGui.QColor(STATUS_COLOURS.get(status, "#555555"))
        painter.setPen(QtGui.QPen(colour, 2))
        painter.setBrush(QtGui.QBrush(QtGui.QColor(self.theme.background)
                                      if status in HOLLOW else colour))
        radius = MARKER_PX / 2
        painter.drawEllipse(point, radius, radius)
        if status in CROSSED:
            painter.drawLine(point + QtCore.QPointF(-radius, -radius),
                             point + QtCore.QPointF(radius, radius))
            painter.drawLine(point + QtCore.QPointF(-radius, radius),
                             point + QtCore.QPointF(radius, -radius))

    def _paint_legend(self, painter, area: QtCore.QRectF) -> None:
        """What the marks mean, for the statuses on the timeline, in the top-right corner."""
        present = {item.event.status for item in self.layout.items}
        statuses = [s for s in STATUS_COLOURS if s in present]
        if not statuses:
            return
        metrics = QtGui.QFontMetricsF(self.font)
        row = max(metrics.height(), MARKER_PX) + 4
        width = MARKER_PX + 10 + max(metrics.horizontalAdvance(s) for s in statuses) + 12
        box = QtCore.QRectF(area.right() - width - 8, area.top() + 6, width,
                            row * len(statuses) + 6)
        background = QtGui.QColor(self.theme.background)
        background.setAlpha(225)
        painter.setPen(QtGui.QPen(QtGui.QColor(self.theme.grid)))
        painter.setBrush(background)
        painter.drawRoundedRect(box, 4, 4)
        for number, status in enumerate(statuses):
            centre = QtCore.QPointF(box.left() + 6 + MARKER_PX / 2,
                                    box.top() + 3 + row * number + row / 2)
            self._paint_mark(painter, centre, status)
            painter.setPen(QtGui.QColor(self.theme.text))
            painter.drawText(QtCore.QRectF(centre.x() + MARKER_PX, centre.y() - row / 2,
                                           width, row),
                             QtCore.Qt.AlignmentFlag.AlignVCenter, status)

    def _paint_lanes(self, painter, transform, visible) -> None:
        shade = QtGui.QColor(self.theme.lane_shade)
        grid = QtGui.QPen(QtGui.QColor(self.theme.grid))
        grid.setCosmetic(True)
        for index, lane in enumerate(self.layout.lanes):
            top = transform.map(QtCore.QPointF(visible.left(), lane.top - 0.0))
            bottom = transform.map(QtCore.QPointF(visible.right(), lane.top + lane.rows))
            rect = QtCore.QRectF(top, bottom).normalized()
            if index % 2:
                painter.fillRect(rect, shade)
            painter.setPen(grid)
            painter.drawLine(QtCore.QPointF(rect.left(), rect.bottom()),
                             QtCore.QPointF(rect.right(), rect.bottom()))

    def _paint_item(self, painter, transform, item: PlacedEvent, right_edge: float) -> None:
        status = item.event.status
        colour = QtGui.QColor(STATUS_COLOURS.get(status, "#555555"))
        bar, point, label = self._device_rects(item, transform)
        selected = self.selected == (item.article.id, item.event.id)
        if selected:
            painter.fillRect(label.united(bar).adjusted(-4, -3, 4, 3),
                             QtGui.QColor(self.theme.selection))
        if bar.width() >= 3:
            gradient = QtGui.QLinearGradient(bar.topLeft(), bar.topRight())
            soft = QtGui.QColor(colour)
            soft.setAlpha(40)
            strong = QtGui.QColor(colour)
            strong.setAlpha(150)
            # A soft edge where the date is open: "on or before", "from ... on".
            gradient.setColorAt(0.0, soft if item.open_start else strong)
            gradient.setColorAt(1.0, soft if item.open_end else strong)
            painter.setPen(QtCore.Qt.PenStyle.NoPen)
            painter.setBrush(QtGui.QBrush(gradient))
            painter.drawRoundedRect(bar, 3, 3)
        self._paint_mark(painter, point, status)
        halo = QtGui.QColor(self.theme.background)
        halo.setAlpha(170)
        if not selected:
            painter.fillRect(label.adjusted(-1, 1, 0, -1), halo)  # text stays legible on bars
        painter.setFont(self._label_font(item))
        painter.setPen(QtGui.QColor(self.theme.text))
        text = item.label
        if label.right() > right_edge:  # cut at the view's edge with an ellipsis, not mid-letter
            metrics = QtGui.QFontMetricsF(painter.font())
            text = metrics.elidedText(text, QtCore.Qt.TextElideMode.ElideRight,
                                      max(right_edge - label.left() - 4, 0))
        painter.drawText(label, QtCore.Qt.AlignmentFlag.AlignVCenter, text)
        painter.setFont(self.font)

    def item_at(self, scene_pos: QtCore.QPointF) -> PlacedEvent | None:
        """The event whose mark, bar or label is under a scene position."""
        scene = self.scene()
        if scene is None or not scene.views():
            return None
        view = scene.views()[0]
        transform = self.deviceTransform(view.viewportTransform())
        device = QtCore.QPointF(view.mapFromScene(scene_pos))
        for item in reversed(self.layout.items):
            bar, point, label = self._device_rects(item, transform)
            mark = QtCore.QRectF(point.x() - MARKER_PX, point.y() - MARKER_PX,
                                 2 * MARKER_PX, 2 * MARKER_PX)
            if mark.contains(device) or label.contains(device) or bar.contains(device):
                return item
        return None

    def mouseClickEvent(self, event) -> None:  # noqa: N802 (pyqtgraph's name)
        if event.button() != QtCore.Qt.MouseButton.LeftButton:
            return
        hit = self.item_at(event.scenePos())
        if hit is not None and self.on_click is not None:
            event.accept()
            self.on_click(hit)


class TimelineView(pg.PlotWidget):
    """The timeline widget: give it articles, it lays them out and draws them."""

    def __init__(self, theme: str = "light", parent=None) -> None:
        self.theme = THEMES[theme]
        super().__init__(parent=parent, background=self.theme.background,
                         axisItems={"bottom": pg.DateAxisItem(orientation="bottom")})
        self.articles: list[Article] = []
        self.groups = []
        self.events_item = EventsItem(self.theme)
        self.addItem(self.events_item)
        plot = self.getPlotItem()
        plot.hideButtons()
        plot.setMenuEnabled(False)
        plot.invertY(True)
        plot.showGrid(x=True, y=False, alpha=0.12)
        self.set_theme(theme)
        plot.getAxis("left").setWidth(170)
        view = plot.getViewBox()
        view.setMouseEnabled(x=True, y=False)
        view.sigXRangeChanged.connect(self._relayout)
        # Until the user zooms or pans, a resized window keeps showing the whole timeline.
        self.user_zoomed = False
        view.sigRangeChangedManually.connect(self._zoomed_by_user)
        self._laying_out = False
        self.on_event_clicked = None
        self.events_item.on_click = self._clicked
        self.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)

    def _clicked(self, placed: PlacedEvent) -> None:
        self.select(placed.article.id, placed.event.id)
        if self.on_event_clicked is not None:
            self.on_event_clicked(placed.article, placed.event, placed.group)

    def set_theme(self, name: str) -> None:
        """Light or dark: background, axes, lanes and labels."""
        self.theme = self.events_item.theme = THEMES[name]
        self.setBackground(self.theme.background)
        for axis_name in ("bottom", "left"):
            axis = self.getPlotItem().getAxis(axis_name)
            axis.setTextPen(pg.mkPen(self.theme.text))
            axis.setPen(pg.mkPen(self.theme.muted))
        self.events_item.update()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Right/Left: the next/previous event in time; Down/Up: the next/previous lane;
        Home shows the whole timeline. The timeline can be read without a mouse."""
        key = event.key()
        steps = {QtCore.Qt.Key.Key_Right: 1, QtCore.Qt.Key.Key_Left: -1}
        lanes = {QtCore.Qt.Key.Key_Down: 1, QtCore.Qt.Key.Key_Up: -1}
        if key in steps:
            self.step_selection(steps[key])
        elif key in lanes:
            self.step_lane(lanes[key])
        elif key == QtCore.Qt.Key.Key_Home:
            self.reset_zoom()
        else:
            super().keyPressEvent(event)

    def _ordered(self) -> list[PlacedEvent]:
        layout = self.events_item.layout
        return sorted(layout.items, key=lambda i: (i.point, layout.y_of(i)))

    def _selected_item(self) -> PlacedEvent | None:
        return next((i for i in self.events_item.layout.items
                     if self.events_item.selected == (i.article.id, i.event.id)), None)

    def step_selection(self, step: int) -> None:
        items = self._ordered()
        if not items:
            return
        current = self._selected_item()
        index = items.index(current) + step if current in items else (0 if step > 0 else -1)
        self._clicked(items[max(0, min(index, len(items) - 1))])

    def step_lane(self, step: int) -> None:
        layout = self.events_item.layout
        current = self._selected_item()
        if current is None or not layout.items:
            self.step_selection(1)
            return
        lane = current.lane + step
        candidates = [i for i in layout.items if i.lane == lane]
        if candidates:
            self._clicked(min(candidates, key=lambda i: abs(i.point - current.point)))

    def _zoomed_by_user(self, *_args) -> None:
        self.user_zoomed = True

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        # pyqtgraph calls this once while it is still being built: nothing to fit then.
        if not getattr(self, "user_zoomed", True):
            # The plot takes its new size after this event: fit once it has.
            QtCore.QTimer.singleShot(0, self.fit_all)

    def select(self, article_id: str | None, event_id: str | None) -> None:
        self.events_item.selected = (article_id, event_id) if article_id else None
        self.events_item.update()

    def set_articles(self, articles: Sequence[Article], groups=None) -> None:
        """Show these articles; `groups` are their events merged, if already known."""
        self.articles = list(articles)
        self.groups = groups if groups is not None else merge_events(self.articles)
        self._relayout()
        if not self.user_zoomed:
            self.fit_all()

    def seconds_per_pixel(self) -> float:
        view = self.getPlotItem().getViewBox()
        (x0, x1), _ = view.viewRange()
        width = max(view.width(), 100.0)
        return max((x1 - x0) / width, 1.0)

    def reset_zoom(self) -> None:
        self.user_zoomed = False
        self.fit_all()

    def fit_all(self, date_from: float | None = None, date_to: float | None = None) -> None:
        """Show the whole timeline (or from/to), with room for the last labels."""
        layout = self.events_item.layout
        if not layout.items:
            return
        first = layout.first if date_from is None else date_from
        last = layout.last if date_to is None else date_to
        first -= 0.02 * max(last - first, 30 * DAY)
        width = max(self.getPlotItem().getViewBox().width(), 200.0)
        metrics = QtGui.QFontMetricsF(self.events_item.font)
        # The zoom at which every label inside the range ends inside the view.
        seconds_per_pixel = max(last - first, 30 * DAY) / width
        for item in layout.items:
            if not first <= item.point <= last:
                continue
            label_px = 2 * MARKER_PX + metrics.horizontalAdvance(item.label) + 8
            room = width - label_px
            if room > width * 0.25:
                seconds_per_pixel = max(seconds_per_pixel, (item.point - first) / room)
        self.getPlotItem().getViewBox().setXRange(first, first + seconds_per_pixel * width,
                                                  padding=0)

    def _relayout(self, *_args) -> None:
        if self._laying_out:
            return
        self._laying_out = True
        try:
            layout = layout_timeline(self.articles, self.seconds_per_pixel(),
                                     char_width_px=_char_width(self.events_item.font),
                                     marker_px=MARKER_PX * 2, groups=self.groups)
            self.events_item.set_layout(layout)
            plot = self.getPlotItem()
            plot.getAxis("left").setTicks([[
                (lane.top + lane.rows / 2, lane.label) for lane in layout.lanes]])
            plot.getViewBox().setYRange(-0.2, max(layout.total_rows, 1) + 0.2, padding=0)
        finally:
            self._laying_out = False

    def preferred_height(self) -> int:
        return max(240, self.events_item.layout.total_rows * ROW_PX + 90)


def _char_width(font: QtGui.QFont) -> float:
    metrics = QtGui.QFontMetricsF(font)
    sample = "South Korea and China hold talks"
    return metrics.horizontalAdvance(sample) / len(sample)
