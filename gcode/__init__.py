"""gcode: a terminal coding agent that learns."""

__version__ = "0.1.0"
