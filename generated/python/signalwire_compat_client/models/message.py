from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import read as _read
from signalwire_compat._model import write as _write

from ..models.message_direction import MessageDirection
from ..models.message_status import MessageStatus

if TYPE_CHECKING:
    from ..models.message_subresource_uris import MessageSubresourceUris


T = TypeVar("T", bound="Message")

_FIELDS: tuple[tuple[str, str], ...] = (
    ("sid", "sid"),
    ("account_sid", "account_sid"),
    ("api_version", "api_version"),
    ("body", "body"),
    ("num_segments", "num_segments"),
    ("num_media", "num_media"),
    ("date_created", "date_created"),
    ("date_sent", "date_sent"),
    ("date_updated", "date_updated"),
    ("direction", "direction"),
    ("error_code", "error_code"),
    ("error_message", "error_message"),
    ("from", "from_"),
    ("messaging_service_sid", "messaging_service_sid"),
    ("price", "price"),
    ("price_unit", "price_unit"),
    ("status", "status"),
    ("subresource_uris", "subresource_uris"),
    ("to", "to"),
    ("uri", "uri"),
)
"""The fields of the model: (name in the body, Python name)."""


@_attrs_define
class Message:
    """A message, as the service returns it. Fields the service may omit or send as null are optional and nullable."""

    sid: str
    """ The unique identifier of the message. """
    account_sid: None | str = None
    """ The unique identifier of the project that sent or received the message. """
    api_version: None | str = None
    """ The version of the SignalWire API that handled the message. """
    body: None | str = None
    """ The text of the message, up to 1600 characters; empty once redacted, null when filtered as spam. """
    num_segments: int | None | str = None
    """ How many segments the message was split into (a number, possibly sent as text). """
    num_media: int | None | str = None
    """ How many media files the message carries (a number, possibly sent as text). """
    date_created: None | str = None
    """ The date, in RFC 2822 format, the message was created. """
    date_sent: None | str = None
    """ The date, in RFC 2822 format, the message was sent; null until then. """
    date_updated: None | str = None
    """ The date, in RFC 2822 format, the message was last updated. """
    direction: MessageDirection | None | str = None
    """ The direction of the message. """
    error_code: int | None | str = None
    """ The error code of a failed or undelivered message; null otherwise. """
    error_message: None | str = None
    """ What went wrong with a failed or undelivered message; null otherwise. """
    from_: None | str = None
    """ The phone number, in E.164 format, that sent the message. """
    messaging_service_sid: None | str = None
    """ The unique identifier of the number group that sent the message, if one did. """
    price: float | None | str = None
    """ The charge for the message; null until it is known. """
    price_unit: None | str = None
    """ The currency, in ISO 4217 format, of the price. """
    status: MessageStatus | None | str = None
    """ The status of the message. """
    subresource_uris: MessageSubresourceUris | None = None
    """ The URIs of the message's sub-resources. """
    to: None | str = None
    """ The phone number, in E.164 format, that received the message. """
    uri: None | str = None
    """ The URI of the message. """
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
