"""Update a phone number: ``POST /Accounts/{AccountSid}/IncomingPhoneNumbers/{IncomingPhoneNumberSid}``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from signalwire_compat._operation import Field, Operation, RequestOptions

if TYPE_CHECKING:
    from ...models.http_method import HttpMethod, HttpMethodLiteral
    from ...models.incoming_phone_number_voice_receive_mode import (
        IncomingPhoneNumberVoiceReceiveMode,
        IncomingPhoneNumberVoiceReceiveModeLiteral,
    )


__all__ = ["OPERATION", "UpdateIncomingPhoneNumberParams"]


class UpdateIncomingPhoneNumberParams(RequestOptions, total=False):
    """The arguments of ``update_incoming_phone_number``; leave one out to leave it unset."""

    transfer_to_account_sid: str
    """The unique identifier of the project, of the same space, to move the number to. Sent as
    AccountSid, but not the path's AccountSid, which is the project that owns the number now."""
    friendly_name: str
    """A new name for the number, up to 255 characters."""
    sms_application_sid: str
    """The unique identifier of the cXML application that handles the number's incoming messages,
    instead of SmsUrl."""
    sms_fallback_method: HttpMethod | HttpMethodLiteral
    """Whether the request to SmsFallbackUrl is a GET or a POST."""
    sms_fallback_url: str
    """The URL requested when the request to SmsUrl fails."""
    sms_method: HttpMethod | HttpMethodLiteral
    """Whether the request to SmsUrl is a GET or a POST."""
    sms_url: str
    """The URL of the XML instructions requested when the number receives a message."""
    status_callback: str
    """The URL SignalWire requests when an incoming call to the number ends."""
    status_callback_method: HttpMethod | HttpMethodLiteral
    """Whether the request to StatusCallback is a GET or a POST."""
    voice_application_sid: str
    """The unique identifier of the cXML application that handles the number's incoming calls,
    instead of VoiceUrl."""
    voice_fallback_method: HttpMethod | HttpMethodLiteral
    """Whether the request to VoiceFallbackUrl is a GET or a POST."""
    voice_fallback_url: str
    """The URL requested when the request to VoiceUrl fails."""
    voice_method: HttpMethod | HttpMethodLiteral
    """Whether the request to VoiceUrl is a GET or a POST."""
    voice_url: str
    """The URL of the XML instructions requested when the number receives a call."""
    emergency_address_sid: str
    """The unique identifier of the address registered for E911 calls from the number (not for
    toll-free numbers)."""
    voice_receive_mode: (
        IncomingPhoneNumberVoiceReceiveMode | IncomingPhoneNumberVoiceReceiveModeLiteral
    )
    """Whether the number takes its incoming calls as voice or fax."""


OPERATION = Operation(
    name="update_incoming_phone_number",
    method="POST",
    path="/Accounts/{AccountSid}/IncomingPhoneNumbers/{IncomingPhoneNumberSid}",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("IncomingPhoneNumberSid", "incoming_phone_number_sid"),
    ),
    body=(
        Field("AccountSid", "transfer_to_account_sid", "string"),
        Field("FriendlyName", "friendly_name", "string", min_length=1, max_length=255),
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
        Field("EmergencyAddressSid", "emergency_address_sid", "string"),
        Field(
            "VoiceReceiveMode", "voice_receive_mode", "enum", choices=("voice", "fax")
        ),
    ),
    body_required=True,
    content_type="application/x-www-form-urlencoded",
    result="incoming_phone_number.IncomingPhoneNumber",
)
