from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.http_method import HttpMethod

T = TypeVar("T", bound="CreateApplicationRequest")

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
_NAMES: dict[str, str] = dict(_FIELDS)


@_attrs_define
class CreateApplicationRequest:
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
    """ The Python names of the fields the body held, null ones included (as pydantic's `model_fields_set`): a
    field left out reads None and is not here. For a model built directly: its fields that are not None. It takes
    part in `==`, as `to_dict()` differs with it. """

    @fields_set.default
    def _fields_not_none(self) -> frozenset[str]:
        return frozenset(name for _, name in _FIELDS if getattr(self, name) is not None)

    def to_dict(self) -> dict[str, Any]:
        """The body as received: a field left out stays out, a null one stays null."""
        friendly_name = self.friendly_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "FriendlyName": friendly_name,
            }
        )
        if self.voice_url is not None:
            field_dict["VoiceUrl"] = self.voice_url
        elif "voice_url" in self.fields_set:
            field_dict["VoiceUrl"] = None
        if self.voice_method is not None:
            voice_method = self.voice_method.value

            field_dict["VoiceMethod"] = voice_method
        elif "voice_method" in self.fields_set:
            field_dict["VoiceMethod"] = None
        if self.voice_fallback_url is not None:
            field_dict["VoiceFallbackUrl"] = self.voice_fallback_url
        elif "voice_fallback_url" in self.fields_set:
            field_dict["VoiceFallbackUrl"] = None
        if self.voice_fallback_method is not None:
            voice_fallback_method = self.voice_fallback_method.value

            field_dict["VoiceFallbackMethod"] = voice_fallback_method
        elif "voice_fallback_method" in self.fields_set:
            field_dict["VoiceFallbackMethod"] = None
        if self.status_callback is not None:
            field_dict["StatusCallback"] = self.status_callback
        elif "status_callback" in self.fields_set:
            field_dict["StatusCallback"] = None
        if self.status_callback_method is not None:
            status_callback_method = self.status_callback_method.value

            field_dict["StatusCallbackMethod"] = status_callback_method
        elif "status_callback_method" in self.fields_set:
            field_dict["StatusCallbackMethod"] = None
        if self.sms_url is not None:
            field_dict["SmsUrl"] = self.sms_url
        elif "sms_url" in self.fields_set:
            field_dict["SmsUrl"] = None
        if self.sms_method is not None:
            sms_method = self.sms_method.value

            field_dict["SmsMethod"] = sms_method
        elif "sms_method" in self.fields_set:
            field_dict["SmsMethod"] = None
        if self.sms_fallback_url is not None:
            field_dict["SmsFallbackUrl"] = self.sms_fallback_url
        elif "sms_fallback_url" in self.fields_set:
            field_dict["SmsFallbackUrl"] = None
        if self.sms_fallback_method is not None:
            sms_fallback_method = self.sms_fallback_method.value

            field_dict["SmsFallbackMethod"] = sms_fallback_method
        elif "sms_fallback_method" in self.fields_set:
            field_dict["SmsFallbackMethod"] = None
        if self.sms_status_callback is not None:
            field_dict["SmsStatusCallback"] = self.sms_status_callback
        elif "sms_status_callback" in self.fields_set:
            field_dict["SmsStatusCallback"] = None
        if self.sms_status_callback_method is not None:
            sms_status_callback_method = self.sms_status_callback_method.value

            field_dict["SmsStatusCallbackMethod"] = sms_status_callback_method
        elif "sms_status_callback_method" in self.fields_set:
            field_dict["SmsStatusCallbackMethod"] = None
        if self.message_status_callback is not None:
            field_dict["MessageStatusCallback"] = self.message_status_callback
        elif "message_status_callback" in self.fields_set:
            field_dict["MessageStatusCallback"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a body; a field left out or null reads None, and `fields_set` tells them apart."""
        d = dict(src_dict)
        fields_set = frozenset(map(_NAMES.__getitem__, _NAMES.keys() & d.keys()))
        friendly_name = d.pop("FriendlyName")

        voice_url: str | None = d.pop("VoiceUrl", None)

        _voice_method = d.pop("VoiceMethod", None)
        voice_method: HttpMethod | None = None
        if _voice_method is not None:
            voice_method = HttpMethod(_voice_method)

        voice_fallback_url: str | None = d.pop("VoiceFallbackUrl", None)

        _voice_fallback_method = d.pop("VoiceFallbackMethod", None)
        voice_fallback_method: HttpMethod | None = None
        if _voice_fallback_method is not None:
            voice_fallback_method = HttpMethod(_voice_fallback_method)

        status_callback: str | None = d.pop("StatusCallback", None)

        _status_callback_method = d.pop("StatusCallbackMethod", None)
        status_callback_method: HttpMethod | None = None
        if _status_callback_method is not None:
            status_callback_method = HttpMethod(_status_callback_method)

        sms_url: str | None = d.pop("SmsUrl", None)

        _sms_method = d.pop("SmsMethod", None)
        sms_method: HttpMethod | None = None
        if _sms_method is not None:
            sms_method = HttpMethod(_sms_method)

        sms_fallback_url: str | None = d.pop("SmsFallbackUrl", None)

        _sms_fallback_method = d.pop("SmsFallbackMethod", None)
        sms_fallback_method: HttpMethod | None = None
        if _sms_fallback_method is not None:
            sms_fallback_method = HttpMethod(_sms_fallback_method)

        sms_status_callback: str | None = d.pop("SmsStatusCallback", None)

        _sms_status_callback_method = d.pop("SmsStatusCallbackMethod", None)
        sms_status_callback_method: HttpMethod | None = None
        if _sms_status_callback_method is not None:
            sms_status_callback_method = HttpMethod(_sms_status_callback_method)

        message_status_callback: str | None = d.pop("MessageStatusCallback", None)

        # Built without __init__, whose defaults (fields_set from the fields that are not None, an
        # empty additional_properties) would only be replaced; the model has no validators.
        create_application_request = cls.__new__(cls)
        create_application_request.friendly_name = friendly_name
        create_application_request.voice_url = voice_url
        create_application_request.voice_method = voice_method
        create_application_request.voice_fallback_url = voice_fallback_url
        create_application_request.voice_fallback_method = voice_fallback_method
        create_application_request.status_callback = status_callback
        create_application_request.status_callback_method = status_callback_method
        create_application_request.sms_url = sms_url
        create_application_request.sms_method = sms_method
        create_application_request.sms_fallback_url = sms_fallback_url
        create_application_request.sms_fallback_method = sms_fallback_method
        create_application_request.sms_status_callback = sms_status_callback
        create_application_request.sms_status_callback_method = (
            sms_status_callback_method
        )
        create_application_request.message_status_callback = message_status_callback
        create_application_request.fields_set = fields_set

        create_application_request.additional_properties = d
        return create_application_request

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
