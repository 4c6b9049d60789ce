"""Colours and marks for each status, light and dark."""

from __future__ import annotations

from dataclasses import dataclass

STATUS_COLOURS = {
    "occurred": "#1f5fbf",
    "ongoing": "#2e8b57",
    "planned": "#7b4fbf",
    "negotiating": "#d98a00",
    "postponed": "#b86e00",
    "cancelled": "#c0392b",
    "rejected": "#7f8c8d",
}
# Hollow marks for what has not (yet) happened.
HOLLOW = {"planned", "negotiating", "postponed", "cancelled", "rejected"}
CROSSED = {"cancelled", "rejected"}


@dataclass(frozen=True)
class Theme:
    name: str
    background: str
    lane_shade: str
    text: str
    muted: str
    grid: str
    selection: str


THEMES = {
    "light": Theme("light", "#ffffff", "#f3f5f8", "#1d232b", "#5f6b7a", "#d5dbe3", "#ffd54f"),
    "dark": Theme("dark", "#1c1f24", "#242931", "#e6e9ee", "#9aa5b4", "#3a414c", "#8a6d00"),
}
