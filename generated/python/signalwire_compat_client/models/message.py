from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import NOT_NONE as _NOT_NONE
from signalwire_compat._model import Model as _Model

from ..models.message_direction import MessageDirection
from ..models.message_status import MessageStatus

if TYPE_CHECKING:
    from ..models.message_subresource_uris import MessageSubresourceUris


_RENAMED: dict[str, str] = {
    "from_": "from",
}
"""The fields whose name in the body is not their Python name: Python name, body name."""


@_attrs_define
class Message(_Model):
    """A message, as the service returns it. Fields the service may omit or send as null are optional and nullable."""

    sid: str
    """The unique identifier of the message."""
    account_sid: None | str = None
    """The unique identifier of the project that sent or received the message."""
    api_version: None | str = None
    """The version of the SignalWire API that handled the message."""
    body: None | str = None
    """The text of the message, up to 1600 characters; empty once redacted, null when filtered as spam."""
    num_segments: int | None | str = None
    """How many segments the message was split into (a number, possibly sent as text)."""
    num_media: int | None | str = None
    """How many media files the message carries (a number, possibly sent as text)."""
    date_created: None | str = None
    """The date, in RFC 2822 format, the message was created."""
    date_sent: None | str = None
    """The date, in RFC 2822 format, the message was sent; null until then."""
    date_updated: None | str = None
    """The date, in RFC 2822 format, the message was last updated."""
    direction: MessageDirection | None | str = None
    """The direction of the message."""
    error_code: int | None | str = None
    """The error code of a failed or undelivered message; null otherwise."""
    error_message: None | str = None
    """What went wrong with a failed or undelivered message; null otherwise."""
    from_: None | str = None
    """The phone number, in E.164 format, that sent the message."""
    messaging_service_sid: None | str = None
    """The unique identifier of the number group that sent the message, if one did."""
    price: float | None | str = None
    """The charge for the message; null until it is known."""
    price_unit: None | str = None
    """The currency, in ISO 4217 format, of the price."""
    status: MessageStatus | None | str = None
    """The status of the message."""
    subresource_uris: MessageSubresourceUris | None = None
    """The URIs of the message's sub-resources."""
    to: None | str = None
    """The phone number, in E.164 format, that received the message."""
    uri: None | str = None
    """The URI of the message."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """The fields of the body that the model does not name, as received."""
    fields_set: frozenset[str] = _attrs_field(init=False, repr=False, default=_NOT_NONE)
    """The Python names of the fields the body held, null ones included; for a model built
    directly, those not None."""
