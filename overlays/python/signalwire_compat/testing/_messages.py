"""The sandbox's messages: a created message is queued, then sent, then delivered, with a signed
SMS status callback for each step when it has a ``StatusCallback``."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from datetime import datetime
from email.utils import format_datetime

from ._calls import Event
from ._resources import Resource
from ._spec import API_VERSION
from ._store import Form, Hooks, Record, RecordStore

STEPS = ("sent", "delivered")
"""The statuses a queued message moves through, in order, once its create is answered."""


class MessageHooks(Hooks):
    """Moves each new message on once the response to its create has been made."""

    def __init__(self, store: RecordStore, resource: Resource, on_event: Event) -> None:
        self._store = store
        self._resource = resource
        self._on_event = on_event

    def creating(self, record: Record, form: Form, ids: Mapping[str, str], now: datetime) -> None:
        if self._resource.has("status"):
            record["status"] = "queued"
        if self._resource.has("date_sent"):
            record["date_sent"] = None
        url = form.get("StatusCallback", [""])[-1]
        method = form.get("StatusCallbackMethod", ["POST"])[-1]
        # the create is answered (and its response made) before the message moves on
        asyncio.get_running_loop().call_soon(self._advance, dict(ids), url, method)

    def _advance(self, ids: Mapping[str, str], url: str, method: str) -> None:
        for status in STEPS:
            fields: dict[str, object] = {"status": status}
            if status == "sent" and self._resource.has("date_sent"):
                fields["date_sent"] = format_datetime(self._store.clock())
            message = self._store.change(self._resource, ids, **fields)
            if message is None:  # deleted meanwhile
                return
            if url:
                self._on_event(url, method, _callback_form(message))


def _callback_form(message: Mapping[str, object]) -> list[tuple[str, str]]:
    return [
        ("MessageSid", str(message.get("sid") or "")),
        ("MessageStatus", str(message.get("status") or "")),
        ("AccountSid", str(message.get("account_sid") or "")),
        ("From", str(message.get("from") or "")),
        ("To", str(message.get("to") or "")),
        ("ApiVersion", API_VERSION),
    ]
