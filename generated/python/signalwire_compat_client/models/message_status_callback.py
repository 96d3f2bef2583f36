from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_status import MessageStatus

T = TypeVar("T", bound="MessageStatusCallback")

_FIELDS: tuple[tuple[str, str], ...] = (
    ("MessageSid", "message_sid"),
    ("AccountSid", "account_sid"),
    ("From", "from_"),
    ("To", "to"),
    ("Body", "body"),
    ("MessageStatus", "message_status"),
    ("ErrorCode", "error_code"),
    ("NumMedia", "num_media"),
    ("NumSegments", "num_segments"),
)
"""The fields of the model: (name in the body, Python name)."""
_NAMES: dict[str, str] = dict(_FIELDS)


@_attrs_define
class MessageStatusCallback:
    """The form SignalWire sends to a message's StatusCallback URL. Every field is optional and sent as text; values the
    spec does not list pass through.

    """

    message_sid: str | None = None
    """ The unique identifier of the message. """
    account_sid: str | None = None
    """ The unique ID of the project the message belongs to. """
    from_: str | None = None
    """ The phone number, in E.164 format, that sent the message. """
    to: str | None = None
    """ The phone number, in E.164 format, that receives the message. """
    body: str | None = None
    """ The text of the message. """
    message_status: MessageStatus | str | None = None
    """ The status of the message when the callback was sent. """
    error_code: str | None = None
    """ The error code of a failed or undelivered message. """
    num_media: str | None = None
    """ How many media files the message carries (a number, sent as text). """
    num_segments: str | None = None
    """ How many segments the message was split into (a number, sent as text). """
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
        if self.message_sid is not None:
            field_dict["MessageSid"] = self.message_sid
        elif "message_sid" in self.fields_set:
            field_dict["MessageSid"] = None
        if self.account_sid is not None:
            field_dict["AccountSid"] = self.account_sid
        elif "account_sid" in self.fields_set:
            field_dict["AccountSid"] = None
        if self.from_ is not None:
            field_dict["From"] = self.from_
        elif "from_" in self.fields_set:
            field_dict["From"] = None
        if self.to is not None:
            field_dict["To"] = self.to
        elif "to" in self.fields_set:
            field_dict["To"] = None
        if self.body is not None:
            field_dict["Body"] = self.body
        elif "body" in self.fields_set:
            field_dict["Body"] = None
        if self.message_status is not None:
            message_status: str
            if isinstance(self.message_status, MessageStatus):
                message_status = self.message_status.value
            else:
                message_status = self.message_status

            field_dict["MessageStatus"] = message_status
        elif "message_status" in self.fields_set:
            field_dict["MessageStatus"] = None
        if self.error_code is not None:
            field_dict["ErrorCode"] = self.error_code
        elif "error_code" in self.fields_set:
            field_dict["ErrorCode"] = None
        if self.num_media is not None:
            field_dict["NumMedia"] = self.num_media
        elif "num_media" in self.fields_set:
            field_dict["NumMedia"] = None
        if self.num_segments is not None:
            field_dict["NumSegments"] = self.num_segments
        elif "num_segments" in self.fields_set:
            field_dict["NumSegments"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a body; a field left out or null reads None, and `fields_set` tells them apart."""
        d = dict(src_dict)
        fields_set = frozenset(map(_NAMES.__getitem__, _NAMES.keys() & d.keys()))
        message_sid: str | None = d.pop("MessageSid", None)

        account_sid: str | None = d.pop("AccountSid", None)

        from_: str | None = d.pop("From", None)

        to: str | None = d.pop("To", None)

        body: str | None = d.pop("Body", None)

        _message_status = d.pop("MessageStatus", None)
        message_status: MessageStatus | str | None = None
        if _message_status is not None:

            def _parse_message_status(data: object) -> MessageStatus | str:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    message_status_type_0 = MessageStatus(data)

                    return message_status_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(MessageStatus | str, data)

            message_status = _parse_message_status(_message_status)

        error_code: str | None = d.pop("ErrorCode", None)

        num_media: str | None = d.pop("NumMedia", None)

        num_segments: str | None = d.pop("NumSegments", None)

        # Built without __init__, whose defaults (fields_set from the fields that are not None, an
        # empty additional_properties) would only be replaced; the model has no validators.
        message_status_callback = cls.__new__(cls)
        message_status_callback.message_sid = message_sid
        message_status_callback.account_sid = account_sid
        message_status_callback.from_ = from_
        message_status_callback.to = to
        message_status_callback.body = body
        message_status_callback.message_status = message_status
        message_status_callback.error_code = error_code
        message_status_callback.num_media = num_media
        message_status_callback.num_segments = num_segments
        message_status_callback.fields_set = fields_set

        message_status_callback.additional_properties = d
        return message_status_callback

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
