"""The one exporter of pictures: the window's menu and `herald-timeline export` both call
`export_image`, which draws the same TimelineView the window shows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6 import QtCore

from herald_timeline.layout import timestamp
from herald_timeline.merge import merge_events
from herald_timeline.model import Article
from herald_timeline.ui.qt_app import application


@dataclass
class RenderOptions:
    width: int = 1600
    height: int | None = None  # None: tall enough for every lane
    date_from: date | None = None
    date_to: date | None = None
    theme: str = "light"


def render_view(articles: list[Article], options: RenderOptions, groups=None):
    """A TimelineView of `articles`, sized and fitted, ready to be grabbed; `groups`, their
    events merged across articles, if the caller has them already."""
    app = application(headless=True)
    from herald_timeline.ui.timeline_view import TimelineView

    view = TimelineView(theme=options.theme)
    view.setAttribute(QtCore.Qt.WidgetAttribute.WA_DontShowOnScreen)
    view.resize(options.width, options.height or 600)
    view.show()
    groups = merge_events(articles) if groups is None else groups  # once, for both layouts
    view.set_articles(articles, groups)
    view.resize(options.width, options.height or view.preferred_height())
    app.processEvents()  # let the plot take its final size before fitting
    view.user_zoomed = True  # the range is ours to set from here on
    view.set_articles(articles, groups)
    first = timestamp(options.date_from) if options.date_from else None
    last = timestamp(options.date_to + timedelta(days=1)) if options.date_to else None
    view.fit_all(first, last)
    return view


def export_image(articles: list[Article], path: Path, options: RenderOptions,
                 groups=None) -> Path:
    """Write the whole timeline (or --from/--to) to PNG or SVG at a fixed size."""
    view = render_view(articles, options, groups)
    path = Path(path)
    if path.suffix.lower() == ".svg":
        from PySide6 import QtGui, QtSvg

        generator = QtSvg.QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(view.size())
        generator.setViewBox(QtCore.QRect(0, 0, view.width(), view.height()))
        generator.setTitle("Herald Timeline")
        painter = QtGui.QPainter(generator)
        view.render(painter)
        painter.end()
    else:
        image = view.grab().toImage()
        if not image.save(str(path), "PNG"):
            raise OSError(f"could not write {path}")
    view.deleteLater()
    return path
