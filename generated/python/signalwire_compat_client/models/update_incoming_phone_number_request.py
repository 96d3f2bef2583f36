from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.http_method import HttpMethod
from ..models.incoming_phone_number_voice_receive_mode import (
    IncomingPhoneNumberVoiceReceiveMode,
)

T = TypeVar("T", bound="UpdateIncomingPhoneNumberRequest")

_FIELDS: tuple[tuple[str, str], ...] = (
    ("AccountSid", "account_sid"),
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
    ("EmergencyAddressSid", "emergency_address_sid"),
    ("VoiceReceiveMode", "voice_receive_mode"),
)
"""The fields of the model: (name in the body, Python name)."""
_NAMES: dict[str, str] = dict(_FIELDS)


@_attrs_define
class UpdateIncomingPhoneNumberRequest:
    """The changes to a number, in the order twilio-python sends the fields; each is optional. Give an empty URL to clear
    one.

    """

    account_sid: str | None = None
    """ The unique identifier of the project, of the same space, to move the number to. Sent as AccountSid, but not
    the path's AccountSid, which is the project that owns the number now. """
    friendly_name: str | None = None
    """ A new name for the number, up to 255 characters. """
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
    emergency_address_sid: str | None = None
    """ The unique identifier of the address registered for E911 calls from the number (not for toll-free numbers).
    """
    voice_receive_mode: IncomingPhoneNumberVoiceReceiveMode | None = None
    """ What a number's incoming calls are taken as. """
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.account_sid is not None:
            field_dict["AccountSid"] = self.account_sid
        elif "account_sid" in self.fields_set:
            field_dict["AccountSid"] = None
        if self.friendly_name is not None:
            field_dict["FriendlyName"] = self.friendly_name
        elif "friendly_name" in self.fields_set:
            field_dict["FriendlyName"] = None
        if self.sms_application_sid is not None:
            field_dict["SmsApplicationSid"] = self.sms_application_sid
        elif "sms_application_sid" in self.fields_set:
            field_dict["SmsApplicationSid"] = None
        if self.sms_fallback_method is not None:
            sms_fallback_method = self.sms_fallback_method.value

            field_dict["SmsFallbackMethod"] = sms_fallback_method
        elif "sms_fallback_method" in self.fields_set:
            field_dict["SmsFallbackMethod"] = None
        if self.sms_fallback_url is not None:
            field_dict["SmsFallbackUrl"] = self.sms_fallback_url
        elif "sms_fallback_url" in self.fields_set:
            field_dict["SmsFallbackUrl"] = None
        if self.sms_method is not None:
            sms_method = self.sms_method.value

            field_dict["SmsMethod"] = sms_method
        elif "sms_method" in self.fields_set:
            field_dict["SmsMethod"] = None
        if self.sms_url is not None:
            field_dict["SmsUrl"] = self.sms_url
        elif "sms_url" in self.fields_set:
            field_dict["SmsUrl"] = None
        if self.status_callback is not None:
            field_dict["StatusCallback"] = self.status_callback
        elif "status_callback" in self.fields_set:
            field_dict["StatusCallback"] = None
        if self.status_callback_method is not None:
            status_callback_method = self.status_callback_method.value

            field_dict["StatusCallbackMethod"] = status_callback_method
        elif "status_callback_method" in self.fields_set:
            field_dict["StatusCallbackMethod"] = None
        if self.voice_application_sid is not None:
            field_dict["VoiceApplicationSid"] = self.voice_application_sid
        elif "voice_application_sid" in self.fields_set:
            field_dict["VoiceApplicationSid"] = None
        if self.voice_fallback_method is not None:
            voice_fallback_method = self.voice_fallback_method.value

            field_dict["VoiceFallbackMethod"] = voice_fallback_method
        elif "voice_fallback_method" in self.fields_set:
            field_dict["VoiceFallbackMethod"] = None
        if self.voice_fallback_url is not None:
            field_dict["VoiceFallbackUrl"] = self.voice_fallback_url
        elif "voice_fallback_url" in self.fields_set:
            field_dict["VoiceFallbackUrl"] = None
        if self.voice_method is not None:
            voice_method = self.voice_method.value

            field_dict["VoiceMethod"] = voice_method
        elif "voice_method" in self.fields_set:
            field_dict["VoiceMethod"] = None
        if self.voice_url is not None:
            field_dict["VoiceUrl"] = self.voice_url
        elif "voice_url" in self.fields_set:
            field_dict["VoiceUrl"] = None
        if self.emergency_address_sid is not None:
            field_dict["EmergencyAddressSid"] = self.emergency_address_sid
        elif "emergency_address_sid" in self.fields_set:
            field_dict["EmergencyAddressSid"] = None
        if self.voice_receive_mode is not None:
            voice_receive_mode = self.voice_receive_mode.value

            field_dict["VoiceReceiveMode"] = voice_receive_mode
        elif "voice_receive_mode" in self.fields_set:
            field_dict["VoiceReceiveMode"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a body; a field left out or null reads None, and `fields_set` tells them apart."""
        d = dict(src_dict)
        fields_set = frozenset(map(_NAMES.__getitem__, _NAMES.keys() & d.keys()))
        account_sid: str | None = d.pop("AccountSid", None)

        friendly_name: str | None = d.pop("FriendlyName", None)

        sms_application_sid: str | None = d.pop("SmsApplicationSid", None)

        _sms_fallback_method = d.pop("SmsFallbackMethod", None)
        sms_fallback_method: HttpMethod | None = None
        if _sms_fallback_method is not None:
            sms_fallback_method = HttpMethod(_sms_fallback_method)

        sms_fallback_url: str | None = d.pop("SmsFallbackUrl", None)

        _sms_method = d.pop("SmsMethod", None)
        sms_method: HttpMethod | None = None
        if _sms_method is not None:
            sms_method = HttpMethod(_sms_method)

        sms_url: str | None = d.pop("SmsUrl", None)

        status_callback: str | None = d.pop("StatusCallback", None)

        _status_callback_method = d.pop("StatusCallbackMethod", None)
        status_callback_method: HttpMethod | None = None
        if _status_callback_method is not None:
            status_callback_method = HttpMethod(_status_callback_method)

        voice_application_sid: str | None = d.pop("VoiceApplicationSid", None)

        _voice_fallback_method = d.pop("VoiceFallbackMethod", None)
        voice_fallback_method: HttpMethod | None = None
        if _voice_fallback_method is not None:
            voice_fallback_method = HttpMethod(_voice_fallback_method)

        voice_fallback_url: str | None = d.pop("VoiceFallbackUrl", None)

        _voice_method = d.pop("VoiceMethod", None)
        voice_method: HttpMethod | None = None
        if _voice_method is not None:
            voice_method = HttpMethod(_voice_method)

        voice_url: str | None = d.pop("VoiceUrl", None)

        emergency_address_sid: str | None = d.pop("EmergencyAddressSid", None)

        _voice_receive_mode = d.pop("VoiceReceiveMode", None)
        voice_receive_mode: IncomingPhoneNumberVoiceReceiveMode | None = None
        if _voice_receive_mode is not None:
            voice_receive_mode = IncomingPhoneNumberVoiceReceiveMode(
                _voice_receive_mode
            )

        # Built without __init__, whose defaults (fields_set from the fields that are not None, an
        # empty additional_properties) would only be replaced; the model has no validators.
        update_incoming_phone_number_request = cls.__new__(cls)
        update_incoming_phone_number_request.account_sid = account_sid
        update_incoming_phone_number_request.friendly_name = friendly_name
        update_incoming_phone_number_request.sms_application_sid = sms_application_sid
        update_incoming_phone_number_request.sms_fallback_method = sms_fallback_method
        update_incoming_phone_number_request.sms_fallback_url = sms_fallback_url
        update_incoming_phone_number_request.sms_method = sms_method
        update_incoming_phone_number_request.sms_url = sms_url
        update_incoming_phone_number_request.status_callback = status_callback
        update_incoming_phone_number_request.status_callback_method = (
            status_callback_method
        )
        update_incoming_phone_number_request.voice_application_sid = (
            voice_application_sid
        )
        update_incoming_phone_number_request.voice_fallback_method = (
            voice_fallback_method
        )
        update_incoming_phone_number_request.voice_fallback_url = voice_fallback_url
        update_incoming_phone_number_request.voice_method = voice_method
        update_incoming_phone_number_request.voice_url = voice_url
        update_incoming_phone_number_request.emergency_address_sid = (
            emergency_address_sid
        )
        update_incoming_phone_number_request.voice_receive_mode = voice_receive_mode
        update_incoming_phone_number_request.fields_set = fields_set

        update_incoming_phone_number_request.additional_properties = d
        return update_incoming_phone_number_request

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
