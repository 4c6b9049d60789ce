"""The desktop window: the only package that imports Qt (PySide6) and pyqtgraph."""

import os

# pyqtgraph picks its Qt binding at import; make it the one we depend on.
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
