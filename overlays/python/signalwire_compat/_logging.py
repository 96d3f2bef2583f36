"""The package's logger, and ``SIGNALWIRE_LOG``: its records on stderr with no logging set up.

The logger has a ``NullHandler``, so by default nothing is printed unless the application
configures logging. ``SIGNALWIRE_LOG=debug`` (or ``info``, ``warning``) adds one stderr handler
at that level, once, however many clients are made; records still propagate to the
application's own handlers.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import TextIO

ENV_LOG = "SIGNALWIRE_LOG"
LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}

logger = logging.getLogger("signalwire_compat")
if not any(type(h) is logging.NullHandler for h in logger.handlers):
    logger.addHandler(logging.NullHandler())  # output is the application's choice

_MARK = "_signalwire_compat_env"
_checked: str | None = None


class _StderrHandler(logging.StreamHandler[TextIO]):
    """Writes to ``sys.stderr`` as it is when a record comes (not as it was when created)."""

    @property
    def stream(self) -> TextIO:
        return sys.stderr

    @stream.setter
    def stream(self, value: TextIO) -> None:
        pass


def log_from_env() -> None:
    """Apply ``SIGNALWIRE_LOG`` if it is set: at import, and again at each client's creation
    (so a value set after import counts); a handler is added once only."""
    global _checked
    value = os.environ.get(ENV_LOG, "").strip().lower()
    if not value or value == _checked:
        return
    _checked = value
    if any(getattr(h, _MARK, False) for h in logger.handlers):
        return
    level = LEVELS.get(value)
    if level is None:
        from ._text import printable

        print(
            f"signalwire_compat: {ENV_LOG}='{printable(value)}' is not debug, info or warning; "
            "ignored",
            file=sys.stderr,
        )
        return
    handler = _StderrHandler()
    setattr(handler, _MARK, True)
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    if logger.level == logging.NOTSET or logger.level > level:
        logger.setLevel(level)
