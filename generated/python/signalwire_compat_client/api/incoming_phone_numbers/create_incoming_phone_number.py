"""Buy a phone number: ``POST /Accounts/{AccountSid}/IncomingPhoneNumbers``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Required

from signalwire_compat._operation import Field, Operation, RequestOptions

if TYPE_CHECKING:
    from ...models.http_method import HttpMethod, HttpMethodLiteral
    from ...models.incoming_phone_number_voice_receive_mode import (
        IncomingPhoneNumberVoiceReceiveMode,
        IncomingPhoneNumberVoiceReceiveModeLiteral,
    )


__all__ = ["OPERATION", "CreateIncomingPhoneNumberParams"]


class CreateIncomingPhoneNumberParams(RequestOptions, total=False):
    """The arguments of ``create_incoming_phone_number``; leave one out to leave it unset."""

    friendly_name: str
    """A name for the number. Default is the number, formatted for reading."""
    sms_application_sid: str
    """The unique identifier of the cXML application that handles the number's incoming messages,
    instead of SmsUrl."""
    sms_fallback_method: HttpMethod | HttpMethodLiteral
    """Whether the request to SmsFallbackUrl is a GET or a POST. Default is POST."""
    sms_fallback_url: str
    """The URL requested when the request to SmsUrl fails."""
    sms_method: HttpMethod | HttpMethodLiteral
    """Whether the request to SmsUrl is a GET or a POST. Default is POST."""
    sms_url: str
    """The URL of the XML instructions requested when the number receives a message."""
    status_callback: str
    """The URL SignalWire requests when an incoming call to the number ends."""
    status_callback_method: HttpMethod | HttpMethodLiteral
    """Whether the request to StatusCallback is a GET or a POST. Default is POST."""
    voice_application_sid: str
    """The unique identifier of the cXML application that handles the number's incoming calls,
    instead of VoiceUrl."""
    voice_fallback_method: HttpMethod | HttpMethodLiteral
    """Whether the request to VoiceFallbackUrl is a GET or a POST. Default is POST."""
    voice_fallback_url: str
    """The URL requested when the request to VoiceUrl fails."""
    voice_method: HttpMethod | HttpMethodLiteral
    """Whether the request to VoiceUrl is a GET or a POST. Default is POST."""
    voice_url: str
    """The URL of the XML instructions requested when the number receives a call."""
    voice_receive_mode: (
        IncomingPhoneNumberVoiceReceiveMode | IncomingPhoneNumberVoiceReceiveModeLiteral
    )
    """Whether the number takes its incoming calls as voice or fax. Default is voice."""
    phone_number: Required[str]
    """The number to buy, in E.164 format (a + and 5 to 17 digits), as a search of the available
    numbers gave it."""


OPERATION = Operation(
    name="create_incoming_phone_number",
    method="POST",
    path="/Accounts/{AccountSid}/IncomingPhoneNumbers",
    path_params=(Field("AccountSid", "account_sid"),),
    body=(
        Field("FriendlyName", "friendly_name", "string"),
        Field("SmsApplicationSid", "sms_application_sid", "string"),
        Field(
            "SmsFallbackMethod", "sms_fallback_method", "enum", choices=("GET", "POST")
        ),
        Field("SmsFallbackUrl", "sms_fallback_url", "uri"),
        Field("SmsMethod", "sms_method", "enum", choices=("GET", "POST")),
        Field("SmsUrl", "sms_url", "uri"),
        Field("StatusCallback", "status_callback", "uri"),
        Field(
            "StatusCallbackMethod",
            "status_callback_method",
            "enum",
            choices=("GET", "POST"),
        ),
        Field("VoiceApplicationSid", "voice_application_sid", "string"),
        Field(
            "VoiceFallbackMethod",
            "voice_fallback_method",
            "enum",
            choices=("GET", "POST"),
        ),
        Field("VoiceFallbackUrl", "voice_fallback_url", "uri"),
        Field("VoiceMethod", "voice_method", "enum", choices=("GET", "POST")),
        Field("VoiceUrl", "voice_url", "uri"),
        Field(
            "VoiceReceiveMode", "voice_receive_mode", "enum", choices=("voice", "fax")
        ),
        Field(
            "PhoneNumber",
            "phone_number",
            "string",
            required=True,
            min_length=6,
            max_length=18,
            pattern="^\\+[0-9]{5,17}$",
        ),
    ),
    body_required=True,
    content_type="application/x-www-form-urlencoded",
    result="incoming_phone_number.IncomingPhoneNumber",
)
