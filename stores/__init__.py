"""gcode's built-in learning stores, written exactly like a user's custom store would be."""
