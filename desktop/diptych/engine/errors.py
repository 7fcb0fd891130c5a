"""One exception hierarchy for everything a user can get wrong or the network can break.

Inner stages raise these with a sentence a person can act on; the CLI maps them to
exit codes and the window to its message bar, each in exactly one place.
"""


class DiptychError(Exception):
    """Base: its message is one plain sentence meant for the user."""

    exit_code = 1


class InputError(DiptychError):
    """Unreadable, unsupported or empty input, or bad usage (exit status 2)."""

    exit_code = 2


class NetworkError(DiptychError):
    """A network resource failed: dead URL, HTTP error, timeout, refusal (exit status 3)."""

    exit_code = 3


class TranslationError(NetworkError):
    """A translation service failed; the comparison falls back to the offline path."""


class Cancelled(DiptychError):
    """The user cancelled long work (the window's Cancel button)."""
