"""Where the runtime data files (rules, lexicons, icons, stylesheet) are.

In an installed wheel they are inside the package (`herald_timeline/resources`, put there
by the build); in a checkout or an editable install they are the top-level `resources/`
folder of the agreed layout. The packaged copy wins, so an installed app never reads a
stray checkout.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources as importlib_resources
from pathlib import Path


@cache
def resource_root() -> Path:
    packaged = Path(str(importlib_resources.files("herald_timeline"))) / "resources"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(
        "herald-timeline's resources folder is missing: reinstall the package"
    )


def resource_path(*parts: str) -> Path:
    path = resource_root().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"missing resource file: {'/'.join(parts)}")
    return path


def load_toml(*parts: str) -> dict:
    with resource_path(*parts).open("rb") as handle:
        return tomllib.load(handle)


@cache
def sample_dir() -> Path | None:
    """The bundled sample articles: data/ in a checkout, herald_timeline/data in a wheel."""
    for candidate in (
        Path(str(importlib_resources.files("herald_timeline"))) / "data",
        Path(__file__).resolve().parent.parent / "data",
    ):
        if candidate.is_dir():
            return candidate
    return None
