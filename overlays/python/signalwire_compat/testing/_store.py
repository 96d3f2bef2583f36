"""The sandbox's records: one in-memory store for every resource of the spec, each record
kept under its parents' ids, with small per-resource hooks where the service does more."""

from __future__ import annotations

import copy
import itertools
import re
import threading
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any, TypeVar

from .._times import parse_rfc2822
from ._resources import ACCOUNTS, Filter, Resource, Resources
from ._spec import decoded, snake_case

Form = Mapping[str, list[str]]
"""A request body's fields: each field's values, in order, as text (a JSON body's too)."""
Clock = Callable[[], datetime]
Record = dict[str, Any]
T = TypeVar("T")
_ISO_8601 = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T")


def utc_now() -> datetime:
    """The current time in UTC, to the second."""
    return datetime.now(UTC).replace(microsecond=0)


def stamp(resource: Resource, now: datetime) -> str:
    """``now`` as ``resource``'s dates are written: ISO 8601 (``2019-11-26T20:00:00Z``) where
    its example's ``date_created`` is, else RFC 2822, as most of the service's are."""
    if _ISO_8601.match(str(resource.example.get("date_created", ""))):
        return now.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return format_datetime(now)


@dataclass(frozen=True)
class Served:
    """A page the service serves beside its API (a cXML script at its URL)."""

    status: int
    content_type: str
    text: str


