from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import read as _read
from signalwire_compat._model import write as _write

T = TypeVar("T", bound="AccountSubresourceUris")

_FIELDS: tuple[tuple[str, str], ...] = (
    ("addresses", "addresses"),
    ("available_phone_numbers", "available_phone_numbers"),
    ("applications", "applications"),
    ("authorized_connect_apps", "authorized_connect_apps"),
    ("calls", "calls"),
    ("conferences", "conferences"),
    ("connect_apps", "connect_apps"),
    ("incoming_phone_numbers", "incoming_phone_numbers"),
    ("keys", "keys"),
    ("notifications", "notifications"),
    ("outgoing_caller_ids", "outgoing_caller_ids"),
    ("queues", "queues"),
    ("recordings", "recordings"),
    ("sandbox", "sandbox"),
    ("sip", "sip"),
    ("short_codes", "short_codes"),
    ("messages", "messages"),
    ("transcriptions", "transcriptions"),
    ("usage", "usage"),
)
"""The fields of the model: (name in the body, Python name)."""


@_attrs_define
class AccountSubresourceUris:
    """The URIs of a project's resources; null for those the Compatibility API does not support."""

    addresses: None | str = None
    """ Addresses; not supported. """
    available_phone_numbers: None | str = None
    """ The phone numbers the project can buy. """
    applications: None | str = None
    """ The project's applications. """
    authorized_connect_apps: None | str = None
    """ Authorized connect apps; not supported. """
    calls: None | str = None
    """ The project's calls. """
    conferences: None | str = None
    """ The project's conferences. """
    connect_apps: None | str = None
    """ Connect apps; not supported. """
    incoming_phone_numbers: None | str = None
    """ The project's phone numbers. """
    keys: None | str = None
    """ Keys; not supported. """
    notifications: None | str = None
    """ Notifications; not supported. """
    outgoing_caller_ids: None | str = None
    """ Outgoing caller ids; not supported. """
    queues: None | str = None
    """ The project's call queues. """
    recordings: None | str = None
    """ The project's recordings. """
    sandbox: None | str = None
    """ The sandbox; not supported. """
    sip: None | str = None
    """ SIP; not supported. """
    short_codes: None | str = None
    """ Short codes; not supported. """
    messages: None | str = None
    """ The project's messages. """
    transcriptions: None | str = None
    """ The project's transcriptions. """
    usage: None | str = None
    """ Usage; not supported. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ The fields of the body that the model does not name, as received. """
    fields_set: frozenset[str] = _attrs_field(init=False, repr=False)
    """ The Python names of the fields the body held, null ones included (as pydantic's `model_fields_set`): a
    field left out reads None and is not here. For a model built directly: its fields that are not None. It takes
    part in `==`, as `to_dict()` differs with it. """

    @fields_set.default
    def _fields_not_none(self) -> frozenset[str]:
        return frozenset(name for _, name in _FIELDS if getattr(self, name) is not None)

    def to_dict(self) -> dict[str, Any]:
        """The body as received: a field left out stays out, a null one stays null."""
        return _write(self)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a body; a field left out or null reads None, and `fields_set` tells them apart.
        A value of the wrong type is a `TypeError` naming its field."""
        return _read(cls, src_dict)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
