"""Window tests run offscreen: no display needed, the same drawing code."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def window(qtbot):
    from herald_timeline.ui.app import sample_inputs
    from herald_timeline.ui.main_window import MainWindow

    main = MainWindow()
    qtbot.addWidget(main)
    main.resize(1400, 800)
    main.show()
    qtbot.waitExposed(main)
    main.open_inputs(sample_inputs())
    qtbot.waitUntil(lambda: not main.importing, timeout=30000)
    return main
