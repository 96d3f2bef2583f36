"""The sandbox's API tokens: each create makes a new secret token."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime

from ._store import Form, Hooks, Record


class TokenHooks(Hooks):
    """Gives each new token its own value, from ``new_token``; an update keeps it."""

    def __init__(self, new_token: Callable[[], str]) -> None:
        self._new_token = new_token

    def creating(self, record: Record, form: Form, ids: Mapping[str, str], now: datetime) -> None:
        record["token"] = self._new_token()
