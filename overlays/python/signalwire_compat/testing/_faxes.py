"""The sandbox's faxes: a sent fax is queued, then processing, sending and delivered, with a
signed fax status callback for each step when it has a ``StatusCallback``; a delivered fax
keeps its document as its one media file. Only a queued fax can be canceled; a fax under way
cannot be deleted, nor the media of one not yet done."""

from __future__ import annotations

import asyncio
import threading
import uuid
from collections.abc import Mapping
from datetime import datetime

from ._calls import Event
from ._resources import Resource
from ._spec import API_VERSION
from ._store import Form, Hooks, Record, RecordStore, ServiceError, stamp

STEPS = ("processing", "sending", "delivered")
"""The statuses a queued fax moves through, in order, once its create is answered."""
UNDER_WAY = frozenset({"processing", "sending", "receiving"})
"""A fax in these statuses cannot be deleted."""
NOT_DONE = UNDER_WAY | {"queued"}
"""The media of a fax in these statuses cannot be deleted."""
DELIVERED = ("num_pages", "duration", "price")
"""What is known of a fax once it is delivered: the example's values."""
DOCUMENT_TYPE = "application/pdf"


class FaxHooks(Hooks):
    """A fax's life: created queued, moved on once the response to its create is made,
    canceled while queued; status callbacks where asked for."""

    def __init__(
        self, store: RecordStore, resource: Resource, media: Resource | None, on_event: Event
    ) -> None:
        self._store = store
        self._resource = resource
        self._media = media
        self._on_event = on_event
        # Per fax: (StatusCallback, StatusCallbackMethod), kept off the fax's JSON.
        self._callbacks: dict[str, tuple[str, str]] = {}
        self._lock = threading.Lock()

    def creating(self, record: Record, form: Form, ids: Mapping[str, str], now: datetime) -> None:
        sid = ids[self._resource.key_param]
        fields: dict[str, object] = {
            "status": "queued",
            "direction": "outbound",
            "media_url": form.get("MediaUrl", [""])[-1] or None,
            "quality": form.get("Quality", ["fine"])[-1],
            "media_sid": None,
            "error_code": None,
            "error_message": None,
            "url": self._resource.instance_uri(ids, sid),
            **dict.fromkeys(DELIVERED),
        }
        if self._media is not None:
            fields["links"] = {"media": self._media.collection_uri(self._media_ids(ids, sid))}
        record.update({k: v for k, v in fields.items() if self._resource.has(k)})
        url = form.get("StatusCallback", [""])[-1]
        if url:
            with self._lock:
                self._callbacks[sid] = (url, form.get("StatusCallbackMethod", ["POST"])[-1])
        keep = form.get("StoreMedia", ["true"])[-1] != "false"
        # the create is answered (and its response made) before the fax moves on
        asyncio.get_running_loop().call_soon(self._advance, dict(ids), keep)

    def updating(self, record: Record, form: Form, now: datetime) -> Form:
        """Cancel a queued fax (the spec allows no other change); ``ServiceError`` for any
        other fax."""
        if record.get("status") != "queued":
            raise ServiceError(422, 10000, "Only a queued fax can be canceled")
        record["status"] = "canceled"
        self._report(record)
        return {name: values for name, values in form.items() if name != "Status"}

    def deleting(self, record: Record) -> None:
        """A fax being processed, sent or received cannot be deleted."""
        if record.get("status") in UNDER_WAY:
            raise ServiceError(409, 20009, "Cannot delete a fax that is still under way")

    def _media_ids(self, ids: Mapping[str, str], sid: str) -> dict[str, str]:
        """The parent ids of the media of the fax ``sid`` (under ``ids``' account)."""
        assert self._media is not None
        *above, fax = self._media.parents
        return {**{name: ids[name] for name in above}, fax: sid}

    def _advance(self, ids: Mapping[str, str], keep: bool) -> None:
        key = ids[self._resource.key_param]
        for status in STEPS:
            fields: dict[str, object] = {"status": status}
            if status == "delivered":
                fields.update({name: self._resource.example.get(name) for name in DELIVERED})
                if keep and self._media is not None:
                    fields["media_sid"] = self._keep_document(self._media_ids(ids, key))
            fax = self._store.change(self._resource, ids, **fields)
            if fax is None:  # deleted meanwhile
                return
            self._report(fax)

    def _keep_document(self, ids: Mapping[str, str]) -> str:
        """Add the fax's document to its media; returns the media file's sid."""
        assert self._media is not None
        key = str(uuid.uuid4())
        now = stamp(self._media, self._store.clock())
        fields: dict[str, object] = {
            self._media.key: key,
            "content_type": DOCUMENT_TYPE,
            "date_created": now,
            "date_updated": now,
            "url": self._media.instance_uri(ids, key),
        }
        self._store.add(self._media, ids, **{k: v for k, v in fields.items() if self._media.has(k)})
        return key

    def _report(self, fax: Mapping[str, object]) -> None:
        """Send the fax's status callback, if it has one."""
        with self._lock:
            settings = self._callbacks.get(str(fax.get("sid")))
        if settings is not None:
            self._on_event(*settings, _callback_form(fax))


def _callback_form(fax: Mapping[str, object]) -> list[tuple[str, str]]:
    form = [
        ("FaxSid", str(fax.get("sid") or "")),
        ("FaxStatus", str(fax.get("status") or "")),
        ("AccountSid", str(fax.get("account_sid") or "")),
        ("From", str(fax.get("from") or "")),
        ("To", str(fax.get("to") or "")),
        ("ApiVersion", str(fax.get("api_version") or API_VERSION)),
        ("OriginalMediaUrl", str(fax.get("media_url") or "")),
    ]
    if fax.get("status") == "delivered":
        form.append(("NumPages", str(fax.get("num_pages") or "")))
        if fax.get("media_sid"):
            form.append(("MediaSid", str(fax["media_sid"])))
    return form


class FaxMediaHooks(Hooks):
    """The media of a fax that is queued or under way cannot be deleted."""

    def __init__(self, store: RecordStore, media: Resource, faxes: Resource) -> None:
        self._store = store
        self._media = media
        self._faxes = faxes

    def deleting(self, record: Record) -> None:
        ids = {name: str(record.get(field)) for name, field in self._media.parent_fields.items()}
        fax_sid = ids.get(self._media.parents[-1])
        if fax_sid is None:
            return
        parents = {name: ids.get(name, "") for name in self._faxes.parents}
        try:
            fax = self._store.get(self._faxes, parents, fax_sid)
        except KeyError:  # no such fax: nothing holds the media back
            return
        if fax.get("status") in NOT_DONE:
            raise ServiceError(409, 20009, "Cannot delete the media of a fax not yet done")
