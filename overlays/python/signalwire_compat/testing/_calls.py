"""The sandbox's calls: the hooks that move a call through its states, redirect it, run its
cXML (``_call_flows``) and send its signed status callbacks, as the service does; the records
are the store's."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from typing import Any

from .._times import parse_rfc2822
from ._call_flows import CallControl, CallFlows, Step, documents_page
from ._resources import Resource
from ._spec import API_VERSION
from ._store import Form, Hooks, Record, RecordStore, Served, ServiceError

LIVE = frozenset({"queued", "ringing", "in-progress"})
Event = Callable[[str, str, list[tuple[str, str]]], None]
"""Where a hook reports a status callback due: (url, method, form)."""
DOCUMENTS_PAGE = "/sandbox/documents"
"""The sandbox's page listing the documents its calls fetched, as JSON."""


@dataclass(frozen=True)
class AppliedUpdate:
    """An update the sandbox applied: the form fields as sent, and the status change."""

    account_sid: str
    call_sid: str
    fields: Mapping[str, str]
    status_before: str
    status_after: str


class CallHooks(Hooks, CallControl):
    """A call's life: created queued, ended or redirected while live, deleted once ended;
    status callbacks where asked for; its cXML run by ``flows`` (a call created with a
    ``Url``, or an ``ApplicationSid`` whose ``voice_url`` is, on a loopback address, is
    answered first). Records what it applied."""

    def __init__(
        self,
        store: RecordStore,
        resource: Resource | None,
        flows: CallFlows,
        on_event: Event | None = None,
    ) -> None:
        self._store = store
        self._resource = resource
        self._clock = store.clock
        self._flows = flows
        flows.attach(self)
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
        step = self._first_step(record["sid"], form, ids)
        if step is not None:
            self._flows.start(step)

    def updating(self, record: Record, form: Form, now: datetime) -> Form:
        """End or redirect a live call, or change its status callback; ``ServiceError`` for
        what the service refuses. The call's status is this hook's alone."""
        fields = {name: values[-1] for name, values in form.items() if values}
        sid = record["sid"]
        before = record["status"]
        after = self._next_status(before, fields)
        if "Url" in fields:
            method = fields.get("Method", "POST")
            self.redirects.setdefault(sid, []).append((fields["Url"], method))
            if after == before:
                self._flows.start(Step(sid, fields["Url"], method, _fallback(fields)))
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

    def serving(self, method: str, path: str) -> Served | None:
        if method != "GET" or path != DOCUMENTS_PAGE:
            return None
        page = documents_page(list(self._flows.documents))
        return Served(200, "application/json", json.dumps(page))

    def _first_step(self, sid: str, form: Form, ids: Mapping[str, str]) -> Step | None:
        """Where a new call's flow starts: its ``Url``, or its application's ``voice_url``."""
        fields = {name: values[-1] for name, values in form.items() if values}
        if "Url" in fields:
            return Step(sid, fields["Url"], fields.get("Method", "POST"), _fallback(fields), True)
        applications = self._store.resources.get("/Applications")
        if applications is None or "ApplicationSid" not in fields:
            return None
        try:
            app = self._store.get(applications, ids, fields["ApplicationSid"])
        except KeyError:
            return None
        if not app.get("voice_url"):
            return None
        fallback = None
        if app.get("voice_fallback_url"):
            fallback = (
                str(app["voice_fallback_url"]),
                str(app.get("voice_fallback_method") or "POST"),
            )
        method = str(app.get("voice_method") or "POST")
        return Step(sid, str(app["voice_url"]), method, fallback, True)

    # what a flow does to its call (CallControl) -----------------------------------------

    def answer(self, call_sid: str) -> None:
        def answer(call: Record, now: datetime) -> Record | None:
            if call["status"] != "queued":
                return None
            call["status"] = "ringing"
            self._report(call, "ringing")
            call.update(status="in-progress", start_time=format_datetime(now))
            call["date_updated"] = format_datetime(now)
            self._report(call, "answered")
            return call

        if self._resource is not None:
            self._store.visit(self._resource, call_sid, answer)

    def request_form(self, call_sid: str) -> list[tuple[str, str]] | None:
        def form(call: Record, now: datetime) -> list[tuple[str, str]] | None:
            return _call_form(call, call["status"]) if call["status"] in LIVE else None

        if self._resource is None:
            return None
        return self._store.visit(self._resource, call_sid, form)

    def finish(self, call_sid: str, status: str) -> None:
        def finish(call: Record, now: datetime) -> None:
            if call["status"] not in LIVE:
                return
            self._end(call, status, now)
            call["date_updated"] = format_datetime(now)
            self._report(call, "completed")

        if self._resource is not None:
            self._store.visit(self._resource, call_sid, finish)

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
        form = _call_form(call, "initiated" if event == "initiated" else call["status"])
        form += [
            ("CallbackSource", "call-progress-events"),
            ("SequenceNumber", str(sequence)),
            ("Timestamp", format_datetime(self._clock())),
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


def _call_form(call: Mapping[str, Any], status: str) -> list[tuple[str, str]]:
    """What every request about a call carries: the voice request's form, and the start of
    its status callbacks'."""
    return [
        ("AccountSid", call["account_sid"]),
        ("ApiVersion", API_VERSION),
        ("CallSid", call["sid"]),
        ("CallStatus", status),
        ("Direction", str(call.get("direction") or "")),
        ("From", str(call.get("from") or "")),
        ("To", str(call.get("to") or "")),
    ]


def _fallback(fields: Mapping[str, str]) -> tuple[str, str] | None:
    """A create's or redirect's ``FallbackUrl`` and ``FallbackMethod``, if it has one."""
    url = fields.get("FallbackUrl")
    return (url, fields.get("FallbackMethod", "POST")) if url else None
