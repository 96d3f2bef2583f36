"""Which resources of the spec do more than keep records, and the hooks that do it."""

from __future__ import annotations

from ._calls import CallHooks, Event
from ._faxes import FaxHooks, FaxMediaHooks
from ._messages import MessageHooks
from ._queues import MemberHooks
from ._store import Clock, RecordStore


def attach_hooks(store: RecordStore, clock: Clock, on_event: Event) -> CallHooks:
    """Hook calls (their states and status callbacks), messages (queued, sent, delivered),
    faxes (queued to delivered, canceled, kept from deletion while under way) and their media,
    and queue members (``Front``) into ``store``, where its spec has them; returns the call
    hooks, which keep what was applied."""
    calls = CallHooks(clock, on_event)
    resource = store.resources.get("/Calls")
    if resource is not None:
        store.hook(resource, calls)
    messages = store.resources.get("/Messages")
    if messages is not None:
        store.hook(messages, MessageHooks(store, messages, on_event))
    faxes = store.resources.get("/Faxes")
    fax_media = store.resources.get("/Faxes/{FaxSid}/Media")
    if faxes is not None:
        store.hook(faxes, FaxHooks(store, faxes, fax_media, on_event))
        if fax_media is not None:
            store.hook(fax_media, FaxMediaHooks(store, fax_media, faxes))
    members = store.resources.get("/Queues/{QueueSid}/Members")
    if members is not None:
        store.hook(members, MemberHooks())
    return calls
