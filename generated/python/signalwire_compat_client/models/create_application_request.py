from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import Model as _Model

from ..models.http_method import HttpMethod

_FIELDS: tuple[tuple[str, str], ...] = (
    ("FriendlyName", "friendly_name"),
    ("VoiceUrl", "voice_url"),
    ("VoiceMethod", "voice_method"),
    ("VoiceFallbackUrl", "voice_fallback_url"),
    ("VoiceFallbackMethod", "voice_fallback_method"),
    ("StatusCallback", "status_callback"),
    ("StatusCallbackMethod", "status_callback_method"),
    ("SmsUrl", "sms_url"),
    ("SmsMethod", "sms_method"),
    ("SmsFallbackUrl", "sms_fallback_url"),
    ("SmsFallbackMethod", "sms_fallback_method"),
    ("SmsStatusCallback", "sms_status_callback"),
    ("SmsStatusCallbackMethod", "sms_status_callback_method"),
    ("MessageStatusCallback", "message_status_callback"),
)
"""The fields of the model: (name in the body, Python name)."""


@_attrs_define
class CreateApplicationRequest(_Model):
    """The fields of a new application, in the order twilio-python sends them (with SmsStatusCallbackMethod, which it
    lacks, after SmsStatusCallback).

    """

    friendly_name: str
    """ The name of the application, up to 100 characters. """
    voice_url: str | None = None
    """ The URL of the XML instructions that answer a call to a phone number that uses the application. """
    voice_method: HttpMethod | None = None
    voice_fallback_url: str | None = None
    """ The URL SignalWire requests when the request to VoiceUrl fails. """
    voice_fallback_method: HttpMethod | None = None
    status_callback: str | None = None
    """ The URL SignalWire sends the status changes of the application's calls to. """
    status_callback_method: HttpMethod | None = None
    sms_url: str | None = None
    """ The URL of the XML instructions that handle a message to a phone number that uses the application. """
    sms_method: HttpMethod | None = None
    sms_fallback_url: str | None = None
    """ The URL SignalWire requests when the request to SmsUrl fails. """
    sms_fallback_method: HttpMethod | None = None
    sms_status_callback: str | None = None
    """ The URL SignalWire sends the status changes of the application's messages to. """
    sms_status_callback_method: HttpMethod | None = None
    message_status_callback: str | None = None
    """ The URL SignalWire POSTs the status changes of a message to when the message names this application in its
    ApplicationSid. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ The fields of the body that the model does not name, as received. """
    fields_set: frozenset[str] = _attrs_field(init=False, repr=False)
    """ The Python names of the fields the body held, null ones included; for a model built directly, those not None. """

    @fields_set.default
    def _fields_not_none(self) -> frozenset[str]:
        return frozenset(name for _, name in _FIELDS if getattr(self, name) is not None)
