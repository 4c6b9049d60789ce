"""The one error every reader raises for an input it cannot read."""


class InputError(Exception):
    """An input that cannot be read; the message says why, in the user's words."""
