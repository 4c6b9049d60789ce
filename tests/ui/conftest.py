"""Window tests run offscreen: no display needed, the same drawing code."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def colour_present(image, hex_colour: str, tolerance: int = 12, step: int = 1) -> bool:
    """True when some pixel of a QImage is within `tolerance` of `hex_colour`."""
    target = tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            colour = image.pixelColor(x, y)
            if all(abs(a - b) <= tolerance
                   for a, b in zip((colour.red(), colour.green(), colour.blue()), target)):
                return True
    return False


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
    qtbot.wait(50)
    return main
