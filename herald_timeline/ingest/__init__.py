"""Reading articles: every way in (menu, drag-and-drop, command line, tests) uses `open_inputs`."""

from herald_timeline.ingest.errors import InputError
from herald_timeline.ingest.opener import ImportResult, InputFailure, Payload, open_inputs

__all__ = ["ImportResult", "InputError", "InputFailure", "Payload", "open_inputs"]
