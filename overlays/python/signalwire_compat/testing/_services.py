"""Which resources of the spec do more than keep records, and the hooks that do it."""

from __future__ import annotations

from collections.abc import Callable

from ._accounts import AccountHooks
from ._call_flows import CallFlows
from ._calls import CallHooks, Event
from ._faxes import FaxHooks, FaxMediaHooks
from ._laml_bins import LamlBinHooks
from ._messages import MessageHooks
from ._numbers import hook_numbers
from ._queues import MemberHooks
from ._store import RecordStore
from ._tokens import TokenHooks


def attach_hooks(
    store: RecordStore,
    flows: CallFlows,
    on_event: Event,
    origin: Callable[[], str],
    project_id: str,
    new_secret: Callable[[str], str],
) -> CallHooks:
    """Hook calls (their states, their cXML run by ``flows``, and status callbacks),
    messages (queued, sent, delivered), faxes (queued to delivered, canceled, kept from
    deletion while under way) and their media, queue members (``Front``), cXML scripts (served
    at their URL on ``origin()``, the sandbox's own), phone numbers (those on offer, bought and
    released), projects (subprojects of ``project_id``, with a signing key) and API tokens
    (each a new secret) into ``store``, where its spec has them; ``new_secret`` makes a secret
    with the given prefix. Returns the call hooks, which keep what was applied."""
    resource = store.resources.get("/Calls")
    calls = CallHooks(store, resource, flows, on_event)
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
    scripts = store.resources.get("/LamlBins")
    if scripts is not None:
        store.hook(scripts, LamlBinHooks(store, scripts, origin))
    hook_numbers(store)
    accounts = store.resources.get("/Accounts")
    if accounts is not None:
        store.hook(accounts, AccountHooks(accounts, project_id, lambda: new_secret("PSK_")))
    tokens = store.resources.get("/tokens")
    if tokens is not None:
        store.hook(tokens, TokenHooks(lambda: new_secret("PT")))
    return calls
