from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import NOT_NONE as _NOT_NONE
from signalwire_compat._model import Model as _Model


@_attrs_define
class AccountSubresourceUris(_Model):
    """The URIs of a project's resources; null for those the Compatibility API does not support."""

    addresses: None | str = None
    """Addresses; not supported."""
    available_phone_numbers: None | str = None
    """The phone numbers the project can buy."""
    applications: None | str = None
    """The project's applications."""
    authorized_connect_apps: None | str = None
    """Authorized connect apps; not supported."""
    calls: None | str = None
    """The project's calls."""
    conferences: None | str = None
    """The project's conferences."""
    connect_apps: None | str = None
    """Connect apps; not supported."""
    incoming_phone_numbers: None | str = None
    """The project's phone numbers."""
    keys: None | str = None
    """Keys; not supported."""
    notifications: None | str = None
    """Notifications; not supported."""
    outgoing_caller_ids: None | str = None
    """Outgoing caller ids; not supported."""
    queues: None | str = None
    """The project's call queues."""
    recordings: None | str = None
    """The project's recordings."""
    sandbox: None | str = None
    """The sandbox; not supported."""
    sip: None | str = None
    """SIP; not supported."""
    short_codes: None | str = None
    """Short codes; not supported."""
    messages: None | str = None
    """The project's messages."""
    transcriptions: None | str = None
    """The project's transcriptions."""
    usage: None | str = None
    """Usage; not supported."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """The fields of the body that the model does not name, as received."""
    fields_set: frozenset[str] = _attrs_field(init=False, repr=False, default=_NOT_NONE)
    """The Python names of the fields the body held, null ones included; for a model built
    directly, those not None."""
