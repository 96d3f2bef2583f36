"""The sandbox's calls: an in-memory store that creates, lists, moves through their states
and deletes calls as the service does."""

from __future__ import annotations

import copy
import itertools
import threading
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any

from .._times import parse_rfc2822

LIVE = frozenset({"queued", "ringing", "in-progress"})
Event = Callable[[str, str, list[tuple[str, str]]], None]
"""Where the store reports a status callback due: (url, method, form)."""
API_PREFIX = "/api/laml/2010-04-01"
API_VERSION = API_PREFIX.rsplit("/", 1)[1]

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """The current time in UTC, to the second."""
    return datetime.now(UTC).replace(microsecond=0)


@dataclass(frozen=True)
class AppliedUpdate:
    """An update the sandbox applied: the form fields as sent, and the status change."""

    account_sid: str
    call_sid: str
    fields: Mapping[str, str]
    status_before: str
    status_after: str


class CallError(Exception):
    """An update the service would refuse: becomes an error response."""

    def __init__(self, status: int, code: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def call_uri(account_sid: str, call_sid: str) -> str:
    """The ``uri`` of a call, as the service gives it."""
    return f"{API_PREFIX}/Accounts/{account_sid}/Calls/{call_sid}"


class CallStore:
    """Calls by sid, each a JSON object shaped like the spec's ``Call``. Thread-safe."""

    def __init__(
        self, example: Mapping[str, Any], clock: Clock = utc_now, on_event: Event | None = None
    ) -> None:
        self._example = copy.deepcopy(dict(example))
        self._clock = clock
        self._on_event = on_event
        # Per call: (StatusCallback, StatusCallbackMethod, StatusCallbackEvent), kept off the
        # call's JSON, which the spec describes.
        self._callbacks: dict[str, tuple[str, str, tuple[str, ...]]] = {}
        self._sequence: dict[str, int] = {}
        self._calls: dict[str, dict[str, Any]] = {}
        self._lock = threading.Lock()
        self.applied: list[AppliedUpdate] = []
        self.redirects: dict[str, list[tuple[str, str]]] = {}

    def add(self, account_sid: str, **fields: object) -> dict[str, Any]:
        """Add a call built from the spec's example with ``fields`` replaced; returns a copy."""
        call = copy.deepcopy(self._example)
        call.update(fields, account_sid=account_sid)
        base = call_uri(account_sid, call["sid"])
        call["uri"] = f"{base}.json"
        call["subresource_uris"] = {
            "notifications": f"{base}/Notifications.json",
            "recordings": f"{base}/Recordings.json",
        }
        with self._lock:
            self._calls[call["sid"]] = call
        return copy.deepcopy(call)

    def get(self, call_sid: str) -> dict[str, Any]:
        """A copy of the call; ``KeyError`` if there is none."""
        with self._lock:
            return copy.deepcopy(self._calls[call_sid])

    def _found(self, account_sid: str, call_sid: str) -> dict[str, Any]:
        call = self._calls.get(call_sid)
        if call is None or call["account_sid"] != account_sid:
            uri = call_uri(account_sid, call_sid)
            raise CallError(404, 20404, f"The requested resource {uri} was not found")
        return call

    def fetch(self, account_sid: str, call_sid: str) -> dict[str, Any]:
        """The call, or ``CallError`` 404."""
        with self._lock:
            return copy.deepcopy(self._found(account_sid, call_sid))

    def create(self, account_sid: str, form: Mapping[str, list[str]]) -> dict[str, Any]:
        """A new queued outbound call to ``To`` from ``From``."""
        if "Url" not in form and "ApplicationSid" not in form:
            raise CallError(400, 21205, "Either Url or ApplicationSid is required")
        now = format_datetime(self._clock())
        call = self.add(
            account_sid,
            sid=str(uuid.uuid4()),
            to=form["To"][0],
            formatted_to=form["To"][0],
            **{"from": form["From"][0]},
            formatted_from=form["From"][0],
            status="queued",
            direction="outbound-api",
            date_created=now,
            date_updated=now,
            start_time=None,
            end_time=None,
            duration=None,
            price=None,
            answered_by=None,
            parent_call_sid=None,
        )
        if form.get("StatusCallback", [""])[0]:
            events = tuple(form.get("StatusCallbackEvent", ["completed"]))
            method = form.get("StatusCallbackMethod", ["POST"])[0]
            with self._lock:
                self._callbacks[call["sid"]] = (form["StatusCallback"][0], method, events)
            if "initiated" in events:
                self._report(call, "initiated")
        return call

    def delete(self, account_sid: str, call_sid: str) -> None:
        """Remove a call that has ended; ``CallError`` 404, or 422 for a live call."""
        with self._lock:
            call = self._found(account_sid, call_sid)
            if call["status"] in LIVE:
                raise CallError(422, 20009, "Cannot delete a call that has not ended")
            del self._calls[call_sid]

    def page(
        self, account_sid: str, query: Mapping[str, str], page_size: int, after: str | None
    ) -> tuple[list[dict[str, Any]], bool]:
        """Up to ``page_size`` calls of the account matching ``query``, newest first, after
        the call ``after`` (a cursor, as the service's page tokens are: calls that stop
        matching while a list is paged through do not shift the pages); and whether more
        follow."""
        with self._lock:
            calls = [c for c in reversed(self._calls.values()) if c["account_sid"] == account_sid]
        start = next((i + 1 for i, c in enumerate(calls) if c["sid"] == after), 0)
        wanted = (c for c in calls[start:] if _matches(c, query))
        chosen = list(itertools.islice(wanted, page_size + 1))
        return copy.deepcopy(chosen[:page_size]), len(chosen) > page_size

    def update(self, account_sid: str, call_sid: str, form: Mapping[str, str]) -> dict[str, Any]:
        """Apply an update as the service would, or raise ``CallError``; returns the call."""
        with self._lock:
            call = self._found(account_sid, call_sid)
            if not form:
                return copy.deepcopy(call)
            before = call["status"]
            after = self._next_status(before, form)
            now = self._clock()
            if "Url" in form:
                self.redirects.setdefault(call_sid, []).append(
                    (form["Url"], form.get("Method", "POST"))
                )
            if "StatusCallback" in form:
                self._set_callback(call_sid, form)
            if after != before:
                self._end(call, after, now)
            call["date_updated"] = format_datetime(now)
            self.applied.append(AppliedUpdate(account_sid, call_sid, dict(form), before, after))
            result = copy.deepcopy(call)
        if after != before:
            self._report(result, "completed")
        return result

    def _set_callback(self, call_sid: str, form: Mapping[str, str]) -> None:
        url = form["StatusCallback"]
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
            raise CallError(422, 21220, f"Call is not in-progress. Cannot {action} it.")
        if wanted is None:
            return current
        if wanted == "completed":
            return "completed"
        if wanted == "canceled":  # ends a queued or ringing call; no effect on one in progress
            return "canceled" if current in ("queued", "ringing") else current
        raise CallError(400, 21218, f"Status can only be 'canceled' or 'completed', not {wanted!r}")

    @staticmethod
    def _end(call: dict[str, Any], status: str, now: datetime) -> None:
        call["status"] = status
        call["end_time"] = format_datetime(now)
        started = call.get("start_time")
        if status == "completed" and isinstance(started, str):
            elapsed = (now - parse_rfc2822(started)).total_seconds()
            call["duration"] = max(0, int(elapsed))
        else:
            call["duration"] = 0


_FILTERS = {"To": "to", "From": "from", "ParentCallSid": "parent_call_sid", "Status": "status"}
_DATES = {"StartTime": "start_time", "EndTime": "end_time"}


def _day(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    try:
        return parse_rfc2822(value).date().isoformat()
    except (TypeError, ValueError):
        return None


def _matches(call: Mapping[str, Any], query: Mapping[str, str]) -> bool:
    """Whether ``call`` passes the list filters in ``query`` (dates as YYYY-MM-DD)."""
    for name, key in _FILTERS.items():
        if name in query and call.get(key) != query[name]:
            return False
    for name, key in _DATES.items():
        day = _day(call.get(key))
        for suffix, keep in (("", str.__eq__), ("<", str.__lt__), (">", str.__gt__)):
            wanted = query.get(name + suffix)
            if wanted is not None and (day is None or not keep(day, wanted)):
                return False
    return True
