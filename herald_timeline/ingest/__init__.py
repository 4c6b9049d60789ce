"""Reading articles: every way in (menu, drag-and-drop, command line, tests) uses `open_inputs`."""

from herald_timeline.ingest.opener import ImportResult, open_inputs

__all__ = ["ImportResult", "open_inputs"]
