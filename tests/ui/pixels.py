"""Looking at exported pictures the way a user would: is this colour there?"""


def colour_present(image, hex_colour: str, tolerance: int = 12, step: int = 1) -> bool:
    """True when some pixel of a QImage is within `tolerance` of `hex_colour`."""
    target = tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            colour = image.pixelColor(x, y)
            found = (colour.red(), colour.green(), colour.blue())
            if all(abs(a - b) <= tolerance for a, b in zip(found, target, strict=True)):
                return True
    return False
