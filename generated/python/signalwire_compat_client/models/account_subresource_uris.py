from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
_NAMES: dict[str, str] = dict(_FIELDS)


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.addresses is not None:
            field_dict["addresses"] = self.addresses
        elif "addresses" in self.fields_set:
            field_dict["addresses"] = None
        if self.available_phone_numbers is not None:
            field_dict["available_phone_numbers"] = self.available_phone_numbers
        elif "available_phone_numbers" in self.fields_set:
            field_dict["available_phone_numbers"] = None
        if self.applications is not None:
            field_dict["applications"] = self.applications
        elif "applications" in self.fields_set:
            field_dict["applications"] = None
        if self.authorized_connect_apps is not None:
            field_dict["authorized_connect_apps"] = self.authorized_connect_apps
        elif "authorized_connect_apps" in self.fields_set:
            field_dict["authorized_connect_apps"] = None
        if self.calls is not None:
            field_dict["calls"] = self.calls
        elif "calls" in self.fields_set:
            field_dict["calls"] = None
        if self.conferences is not None:
            field_dict["conferences"] = self.conferences
        elif "conferences" in self.fields_set:
            field_dict["conferences"] = None
        if self.connect_apps is not None:
            field_dict["connect_apps"] = self.connect_apps
        elif "connect_apps" in self.fields_set:
            field_dict["connect_apps"] = None
        if self.incoming_phone_numbers is not None:
            field_dict["incoming_phone_numbers"] = self.incoming_phone_numbers
        elif "incoming_phone_numbers" in self.fields_set:
            field_dict["incoming_phone_numbers"] = None
        if self.keys is not None:
            field_dict["keys"] = self.keys
        elif "keys" in self.fields_set:
            field_dict["keys"] = None
        if self.notifications is not None:
            field_dict["notifications"] = self.notifications
        elif "notifications" in self.fields_set:
            field_dict["notifications"] = None
        if self.outgoing_caller_ids is not None:
            field_dict["outgoing_caller_ids"] = self.outgoing_caller_ids
        elif "outgoing_caller_ids" in self.fields_set:
            field_dict["outgoing_caller_ids"] = None
        if self.queues is not None:
            field_dict["queues"] = self.queues
        elif "queues" in self.fields_set:
            field_dict["queues"] = None
        if self.recordings is not None:
            field_dict["recordings"] = self.recordings
        elif "recordings" in self.fields_set:
            field_dict["recordings"] = None
        if self.sandbox is not None:
            field_dict["sandbox"] = self.sandbox
        elif "sandbox" in self.fields_set:
            field_dict["sandbox"] = None
        if self.sip is not None:
            field_dict["sip"] = self.sip
        elif "sip" in self.fields_set:
            field_dict["sip"] = None
        if self.short_codes is not None:
            field_dict["short_codes"] = self.short_codes
        elif "short_codes" in self.fields_set:
            field_dict["short_codes"] = None
        if self.messages is not None:
            field_dict["messages"] = self.messages
        elif "messages" in self.fields_set:
            field_dict["messages"] = None
        if self.transcriptions is not None:
            field_dict["transcriptions"] = self.transcriptions
        elif "transcriptions" in self.fields_set:
            field_dict["transcriptions"] = None
        if self.usage is not None:
            field_dict["usage"] = self.usage
        elif "usage" in self.fields_set:
            field_dict["usage"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a body; a field left out or null reads None, and `fields_set` tells them apart."""
        d = dict(src_dict)
        fields_set = frozenset(map(_NAMES.__getitem__, _NAMES.keys() & d.keys()))
        addresses: None | str = d.pop("addresses", None)

        available_phone_numbers: None | str = d.pop("available_phone_numbers", None)

        applications: None | str = d.pop("applications", None)

        authorized_connect_apps: None | str = d.pop("authorized_connect_apps", None)

        calls: None | str = d.pop("calls", None)

        conferences: None | str = d.pop("conferences", None)

        connect_apps: None | str = d.pop("connect_apps", None)

        incoming_phone_numbers: None | str = d.pop("incoming_phone_numbers", None)

        keys: None | str = d.pop("keys", None)

        notifications: None | str = d.pop("notifications", None)

        outgoing_caller_ids: None | str = d.pop("outgoing_caller_ids", None)

        queues: None | str = d.pop("queues", None)

        recordings: None | str = d.pop("recordings", None)

        sandbox: None | str = d.pop("sandbox", None)

        sip: None | str = d.pop("sip", None)

        short_codes: None | str = d.pop("short_codes", None)

        messages: None | str = d.pop("messages", None)

        transcriptions: None | str = d.pop("transcriptions", None)

        usage: None | str = d.pop("usage", None)

        # Built without __init__, whose defaults (fields_set from the fields that are not None, an
        # empty additional_properties) would only be replaced; the model has no validators.
        account_subresource_uris = cls.__new__(cls)
        account_subresource_uris.addresses = addresses
        account_subresource_uris.available_phone_numbers = available_phone_numbers
        account_subresource_uris.applications = applications
        account_subresource_uris.authorized_connect_apps = authorized_connect_apps
        account_subresource_uris.calls = calls
        account_subresource_uris.conferences = conferences
        account_subresource_uris.connect_apps = connect_apps
        account_subresource_uris.incoming_phone_numbers = incoming_phone_numbers
        account_subresource_uris.keys = keys
        account_subresource_uris.notifications = notifications
        account_subresource_uris.outgoing_caller_ids = outgoing_caller_ids
        account_subresource_uris.queues = queues
        account_subresource_uris.recordings = recordings
        account_subresource_uris.sandbox = sandbox
        account_subresource_uris.sip = sip
        account_subresource_uris.short_codes = short_codes
        account_subresource_uris.messages = messages
        account_subresource_uris.transcriptions = transcriptions
        account_subresource_uris.usage = usage
        account_subresource_uris.fields_set = fields_set

        account_subresource_uris.additional_properties = d
        return account_subresource_uris

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