class ServiceError(Exception):
    """A request the service would refuse: becomes SignalWire's error response."""

    def __init__(self, status: int, code: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


class Hooks:
    """What a resource does beyond keeping records. Each runs under the store's lock (a hook
    may call the store's methods) and may raise ``ServiceError`` to refuse the request; by
    default they do nothing."""

    searched: frozenset[str] = frozenset()
    """The list's query parameters ``matches`` reads; the store's own filters leave them alone."""

    def initial(self) -> Iterable[tuple[Mapping[str, str], Record]]:
        """The records the resource starts with besides its example: each with its parents'
        ids (the account's is added)."""
        return ()

    def matches(self, record: Record, query: Mapping[str, str]) -> bool:
        """Whether ``record`` passes the list's query parameters in ``searched``; by default
        every record does."""
        return True

    def creating(self, record: Record, form: Form, ids: Mapping[str, str], now: datetime) -> None:
        """Complete a new record (``ids`` include its own) before it is kept."""

    def created(self, answer: Record) -> Record:
        """The answer to a create, from a copy of the new record as kept (what only the
        create's answer holds goes here); by default that copy."""
        return answer

    def updating(self, record: Record, form: Form, now: datetime) -> Form:
        """Apply an update's effects; returns the form fields left to merge into the record."""
        return form

    def deleting(self, record: Record) -> None:
        """Refuse a delete the service would refuse, or act on one it takes (other records may
        be read: the lock is re-entrant)."""

    def named(self, key: str, records: Mapping[str, Record]) -> str:
        """The id a request's ``key`` names among ``records`` (a sentinel such as a queue's
        ``Front`` names one of them); by default ``key`` itself."""
        return key

    def serving(self, method: str, path: str) -> Served | None:
        """The page at ``path`` that the resource's records make, outside the API and its
        credentials (a cXML script at its ``request_url``); ``None`` when ``path`` is not
        one. Runs outside the store's lock; by default there are none."""
        return None


def not_found(resource: Resource, ids: Mapping[str, str], key: str) -> ServiceError:
    uri = resource.instance_uri(ids, key)
    return ServiceError(404, 20404, f"The requested resource {uri} was not found")


class RecordStore:
    """Records by resource, parent ids and id, in the order they were added. Thread-safe."""

    def __init__(self, resources: Resources, clock: Clock = utc_now) -> None:
        self.resources = resources
        self.clock = clock
        self._records: dict[str, dict[tuple[str, ...], dict[str, Record]]] = {}
        self._hooks: dict[str, Hooks] = {}
        self._lock = threading.RLock()  # reentrant: a hook may call the store

    def hook(self, resource: Resource, hooks: Hooks) -> None:
        """Let ``hooks`` act on ``resource``'s requests."""
        self._hooks[resource.path] = hooks

    def _kept(self, resource: Resource, ids: Mapping[str, str]) -> dict[str, Record]:
        """The records under ``ids``' parents, made if there are none."""
        parents = tuple(ids[name] for name in resource.parents)
        return self._records.setdefault(resource.path, {}).setdefault(parents, {})

    def _under(self, resource: Resource, ids: Mapping[str, str]) -> dict[str, Record]:
        """The records under ``ids``' parents, for reading (none are made)."""
        parents = tuple(ids[name] for name in resource.parents)
        return self._records.get(resource.path, {}).get(parents, {})

    def _found(self, resource: Resource, ids: Mapping[str, str]) -> Record:
        records = self._under(resource, ids)
        key = ids[resource.key_param]
        hooks = self._hooks.get(resource.path)
        if hooks is not None:
            key = hooks.named(key, records)
        record = records.get(key)
        if record is None:
            raise not_found(resource, ids, key)
        return record

    @staticmethod
    def _identify(record: Record, resource: Resource, ids: Mapping[str, str], key: str) -> None:
        """Give ``record`` its id, its parents' ids and its URIs."""
        for name, field_name in resource.parent_fields.items():
            record[field_name] = ids[name]
        record[resource.key] = key
        base = resource.instance_uri(ids, key)
        if resource.has("uri"):
            record["uri"] = f"{base}.json"
        links = record.get("subresource_uris")
        if isinstance(links, dict):
            record["subresource_uris"] = {
                name: f"{base}/{value.rsplit('/', 1)[-1]}" if isinstance(value, str) else value
                for name, value in links.items()
            }

    @staticmethod
    def _merge(record: Record, resource: Resource, form: Form) -> None:
        """Set each form field that names a property of the record, as the property's type;
        never its ids, URI or dates, nor an object (which a form field cannot hold: an imported
        number's list of ``capabilities`` is not its ``capabilities`` object)."""
        fixed = {resource.key, "uri", "date_created", "date_updated"}
        fixed |= set(resource.parent_fields.values())
        for name, values in form.items():
            field_name = snake_case(name)
            if field_name not in resource.properties or field_name in fixed or not values:
                continue
            types = resource.properties[field_name]
            if not types or not types <= {"object", "null"}:
                record[field_name] = decoded(values, types)

    def add(self, resource: Resource, ids: Mapping[str, str], **fields: object) -> Record:
        """Add a record: the resource's example with ``fields`` replaced, under the parents
        in ``ids`` (its id is ``fields``' or the example's); returns a copy."""
        record = copy.deepcopy(resource.example)
        record.update(fields)
        key = str(record.get(resource.key) or uuid.uuid4())
        self._identify(record, resource, ids, key)
        with self._lock:
            self._kept(resource, ids)[key] = record
            return copy.deepcopy(record)

    def seed(self, account_sid: str) -> None:
        """Give each resource the spec cannot create its example record, under the parent
        ids the example names; and ``/Accounts`` the project's own account."""
        for resource in self.resources.by_path.values():
            own_account = resource.path == ACCOUNTS
            if not own_account and (resource.creatable or not resource.example):
                continue
            ids = {"AccountSid": account_sid}
            for name in resource.parents:
                value = resource.example.get(resource.parent_fields.get(name, ""))
                if name != "AccountSid" and not isinstance(value, str):
                    break
                ids.setdefault(name, str(value))
            else:
                self.add(resource, ids, **({resource.key: account_sid} if own_account else {}))
        for path, hooks in self._hooks.items():
            for parents, fields in hooks.initial():
                self.add(
                    self.resources.by_path[path], {**parents, "AccountSid": account_sid}, **fields
                )

    def held(self, resource: Resource, account_sid: str) -> list[tuple[dict[str, str], Record]]:
        """Every record of ``resource`` under the account, with its parents' ids (copies)."""
        with self._lock:
            return [
                (dict(zip(resource.parents, parents, strict=True)), copy.deepcopy(record))
                for parents, records in self._records.get(resource.path, {}).items()
                if parents[:1] == (account_sid,)
                for record in records.values()
            ]

    def remove(self, resource: Resource, ids: Mapping[str, str], key: str) -> Record | None:
        """Take the record ``key`` out of those under ``ids``' parents, running no hooks: the
        record, or ``None`` if there is none."""
        with self._lock:
            return self._under(resource, ids).pop(key, None)

    def get(self, resource: Resource, ids: Mapping[str, str], key: str) -> Record:
        """A copy of a record; ``KeyError`` if there is none."""
        with self._lock:
            return copy.deepcopy(self._under(resource, ids)[key])

    def create(self, resource: Resource, ids: Mapping[str, str], form: Form) -> Record:
        """A new record built from the example and the form, with a new id and the dates."""
        now = self.clock()
        record = copy.deepcopy(resource.example)
        self._merge(record, resource, form)
        key = str(uuid.uuid4())
        self._identify(record, resource, ids, key)
        for name in ("date_created", "date_updated"):
            if resource.has(name):
                record[name] = stamp(resource, now)
        with self._lock:
            hooks = self._hooks.get(resource.path)
            if hooks is not None:
                hooks.creating(record, form, {**ids, resource.key_param: key}, now)
            self._kept(resource, ids)[key] = record
            answer = copy.deepcopy(record)
            return hooks.created(answer) if hooks is not None else answer

    def fetch(self, resource: Resource, ids: Mapping[str, str]) -> Record:
        """The record ``ids`` name, or ``ServiceError`` 404."""
        with self._lock:
            return copy.deepcopy(self._found(resource, ids))

    def update(self, resource: Resource, ids: Mapping[str, str], form: Form) -> Record:
        """Merge the form into the record as the service would (an empty form changes
        nothing), or raise ``ServiceError``."""
        with self._lock:
            record = self._found(resource, ids)
            if not form:
                return copy.deepcopy(record)
            now = self.clock()
            hooks = self._hooks.get(resource.path)
            rest = hooks.updating(record, form, now) if hooks is not None else form
            self._merge(record, resource, rest)
            if resource.has("date_updated"):
                record["date_updated"] = stamp(resource, now)
            return copy.deepcopy(record)

    def change(self, resource: Resource, ids: Mapping[str, str], **fields: object) -> Record | None:
        """Set ``fields`` on a record (and ``date_updated``), as the service does on its own;
        a copy, or ``None`` if it is gone."""
        with self._lock:
            record = self._under(resource, ids).get(ids[resource.key_param])
            if record is None:
                return None
            record.update(fields)
            if resource.has("date_updated"):
                record["date_updated"] = stamp(resource, self.clock())
            return copy.deepcopy(record)

    def visit(
        self, resource: Resource, key: str, visit: Callable[[Record, datetime], T]
    ) -> T | None:
        """``visit(record, now)`` on the record ``key`` of ``resource``, under whichever parents
        hold it, with no request changing it meanwhile (as the service uses a record outside
        the API); its result, or ``None`` if there is no such record."""
        with self._lock:
            for records in self._records.get(resource.path, {}).values():
                record = records.get(key)
                if record is not None:
                    return visit(record, self.clock())
            return None

    def served(self, method: str, path: str) -> Served | None:
        """The page at ``path`` that some resource's hooks serve, if any."""
        for hooks in list(self._hooks.values()):
            page = hooks.serving(method, path)
            if page is not None:
                return page
        return None

    def delete(self, resource: Resource, ids: Mapping[str, str]) -> None:
        """Remove a record; ``ServiceError`` 404, or what its hooks refuse."""
        with self._lock:
            record = self._found(resource, ids)
            hooks = self._hooks.get(resource.path)
            if hooks is not None:
                hooks.deleting(record)
            del self._kept(resource, ids)[str(record[resource.key])]

    def page(
        self, resource: Resource, ids: Mapping[str, str], query: Mapping[str, str], size: int,
        after: str | None,
    ) -> tuple[list[Record], bool]:  # fmt: skip
        """Up to ``size`` records under ``ids`` matching ``query``, newest first, after the
        record ``after`` (a cursor, as the service's page tokens are: records that stop
        matching while a list is paged through do not shift the pages); and whether more
        follow."""
        hooks = self._hooks.get(resource.path) or Hooks()
        filters = [
            (f, query[name])
            for name, f in resource.filters.items()
            if name in query and name not in hooks.searched
        ]
        with self._lock:
            records = list(reversed(self._under(resource, ids).values()))
            key = resource.key
            start = next((i + 1 for i, r in enumerate(records) if r.get(key) == after), 0)
            wanted = (
                r
                for r in records[start:]
                if all(_passes(r, f, v) for f, v in filters) and hooks.matches(r, query)
            )
            chosen = list(itertools.islice(wanted, size + 1))
            return copy.deepcopy(chosen[:size]), len(chosen) > size


def _day(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    try:
        return parse_rfc2822(value).date().isoformat()
    except (TypeError, ValueError):
        return None


def _passes(record: Record, check: Filter, wanted: str) -> bool:
    """Whether ``record`` passes one list filter (a date filter's value as YYYY-MM-DD)."""
    value: object = record.get(check.field)
    target: object = wanted
    if check.by_day:
        value = _day(value)
    else:
        target = decoded([wanted], check.types)
    if check.compare == "=":
        return value == target
    if value is None:
        return False
    try:
        return bool(value < target if check.compare == "<" else value > target)  # type: ignore[operator]
    except TypeError:
        return False
