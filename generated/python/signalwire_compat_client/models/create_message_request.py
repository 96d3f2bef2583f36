from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateMessageRequest")

_FIELDS: tuple[tuple[str, str], ...] = (
    ("To", "to"),
    ("StatusCallback", "status_callback"),
    ("ApplicationSid", "application_sid"),
    ("MaxPrice", "max_price"),
    ("ValidityPeriod", "validity_period"),
    ("SendAsMms", "send_as_mms"),
    ("From", "from_"),
    ("MessagingServiceSid", "messaging_service_sid"),
    ("Body", "body"),
    ("MediaUrl", "media_url"),
)
"""The fields of the model: (name in the body, Python name)."""
_NAMES: dict[str, str] = dict(_FIELDS)


@_attrs_define
class CreateMessageRequest:
    """The fields of a new message, listed in the order twilio-python sends them, so that the same arguments give the same
    form body.

    """

    to: str
    """ The phone number, in E.164 format, that receives the message. """
    status_callback: str | None = None
    """ The URL SignalWire requests each time the message changes status. """
    application_sid: str | None = None
    """ The unique identifier of the cXML application whose message status callback settings the message uses. """
    max_price: str | None = None
    """ The highest price, in USD, acceptable for the message, with up to 4 decimal places. """
    validity_period: int | None = None
    """ How long, in seconds, the message may wait in the queue before it is canceled, from 1 to 172800 (48 hours).
    Default is 14400 (4 hours). """
    send_as_mms: bool | None = None
    """ Whether to send the message as an MMS even if it has no media. """
    from_: str | None = None
    """ The phone number, in E.164 format, that sends the message. Required if MessagingServiceSid is not used. """
    messaging_service_sid: str | None = None
    """ The unique identifier of the number group that sends the message. Required if From is not used. """
    body: str | None = None
    """ The text of the message. Required if MediaUrl is not used. """
    media_url: list[str] | None = None
    """ The URLs of up to 8 media files to send with the message. Required if Body is not used. """
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
        to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "To": to,
            }
        )
        if self.status_callback is not None:
            field_dict["StatusCallback"] = self.status_callback
        elif "status_callback" in self.fields_set:
            field_dict["StatusCallback"] = None
        if self.application_sid is not None:
            field_dict["ApplicationSid"] = self.application_sid
        elif "application_sid" in self.fields_set:
            field_dict["ApplicationSid"] = None
        if self.max_price is not None:
            field_dict["MaxPrice"] = self.max_price
        elif "max_price" in self.fields_set:
            field_dict["MaxPrice"] = None
        if self.validity_period is not None:
            field_dict["ValidityPeriod"] = self.validity_period
        elif "validity_period" in self.fields_set:
            field_dict["ValidityPeriod"] = None
        if self.send_as_mms is not None:
            field_dict["SendAsMms"] = self.send_as_mms
        elif "send_as_mms" in self.fields_set:
            field_dict["SendAsMms"] = None
        if self.from_ is not None:
            field_dict["From"] = self.from_
        elif "from_" in self.fields_set:
            field_dict["From"] = None
        if self.messaging_service_sid is not None:
            field_dict["MessagingServiceSid"] = self.messaging_service_sid
        elif "messaging_service_sid" in self.fields_set:
            field_dict["MessagingServiceSid"] = None
        if self.body is not None:
            field_dict["Body"] = self.body
        elif "body" in self.fields_set:
            field_dict["Body"] = None
        if self.media_url is not None:
            media_url = self.media_url

            field_dict["MediaUrl"] = media_url
        elif "media_url" in self.fields_set:
            field_dict["MediaUrl"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a body; a field left out or null reads None, and `fields_set` tells them apart."""
        d = dict(src_dict)
        fields_set = frozenset(map(_NAMES.__getitem__, _NAMES.keys() & d.keys()))
        to = d.pop("To")

        status_callback: str | None = d.pop("StatusCallback", None)

        application_sid: str | None = d.pop("ApplicationSid", None)

        max_price: str | None = d.pop("MaxPrice", None)

        validity_period: int | None = d.pop("ValidityPeriod", None)

        send_as_mms: bool | None = d.pop("SendAsMms", None)

        from_: str | None = d.pop("From", None)

        messaging_service_sid: str | None = d.pop("MessagingServiceSid", None)

        body: str | None = d.pop("Body", None)

        _media_url = d.pop("MediaUrl", None)
        media_url: list[str] | None = None
        if _media_url is not None:
            media_url = cast("list[str]", _media_url)

        # Built without __init__, whose defaults (fields_set from the fields that are not None, an
        # empty additional_properties) would only be replaced; the model has no validators.
        create_message_request = cls.__new__(cls)
        create_message_request.to = to
        create_message_request.status_callback = status_callback
        create_message_request.application_sid = application_sid
        create_message_request.max_price = max_price
        create_message_request.validity_period = validity_period
        create_message_request.send_as_mms = send_as_mms
        create_message_request.from_ = from_
        create_message_request.messaging_service_sid = messaging_service_sid
        create_message_request.body = body
        create_message_request.media_url = media_url
        create_message_request.fields_set = fields_set

        create_message_request.additional_properties = d
        return create_message_request

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
