"""Does the window keep painting while a big import runs? A 5 ms timer on the window's
thread records every tick while articles are read and analysed in the background; the
longest gap between ticks is how long a frame was blocked.

    .venv/bin/python bench/ui_responsiveness.py [--articles N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SENTENCES = [
    "Seoul and Tokyo held defense talks on {day} June 2013, officials said.",
    "China protested to Japan over the islands last week.",
    "The United States imposed new sanctions on Iran in {year}.",
    "Russia and China signed a gas deal, the two countries announced on Monday.",
]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args()
    from PySide6 import QtCore

    from herald_timeline.ui.main_window import MainWindow
    from herald_timeline.ui.qt_app import application

    app = application()
    with tempfile.TemporaryDirectory() as work:
        for number in range(args.articles):
            text = " ".join(s.format(day=number % 28 + 1, year=1990 + number % 30)
                            for s in SENTENCES) + f" ({number})"
            (Path(work) / f"a{number:05d}.txt").write_text(text, encoding="utf-8")
        window = MainWindow()
        window.resize(1400, 800)
        window.show()
        ticks: list[float] = []
        timer = QtCore.QTimer()
        timer.setInterval(5)
        timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
        timer.start()
        started = time.perf_counter()
        window.open_inputs([work])
        while window.importing:
            app.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 50)
        imported = time.perf_counter() - started
        end = time.perf_counter() + 0.5  # the timeline's redraw after the import
        while time.perf_counter() < end:
            app.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 50)
        timer.stop()
    gaps = [(b - a) * 1000 for a, b in zip(ticks, ticks[1:], strict=False)]
    print(f"{args.articles:,} articles imported in {imported:.1f} s; "
          f"{len(window.project.articles):,} on the timeline, "
          f"{len(window.timeline.events_item.layout.items):,} marks")
    print(f"gaps between 5 ms ticks: median {statistics.median(gaps):.1f} ms, "
          f"99th percentile {sorted(gaps)[int(len(gaps) * 0.99)]:.1f} ms, "
          f"longest {max(gaps):.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
