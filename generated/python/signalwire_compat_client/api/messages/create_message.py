"""Create a message: ``POST /Accounts/{AccountSid}/Messages``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Required

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "CreateMessageParams"]


class CreateMessageParams(RequestOptions, total=False):
    """The arguments of ``create_message``; leave one out to leave it unset."""

    to: Required[str]
    """The phone number, in E.164 format, that receives the message."""
    status_callback: str
    """The URL SignalWire requests each time the message changes status."""
    application_sid: str
    """The unique identifier of the cXML application whose message status callback settings the
    message uses."""
    max_price: str
    """The highest price, in USD, acceptable for the message, with up to 4 decimal places."""
    validity_period: int
    """How long, in seconds, the message may wait in the queue before it is canceled, from 1 to
    172800 (48 hours). Default is 14400 (4 hours)."""
    send_as_mms: bool
    """Whether to send the message as an MMS even if it has no media."""
    from_: str
    """The phone number, in E.164 format, that sends the message. Required if MessagingServiceSid
    is not used."""
    messaging_service_sid: str
    """The unique identifier of the number group that sends the message. Required if From is not
    used."""
    body: str
    """The text of the message. Required if MediaUrl is not used."""
    media_url: Sequence[str]
    """The URLs of up to 8 media files to send with the message. Required if Body is not used."""


OPERATION = Operation(
    name="create_message",
    method="POST",
    path="/Accounts/{AccountSid}/Messages",
    path_params=(Field("AccountSid", "account_sid"),),
    body=(
        Field("To", "to", "string", required=True, min_length=1),
        Field("StatusCallback", "status_callback", "uri"),
        Field("ApplicationSid", "application_sid", "string"),
        Field("MaxPrice", "max_price", "string", pattern="^[0-9]+(\\.[0-9]{1,4})?$"),
        Field(
            "ValidityPeriod",
            "validity_period",
            "integer",
            minimum=1.0,
            maximum=172800.0,
        ),
        Field("SendAsMms", "send_as_mms", "boolean"),
        Field("From", "from_", "string"),
        Field("MessagingServiceSid", "messaging_service_sid", "string"),
        Field("Body", "body", "string"),
        Field("MediaUrl", "media_url", "uri", array=True),
    ),
    body_required=True,
    content_type="application/x-www-form-urlencoded",
    result="message.Message",
)
