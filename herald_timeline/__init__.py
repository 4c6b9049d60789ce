"""Herald Timeline: follow relations between countries through the news."""

__version__ = "0.1.0"
GENERATOR = f"herald-timeline {__version__}"
