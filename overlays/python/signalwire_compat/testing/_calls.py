"""The sandbox's calls: the hooks that move a call through its states, redirect it and send its
signed status callbacks, as the service does; the records are the store's."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from typing import Any

from .._times import parse_rfc2822
from ._spec import API_VERSION
from ._store import Clock, Form, Hooks, Record, ServiceError

LIVE = frozenset({"queued", "ringing", "in-progress"})
Event = Callable[[str, str, list[tuple[str, str]]], None]
"""Where a hook reports a status callback due: (url, method, form)."""


@dataclass(frozen=True)
class AppliedUpdate:
    """An update the sandbox applied: the form fields as sent, and the status change."""

    account_sid: str
    call_sid: str
    fields: Mapping[str, str]
    status_before: str
    status_after: str


class CallHooks(Hooks):
    """A call's life: created queued, ended or redirected while live, deleted once ended;
    status callbacks where asked for. Records what it applied."""

    def __init__(self, clock: Clock, on_event: Event | None = None) -> None:
        self._clock = clock
        self._on_event = on_event
        # Per call: (StatusCallback, StatusCallbackMethod, StatusCallbackEvent), kept off the
        # call's JSON, which the spec describes.
        self._callbacks: dict[str, tuple[str, str, tuple[str, ...]]] = {}
        self._sequence: dict[str, int] = {}
        self._lock = threading.Lock()
        self.applied: list[AppliedUpdate] = []
        self.redirects: dict[str, list[tuple[str, str]]] = {}

    def creating(self, record: Record, form: Form, ids: Mapping[str, str], now: datetime) -> None:
        """A new queued outbound call to ``To`` from ``From``."""
        if "Url" not in form and "ApplicationSid" not in form:
            raise ServiceError(400, 21205, "Either Url or ApplicationSid is required")
        to, from_ = form.get("To", [""])[0], form.get("From", [""])[0]
        record.update(
            to=to,
            formatted_to=to,
            formatted_from=from_,
            status="queued",
            direction="outbound-api",
            start_time=None,
            end_time=None,
            duration=None,
            price=None,
            answered_by=None,
            parent_call_sid=None,
        )
        record["from"] = from_
        if form.get("StatusCallback", [""])[0]:
            events = tuple(form.get("StatusCallbackEvent", ["completed"]))
            method = form.get("StatusCallbackMethod", ["POST"])[0]
            with self._lock:
                self._callbacks[record["sid"]] = (form["StatusCallback"][0], method, events)
            if "initiated" in events:
                self._report(record, "initiated")

    def updating(self, record: Record, form: Form, now: datetime) -> Form:
        """End or redirect a live call, or change its status callback; ``ServiceError`` for
        what the service refuses. The call's status is this hook's alone."""
        fields = {name: values[-1] for name, values in form.items() if values}
        sid = record["sid"]
        before = record["status"]
        after = self._next_status(before, fields)
        if "Url" in fields:
            self.redirects.setdefault(sid, []).append((fields["Url"], fields.get("Method", "POST")))
        if "StatusCallback" in fields:
            self._set_callback(sid, fields)
        if after != before:
            self._end(record, after, now)
        record["date_updated"] = format_datetime(now)
        self.applied.append(AppliedUpdate(record["account_sid"], sid, fields, before, after))
        if after != before:
            self._report(record, "completed")
        return {name: values for name, values in form.items() if name != "Status"}

    def deleting(self, record: Record) -> None:
        """A call that has not ended cannot be deleted."""
        if record["status"] in LIVE:
            raise ServiceError(422, 20009, "Cannot delete a call that has not ended")

    def _set_callback(self, call_sid: str, form: Mapping[str, str]) -> None:
        url = form["StatusCallback"]
        with self._lock:
            if not url:
                self._callbacks.pop(call_sid, None)
                return
            _, _, events = self._callbacks.get(call_sid, ("", "", ("completed",)))
            self._callbacks[call_sid] = (url, form.get("StatusCallbackMethod", "POST"), events)

    def _report(self, call: Mapping[str, Any], event: str) -> None:
        """Send the call's status callback for ``event``, if it has one and asked for it."""
        with self._lock:
            settings = self._callbacks.get(call["sid"])
            if settings is None or self._on_event is None or event not in settings[2]:
                return
            sequence = self._sequence.get(call["sid"], 0)
            self._sequence[call["sid"]] = sequence + 1
        url, method, _ = settings
        status = "initiated" if event == "initiated" else call["status"]
        form = [
            ("AccountSid", call["account_sid"]),
            ("ApiVersion", API_VERSION),
            ("CallSid", call["sid"]),
            ("CallStatus", status),
            ("CallbackSource", "call-progress-events"),
            ("Direction", str(call.get("direction") or "")),
            ("From", str(call.get("from") or "")),
            ("SequenceNumber", str(sequence)),
            ("Timestamp", format_datetime(self._clock())),
            ("To", str(call.get("to") or "")),
        ]
        if event == "completed":
            form.append(("CallDuration", str(call.get("duration") or 0)))
        self._on_event(url, method, form)

    @staticmethod
    def _next_status(current: str, form: Mapping[str, str]) -> str:
        wanted = form.get("Status")
        changes_call = wanted is not None or "Url" in form
        if changes_call and current not in LIVE:
            action = "redirect" if "Url" in form else "end"
            raise ServiceError(422, 21220, f"Call is not in-progress. Cannot {action} it.")
        if wanted is None:
            return current
        if wanted == "completed":
            return "completed"
        if wanted == "canceled":  # ends a queued or ringing call; no effect on one in progress
            return "canceled" if current in ("queued", "ringing") else current
        raise ServiceError(
            400, 21218, f"Status can only be 'canceled' or 'completed', not {wanted!r}"
        )

    @staticmethod
    def _end(call: Record, status: str, now: datetime) -> None:
        call["status"] = status
        call["end_time"] = format_datetime(now)
        started = call.get("start_time")
        if status == "completed" and isinstance(started, str):
            elapsed = (now - parse_rfc2822(started)).total_seconds()
            call["duration"] = max(0, int(elapsed))
        else:
            call["duration"] = 0
