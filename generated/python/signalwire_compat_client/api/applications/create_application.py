"""Create an application: ``POST /Accounts/{AccountSid}/Applications``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Required

from signalwire_compat._operation import Field, Operation, RequestOptions

if TYPE_CHECKING:
    from ...models.http_method import HttpMethod, HttpMethodLiteral


__all__ = ["OPERATION", "CreateApplicationParams"]


class CreateApplicationParams(RequestOptions, total=False):
    """The arguments of ``create_application``; leave one out to leave it unset."""

    voice_url: str
    """The URL of the XML instructions that answer a call to a phone number that uses the
    application."""
    voice_method: HttpMethod | HttpMethodLiteral
    """Whether the request to VoiceUrl is a GET or a POST. Default is POST."""
    voice_fallback_url: str
    """The URL SignalWire requests when the request to VoiceUrl fails."""
    voice_fallback_method: HttpMethod | HttpMethodLiteral
    """Whether the request to VoiceFallbackUrl is a GET or a POST. Default is POST."""
    status_callback: str
    """The URL SignalWire sends the status changes of the application's calls to."""
    status_callback_method: HttpMethod | HttpMethodLiteral
    """Whether the request to StatusCallback is a GET or a POST. Default is POST."""
    sms_url: str
    """The URL of the XML instructions that handle a message to a phone number that uses the
    application."""
    sms_method: HttpMethod | HttpMethodLiteral
    """Whether the request to SmsUrl is a GET or a POST. Default is POST."""
    sms_fallback_url: str
    """The URL SignalWire requests when the request to SmsUrl fails."""
    sms_fallback_method: HttpMethod | HttpMethodLiteral
    """Whether the request to SmsFallbackUrl is a GET or a POST. Default is POST."""
    sms_status_callback: str
    """The URL SignalWire sends the status changes of the application's messages to."""
    sms_status_callback_method: HttpMethod | HttpMethodLiteral
    """Whether the request to SmsStatusCallback is a GET or a POST. Default is POST."""
    message_status_callback: str
    """The URL SignalWire POSTs the status changes of a message to when the message names this
    application in its ApplicationSid."""
    friendly_name: Required[str]
    """The name of the application, up to 100 characters."""


OPERATION = Operation(
    name="create_application",
    method="POST",
    path="/Accounts/{AccountSid}/Applications",
    path_params=(Field("AccountSid", "account_sid"),),
    body=(
        Field("VoiceUrl", "voice_url", "uri"),
        Field("VoiceMethod", "voice_method", "enum", choices=("GET", "POST")),
        Field("VoiceFallbackUrl", "voice_fallback_url", "uri"),
        Field(
            "VoiceFallbackMethod",
            "voice_fallback_method",
            "enum",
            choices=("GET", "POST"),
        ),
        Field("StatusCallback", "status_callback", "uri"),
        Field(
            "StatusCallbackMethod",
            "status_callback_method",
            "enum",
            choices=("GET", "POST"),
        ),
        Field("SmsUrl", "sms_url", "uri"),
        Field("SmsMethod", "sms_method", "enum", choices=("GET", "POST")),
        Field("SmsFallbackUrl", "sms_fallback_url", "uri"),
        Field(
            "SmsFallbackMethod", "sms_fallback_method", "enum", choices=("GET", "POST")
        ),
        Field("SmsStatusCallback", "sms_status_callback", "uri"),
        Field(
            "SmsStatusCallbackMethod",
            "sms_status_callback_method",
            "enum",
            choices=("GET", "POST"),
        ),
        Field("MessageStatusCallback", "message_status_callback", "uri"),
        Field("FriendlyName", "friendly_name", "string", required=True, max_length=100),
    ),
    body_required=True,
    content_type="application/x-www-form-urlencoded",
    result="application.Application",
)
