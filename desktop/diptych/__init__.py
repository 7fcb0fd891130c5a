"""Diptych: put a news article beside its source and show what changed on the way."""

__version__ = "0.1.0"
