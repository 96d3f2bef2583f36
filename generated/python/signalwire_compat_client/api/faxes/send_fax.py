"""Send a fax: ``POST /Accounts/{AccountSid}/Faxes``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Required

from signalwire_compat._operation import Field, Operation, RequestOptions

if TYPE_CHECKING:
    from ...models.fax_quality import FaxQuality, FaxQualityLiteral
    from ...models.fax_status_callback_event import (
        FaxStatusCallbackEvent,
        FaxStatusCallbackEventLiteral,
    )
    from ...models.http_method import HttpMethod, HttpMethodLiteral


__all__ = ["OPERATION", "SendFaxParams"]


class SendFaxParams(RequestOptions, total=False):
    """The arguments of ``send_fax``; leave one out to leave it unset."""

    media_url: Required[str]
    """The URL of the document to fax, a PDF."""
    to: Required[str]
    """The phone number, in E.164 format, or the SIP URI that receives the fax."""
    from_: Required[str]
    """The phone number, in E.164 format, or the client identifier that sends the fax."""
    quality: FaxQuality | FaxQualityLiteral
    """The resolution to send the fax at. Default is fine."""
    status_callback: str
    """The URL SignalWire requests each time the fax changes status."""
    status_callback_method: HttpMethod | HttpMethodLiteral
    """Whether the request to StatusCallback is a GET or a POST. Default is POST."""
    status_callback_event: Sequence[
        FaxStatusCallbackEvent | FaxStatusCallbackEventLiteral
    ]
    """The events that trigger a request to StatusCallback. Default is completed."""
    store_media: bool
    """Whether SignalWire keeps a copy of the fax's document. Default is true."""
    ttl: int
    """How many minutes, from 5 to 300, SignalWire keeps trying to send the fax. Default is 60."""
    sip_auth_username: str
    """The user name that authenticates the fax on a SIP URI."""
    sip_auth_password: str
    """The password that authenticates the fax on a SIP URI."""


OPERATION = Operation(
    name="send_fax",
    method="POST",
    path="/Accounts/{AccountSid}/Faxes",
    path_params=(Field("AccountSid", "account_sid"),),
    body=(
        Field("MediaUrl", "media_url", "uri", required=True),
        Field("To", "to", "string", required=True, min_length=1),
        Field("From", "from_", "string", required=True, min_length=1),
        Field("Quality", "quality", "enum", choices=("standard", "fine", "superfine")),
        Field("StatusCallback", "status_callback", "uri"),
        Field(
            "StatusCallbackMethod",
            "status_callback_method",
            "enum",
            choices=("GET", "POST"),
        ),
        Field(
            "StatusCallbackEvent",
            "status_callback_event",
            "enum",
            choices=(
                "initiated",
                "ringing",
                "answered",
                "completed",
                "ringing_forwarded",
                "ringing_queued",
            ),
            array=True,
        ),
        Field("StoreMedia", "store_media", "boolean"),
        Field("Ttl", "ttl", "integer", minimum=5.0, maximum=300.0),
        Field("SipAuthUsername", "sip_auth_username", "string"),
        Field("SipAuthPassword", "sip_auth_password", "string"),
    ),
    body_required=True,
    content_type="application/x-www-form-urlencoded",
    result="fax.Fax",
)
