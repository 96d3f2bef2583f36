from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import NOT_NONE as _NOT_NONE
from signalwire_compat._model import Model as _Model

from ..models.message_status import MessageStatus

_RENAMED: dict[str, str] = {
    "message_sid": "MessageSid",
    "account_sid": "AccountSid",
    "from_": "From",
    "to": "To",
    "body": "Body",
    "message_status": "MessageStatus",
    "error_code": "ErrorCode",
    "num_media": "NumMedia",
    "num_segments": "NumSegments",
}
"""The fields whose name in the body is not their Python name: Python name, body name."""


@_attrs_define
class MessageStatusCallback(_Model):
    """The form SignalWire sends to a message's StatusCallback URL. Every field is optional and sent as text; values the
    spec does not list pass through.

    """

    message_sid: str | None = None
    """The unique identifier of the message."""
    account_sid: str | None = None
    """The unique ID of the project the message belongs to."""
    from_: str | None = None
    """The phone number, in E.164 format, that sent the message."""
    to: str | None = None
    """The phone number, in E.164 format, that receives the message."""
    body: str | None = None
    """The text of the message."""
    message_status: MessageStatus | str | None = None
    """The status of the message when the callback was sent."""
    error_code: str | None = None
    """The error code of a failed or undelivered message."""
    num_media: str | None = None
    """How many media files the message carries (a number, sent as text)."""
    num_segments: str | None = None
    """How many segments the message was split into (a number, sent as text)."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """The fields of the body that the model does not name, as received."""
    fields_set: frozenset[str] = _attrs_field(init=False, repr=False, default=_NOT_NONE)
    """The Python names of the fields the body held, null ones included; for a model built
    directly, those not None."""
