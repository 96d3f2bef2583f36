from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import Model as _Model

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


@_attrs_define
class CreateMessageRequest(_Model):
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
    """ The Python names of the fields the body held, null ones included; for a model built directly, those not None. """

    @fields_set.default
    def _fields_not_none(self) -> frozenset[str]:
        return frozenset(name for _, name in _FIELDS if getattr(self, name) is not None)
