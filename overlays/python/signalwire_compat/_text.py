"""Text safety: checks that a text can be sent (no control characters, valid Unicode), and
the escaping and redaction that make a text safe to show in logs and terminals."""

from __future__ import annotations

import re

REDACTED = "[redacted]"
"""What stands in for a secret in any text shown."""

CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")
_SURROGATES = re.compile("[\ud800-\udfff]")
# C0 and C1 controls, the bidirectional overrides and isolates (which reorder a line as shown),
# and lone surrogates.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def has_lone_surrogates(text: str) -> bool:
    """True if ``text`` cannot be encoded as UTF-8 (it holds surrogates, e.g. from bad bytes)."""
    return _SURROGATES.search(text) is not None


def printable(text: str) -> str:
    """``text`` with control characters, bidirectional overrides and lone surrogates escaped,
    safe for logs and terminals (``\\n``, ``\\x1b``, ``\\x9b``, ``\\u202e``, ``\\ud800``)."""
    return _UNPRINTABLE.sub(lambda m: repr(m.group())[1:-1], text)


def hide(text: str, secrets: tuple[str, ...]) -> str:
    """``text`` with each of ``secrets`` replaced by ``[redacted]``."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, REDACTED)
    return text


def redact(text: str, secrets: tuple[str, ...]) -> str:
    """``text`` with each of ``secrets`` replaced by ``[redacted]`` and control characters
    escaped, so that what a server echoed can neither leak a credential nor forge a line."""
    return printable(hide(text, secrets))
