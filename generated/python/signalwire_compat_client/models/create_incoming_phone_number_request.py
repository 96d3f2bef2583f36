from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import Model as _Model

from ..models.http_method import HttpMethod
from ..models.incoming_phone_number_voice_receive_mode import (
    IncomingPhoneNumberVoiceReceiveMode,
)

_FIELDS: tuple[tuple[str, str], ...] = (
    ("PhoneNumber", "phone_number"),
    ("FriendlyName", "friendly_name"),
    ("SmsApplicationSid", "sms_application_sid"),
    ("SmsFallbackMethod", "sms_fallback_method"),
    ("SmsFallbackUrl", "sms_fallback_url"),
    ("SmsMethod", "sms_method"),
    ("SmsUrl", "sms_url"),
    ("StatusCallback", "status_callback"),
    ("StatusCallbackMethod", "status_callback_method"),
    ("VoiceApplicationSid", "voice_application_sid"),
    ("VoiceFallbackMethod", "voice_fallback_method"),
    ("VoiceFallbackUrl", "voice_fallback_url"),
    ("VoiceMethod", "voice_method"),
    ("VoiceUrl", "voice_url"),
    ("VoiceReceiveMode", "voice_receive_mode"),
)
"""The fields of the model: (name in the body, Python name)."""


@_attrs_define
class CreateIncomingPhoneNumberRequest(_Model):
    """The number to buy and its settings, in the order twilio-python sends the fields, so that the same arguments give the
    same form body.

    """

    phone_number: str
    """ The number to buy, in E.164 format (a + and 5 to 17 digits), as a search of the available numbers gave it.
    """
    friendly_name: str | None = None
    """ A name for the number. Default is the number, formatted for reading. """
    sms_application_sid: str | None = None
    """ The unique identifier of the cXML application that handles the number's incoming messages, instead of
    SmsUrl. """
    sms_fallback_method: HttpMethod | None = None
    sms_fallback_url: str | None = None
    """ The URL requested when the request to SmsUrl fails. """
    sms_method: HttpMethod | None = None
    sms_url: str | None = None
    """ The URL of the XML instructions requested when the number receives a message. """
    status_callback: str | None = None
    """ The URL SignalWire requests when an incoming call to the number ends. """
    status_callback_method: HttpMethod | None = None
    voice_application_sid: str | None = None
    """ The unique identifier of the cXML application that handles the number's incoming calls, instead of VoiceUrl.
    """
    voice_fallback_method: HttpMethod | None = None
    voice_fallback_url: str | None = None
    """ The URL requested when the request to VoiceUrl fails. """
    voice_method: HttpMethod | None = None
    voice_url: str | None = None
    """ The URL of the XML instructions requested when the number receives a call. """
    voice_receive_mode: IncomingPhoneNumberVoiceReceiveMode | None = None
    """ What a number's incoming calls are taken as. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ The fields of the body that the model does not name, as received. """
    fields_set: frozenset[str] = _attrs_field(init=False, repr=False)
    """ The Python names of the fields the body held, null ones included; for a model built directly, those not None. """

    @fields_set.default
    def _fields_not_none(self) -> frozenset[str]:
        return frozenset(name for _, name in _FIELDS if getattr(self, name) is not None)
