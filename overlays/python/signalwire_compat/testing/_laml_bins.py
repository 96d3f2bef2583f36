"""The sandbox's cXML scripts (LaML bins): each is served at its ``request_url``, as the service
serves it for a call or a message to fetch, and counts the requests it gets."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime

from ._resources import Resource
from ._store import Form, Hooks, Record, RecordStore, Served, stamp

PAGES = "/laml-bins/"
"""Where the service serves its scripts: ``https://{space}/laml-bins/{sid}``."""
EMPTY = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'
"""What a script created without ``Contents`` holds: an empty Response element."""
SERVED_BY = frozenset({"GET", "POST"})
"""The methods a script is fetched with, as any XML instructions URL."""
XML = "text/xml"


class LamlBinHooks(Hooks):
    """A new script gets its URL on the sandbox's own origin and no requests yet; a request to
    that URL (without credentials, as the service's) answers its contents as they stand,
    counted in ``num_requests`` and ``date_last_accessed`` (not ``date_updated``). Contents are
    kept as given: the service documents no check of them, and fills their Mustache templates
    in from each request, which the sandbox does not."""

    def __init__(self, store: RecordStore, resource: Resource, origin: Callable[[], str]) -> None:
        self._store = store
        self._resource = resource
        self._origin = origin

    def creating(self, record: Record, form: Form, ids: Mapping[str, str], now: datetime) -> None:
        fields: dict[str, object] = {
            "request_url": f"{self._origin()}{PAGES}{ids[self._resource.key_param]}",
            "num_requests": 0,
            "date_last_accessed": None,
        }
        if "Contents" not in form:
            fields["contents"] = EMPTY
        record.update((name, value) for name, value in fields.items() if self._resource.has(name))

    def serving(self, method: str, path: str) -> Served | None:
        if method not in SERVED_BY or not path.startswith(PAGES):
            return None
        served = self._store.visit(self._resource, path.removeprefix(PAGES), self._served)
        return served or Served(404, "text/plain", "No cXML script at this URL")

    def _served(self, record: Record, now: datetime) -> Served:
        if self._resource.has("num_requests"):
            count = record.get("num_requests")
            record["num_requests"] = (count if isinstance(count, int) else 0) + 1
        if self._resource.has("date_last_accessed"):
            record["date_last_accessed"] = stamp(self._resource, now)
        return Served(200, XML, str(record.get("contents") or ""))
