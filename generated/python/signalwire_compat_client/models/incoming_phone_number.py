from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incoming_phone_number_address_requirements import (
    IncomingPhoneNumberAddressRequirements,
)
from ..models.incoming_phone_number_origin import IncomingPhoneNumberOrigin

if TYPE_CHECKING:
    from ..models.incoming_phone_number_capabilities import (
        IncomingPhoneNumberCapabilities,
    )


T = TypeVar("T", bound="IncomingPhoneNumber")

_FIELDS: tuple[tuple[str, str], ...] = (
    ("sid", "sid"),
    ("account_id", "account_id"),
    ("account_sid", "account_sid"),
    ("address_requirements", "address_requirements"),
    ("address_sid", "address_sid"),
    ("api_version", "api_version"),
    ("beta", "beta"),
    ("capabilities", "capabilities"),
    ("country_code", "country_code"),
    ("date_created", "date_created"),
    ("date_updated", "date_updated"),
    ("emergency_address_sid", "emergency_address_sid"),
    ("emergency_status", "emergency_status"),
    ("friendly_name", "friendly_name"),
    ("identity_sid", "identity_sid"),
    ("origin", "origin"),
    ("phone_number", "phone_number"),
    ("sms_application_sid", "sms_application_sid"),
    ("sms_fallback_method", "sms_fallback_method"),
    ("sms_fallback_url", "sms_fallback_url"),
    ("sms_method", "sms_method"),
    ("sms_url", "sms_url"),
    ("status_callback", "status_callback"),
    ("status_callback_method", "status_callback_method"),
    ("trunk_sid", "trunk_sid"),
    ("uri", "uri"),
    ("verification_status", "verification_status"),
    ("voice_application_sid", "voice_application_sid"),
    ("voice_caller_id_lookup", "voice_caller_id_lookup"),
    ("voice_fallback_method", "voice_fallback_method"),
    ("voice_fallback_url", "voice_fallback_url"),
    ("voice_method", "voice_method"),
    ("voice_url", "voice_url"),
)
"""The fields of the model: (name in the body, Python name)."""
_NAMES: dict[str, str] = dict(_FIELDS)


@_attrs_define
class IncomingPhoneNumber:
    """A phone number the project owns, as the service returns it. Fields the service may omit or send as null are optional
    and nullable.

    """

    sid: str
    """ The unique identifier of the number in the project. """
    account_id: None | str = None
    """ The unique identifier of the project that owns the number (as account_sid). """
    account_sid: None | str = None
    """ The unique identifier of the project that owns the number. """
    address_requirements: IncomingPhoneNumberAddressRequirements | None | str = None
    """ Whether the number needs an address registered with SignalWire; none in practice. """
    address_sid: None | str = None
    """ The unique identifier of the address registered for the number; null in practice. """
    api_version: None | str = None
    """ The version of the API that handles the number's calls and messages. """
    beta: bool | None = None
    """ Whether the number is new to SignalWire; false in practice. """
    capabilities: IncomingPhoneNumberCapabilities | None = None
    """ What the number can do. """
    country_code: None | str = None
    """ The number's country, as its ISO 3166-1 alpha-2 code. """
    date_created: None | str = None
    """ When the number was bought or imported, in RFC 2822 format. """
    date_updated: None | str = None
    """ When the number was last updated, in RFC 2822 format. """
    emergency_address_sid: None | str = None
    """ The unique identifier of the address registered for E911 calls; null if none. """
    emergency_status: None | str = None
    """ Whether an E911 address is active for the number, Active or Inactive. """
    friendly_name: None | str = None
    """ The name of the number; by default the number, formatted for reading. """
    identity_sid: None | str = None
    """ The unique identifier of the identity registered for the number; null in practice. """
    origin: IncomingPhoneNumberOrigin | None | str = None
    """ Where the number comes from. """
    phone_number: None | str = None
    """ The number in E.164 format. """
    sms_application_sid: None | str = None
    """ The unique identifier of the cXML application for incoming messages; null if none. """
    sms_fallback_method: None | str = None
    """ Whether the request to sms_fallback_url is a GET or a POST. """
    sms_fallback_url: None | str = None
    """ The URL requested when the request to sms_url fails; null or empty if none. """
    sms_method: None | str = None
    """ Whether the request to sms_url is a GET or a POST. """
    sms_url: None | str = None
    """ The URL requested when the number receives a message; null or empty if none. """
    status_callback: None | str = None
    """ The URL requested when an incoming call to the number ends; null or empty if none. """
    status_callback_method: None | str = None
    """ Whether the request to status_callback is a GET or a POST. """
    trunk_sid: None | str = None
    """ The unique identifier of the trunk the number belongs to; null in practice. """
    uri: None | str = None
    """ The URI of the number. """
    verification_status: None | str = None
    """ Whether a toll-free number is verified for messaging, such as Unverified; toll-free numbers only. """
    voice_application_sid: None | str = None
    """ The unique identifier of the cXML application for incoming calls; null if none. """
    voice_caller_id_lookup: bool | None = None
    """ Whether callers' names are looked up; null in practice. """
    voice_fallback_method: None | str = None
    """ Whether the request to voice_fallback_url is a GET or a POST. """
    voice_fallback_url: None | str = None
    """ The URL requested when the request to voice_url fails; null or empty if none. """
    voice_method: None | str = None
    """ Whether the request to voice_url is a GET or a POST. """
    voice_url: None | str = None
    """ The URL requested when the number receives a call; null or empty if none. """
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
        from ..models.incoming_phone_number_capabilities import (
            IncomingPhoneNumberCapabilities,
        )

        sid = self.sid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sid": sid,
            }
        )
        if self.account_id is not None:
            field_dict["account_id"] = self.account_id
        elif "account_id" in self.fields_set:
            field_dict["account_id"] = None
        if self.account_sid is not None:
            field_dict["account_sid"] = self.account_sid
        elif "account_sid" in self.fields_set:
            field_dict["account_sid"] = None
        if self.address_requirements is not None:
            address_requirements: None | str
            if isinstance(
                self.address_requirements, IncomingPhoneNumberAddressRequirements
            ):
                address_requirements = self.address_requirements.value
            else:
                address_requirements = self.address_requirements

            field_dict["address_requirements"] = address_requirements
        elif "address_requirements" in self.fields_set:
            field_dict["address_requirements"] = None
        if self.address_sid is not None:
            field_dict["address_sid"] = self.address_sid
        elif "address_sid" in self.fields_set:
            field_dict["address_sid"] = None
        if self.api_version is not None:
            field_dict["api_version"] = self.api_version
        elif "api_version" in self.fields_set:
            field_dict["api_version"] = None
        if self.beta is not None:
            field_dict["beta"] = self.beta
        elif "beta" in self.fields_set:
            field_dict["beta"] = None
        if self.capabilities is not None:
            capabilities: dict[str, Any] | None
            if isinstance(self.capabilities, IncomingPhoneNumberCapabilities):
                capabilities = self.capabilities.to_dict()
            else:
                capabilities = self.capabilities

            field_dict["capabilities"] = capabilities
        elif "capabilities" in self.fields_set:
            field_dict["capabilities"] = None
        if self.country_code is not None:
            field_dict["country_code"] = self.country_code
        elif "country_code" in self.fields_set:
            field_dict["country_code"] = None
        if self.date_created is not None:
            field_dict["date_created"] = self.date_created
        elif "date_created" in self.fields_set:
            field_dict["date_created"] = None
        if self.date_updated is not None:
            field_dict["date_updated"] = self.date_updated
        elif "date_updated" in self.fields_set:
            field_dict["date_updated"] = None
        if self.emergency_address_sid is not None:
            field_dict["emergency_address_sid"] = self.emergency_address_sid
        elif "emergency_address_sid" in self.fields_set:
            field_dict["emergency_address_sid"] = None
        if self.emergency_status is not None:
            field_dict["emergency_status"] = self.emergency_status
        elif "emergency_status" in self.fields_set:
            field_dict["emergency_status"] = None
        if self.friendly_name is not None:
            field_dict["friendly_name"] = self.friendly_name
        elif "friendly_name" in self.fields_set:
            field_dict["friendly_name"] = None
        if self.identity_sid is not None:
            field_dict["identity_sid"] = self.identity_sid
        elif "identity_sid" in self.fields_set:
            field_dict["identity_sid"] = None
        if self.origin is not None:
            origin: None | str
            if isinstance(self.origin, IncomingPhoneNumberOrigin):
                origin = self.origin.value
            else:
                origin = self.origin

            field_dict["origin"] = origin
        elif "origin" in self.fields_set:
            field_dict["origin"] = None
        if self.phone_number is not None:
            field_dict["phone_number"] = self.phone_number
        elif "phone_number" in self.fields_set:
            field_dict["phone_number"] = None
        if self.sms_application_sid is not None:
            field_dict["sms_application_sid"] = self.sms_application_sid
        elif "sms_application_sid" in self.fields_set:
            field_dict["sms_application_sid"] = None
        if self.sms_fallback_method is not None:
            field_dict["sms_fallback_method"] = self.sms_fallback_method
        elif "sms_fallback_method" in self.fields_set:
            field_dict["sms_fallback_method"] = None
        if self.sms_fallback_url is not None:
            field_dict["sms_fallback_url"] = self.sms_fallback_url
        elif "sms_fallback_url" in self.fields_set:
            field_dict["sms_fallback_url"] = None
        if self.sms_method is not None:
            field_dict["sms_method"] = self.sms_method
        elif "sms_method" in self.fields_set:
            field_dict["sms_method"] = None
        if self.sms_url is not None:
            field_dict["sms_url"] = self.sms_url
        elif "sms_url" in self.fields_set:
            field_dict["sms_url"] = None
        if self.status_callback is not None:
            field_dict["status_callback"] = self.status_callback
        elif "status_callback" in self.fields_set:
            field_dict["status_callback"] = None
        if self.status_callback_method is not None:
            field_dict["status_callback_method"] = self.status_callback_method
        elif "status_callback_method" in self.fields_set:
            field_dict["status_callback_method"] = None
        if self.trunk_sid is not None:
            field_dict["trunk_sid"] = self.trunk_sid
        elif "trunk_sid" in self.fields_set:
            field_dict["trunk_sid"] = None
        if self.uri is not None:
            field_dict["uri"] = self.uri
        elif "uri" in self.fields_set:
            field_dict["uri"] = None
        if self.verification_status is not None:
            field_dict["verification_status"] = self.verification_status
        elif "verification_status" in self.fields_set:
            field_dict["verification_status"] = None
        if self.voice_application_sid is not None:
            field_dict["voice_application_sid"] = self.voice_application_sid
        elif "voice_application_sid" in self.fields_set:
            field_dict["voice_application_sid"] = None
        if self.voice_caller_id_lookup is not None:
            field_dict["voice_caller_id_lookup"] = self.voice_caller_id_lookup
        elif "voice_caller_id_lookup" in self.fields_set:
            field_dict["voice_caller_id_lookup"] = None
        if self.voice_fallback_method is not None:
            field_dict["voice_fallback_method"] = self.voice_fallback_method
        elif "voice_fallback_method" in self.fields_set:
            field_dict["voice_fallback_method"] = None
        if self.voice_fallback_url is not None:
            field_dict["voice_fallback_url"] = self.voice_fallback_url
        elif "voice_fallback_url" in self.fields_set:
            field_dict["voice_fallback_url"] = None
        if self.voice_method is not None:
            field_dict["voice_method"] = self.voice_method
        elif "voice_method" in self.fields_set:
            field_dict["voice_method"] = None
        if self.voice_url is not None:
            field_dict["voice_url"] = self.voice_url
        elif "voice_url" in self.fields_set:
            field_dict["voice_url"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a body; a field left out or null reads None, and `fields_set` tells them apart."""
        from ..models.incoming_phone_number_capabilities import (
            IncomingPhoneNumberCapabilities,
        )

        d = dict(src_dict)
        fields_set = frozenset(map(_NAMES.__getitem__, _NAMES.keys() & d.keys()))
        sid = d.pop("sid")

        account_id: None | str = d.pop("account_id", None)

        account_sid: None | str = d.pop("account_sid", None)

        _address_requirements = d.pop("address_requirements", None)
        address_requirements: IncomingPhoneNumberAddressRequirements | None | str = None
        if _address_requirements is not None:

            def _parse_address_requirements(
                data: object,
            ) -> IncomingPhoneNumberAddressRequirements | None | str:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    address_requirements_type_0 = (
                        IncomingPhoneNumberAddressRequirements(data)
                    )

                    return address_requirements_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(IncomingPhoneNumberAddressRequirements | None | str, data)

            address_requirements = _parse_address_requirements(_address_requirements)

        address_sid: None | str = d.pop("address_sid", None)

        api_version: None | str = d.pop("api_version", None)

        beta: bool | None = d.pop("beta", None)

        _capabilities = d.pop("capabilities", None)
        capabilities: IncomingPhoneNumberCapabilities | None = None
        if _capabilities is not None:

            def _parse_capabilities(
                data: object,
            ) -> IncomingPhoneNumberCapabilities | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    capabilities_type_0 = IncomingPhoneNumberCapabilities.from_dict(
                        data
                    )

                    return capabilities_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(IncomingPhoneNumberCapabilities | None, data)

            capabilities = _parse_capabilities(_capabilities)

        country_code: None | str = d.pop("country_code", None)

        date_created: None | str = d.pop("date_created", None)

        date_updated: None | str = d.pop("date_updated", None)

        emergency_address_sid: None | str = d.pop("emergency_address_sid", None)

        emergency_status: None | str = d.pop("emergency_status", None)

        friendly_name: None | str = d.pop("friendly_name", None)

        identity_sid: None | str = d.pop("identity_sid", None)

        _origin = d.pop("origin", None)
        origin: IncomingPhoneNumberOrigin | None | str = None
        if _origin is not None:

            def _parse_origin(data: object) -> IncomingPhoneNumberOrigin | None | str:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    origin_type_0 = IncomingPhoneNumberOrigin(data)

                    return origin_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(IncomingPhoneNumberOrigin | None | str, data)

            origin = _parse_origin(_origin)

        phone_number: None | str = d.pop("phone_number", None)

        sms_application_sid: None | str = d.pop("sms_application_sid", None)

        sms_fallback_method: None | str = d.pop("sms_fallback_method", None)

        sms_fallback_url: None | str = d.pop("sms_fallback_url", None)

        sms_method: None | str = d.pop("sms_method", None)

        sms_url: None | str = d.pop("sms_url", None)

        status_callback: None | str = d.pop("status_callback", None)

        status_callback_method: None | str = d.pop("status_callback_method", None)

        trunk_sid: None | str = d.pop("trunk_sid", None)

        uri: None | str = d.pop("uri", None)

        verification_status: None | str = d.pop("verification_status", None)

        voice_application_sid: None | str = d.pop("voice_application_sid", None)

        voice_caller_id_lookup: bool | None = d.pop("voice_caller_id_lookup", None)

        voice_fallback_method: None | str = d.pop("voice_fallback_method", None)

        voice_fallback_url: None | str = d.pop("voice_fallback_url", None)

        voice_method: None | str = d.pop("voice_method", None)

        voice_url: None | str = d.pop("voice_url", None)

        # Built without __init__, whose defaults (fields_set from the fields that are not None, an
        # empty additional_properties) would only be replaced; the model has no validators.
        incoming_phone_number = cls.__new__(cls)
        incoming_phone_number.sid = sid
        incoming_phone_number.account_id = account_id
        incoming_phone_number.account_sid = account_sid
        incoming_phone_number.address_requirements = address_requirements
        incoming_phone_number.address_sid = address_sid
        incoming_phone_number.api_version = api_version
        incoming_phone_number.beta = beta
        incoming_phone_number.capabilities = capabilities
        incoming_phone_number.country_code = country_code
        incoming_phone_number.date_created = date_created
        incoming_phone_number.date_updated = date_updated
        incoming_phone_number.emergency_address_sid = emergency_address_sid
        incoming_phone_number.emergency_status = emergency_status
        incoming_phone_number.friendly_name = friendly_name
        incoming_phone_number.identity_sid = identity_sid
        incoming_phone_number.origin = origin
        incoming_phone_number.phone_number = phone_number
        incoming_phone_number.sms_application_sid = sms_application_sid
        incoming_phone_number.sms_fallback_method = sms_fallback_method
        incoming_phone_number.sms_fallback_url = sms_fallback_url
        incoming_phone_number.sms_method = sms_method
        incoming_phone_number.sms_url = sms_url
        incoming_phone_number.status_callback = status_callback
        incoming_phone_number.status_callback_method = status_callback_method
        incoming_phone_number.trunk_sid = trunk_sid
        incoming_phone_number.uri = uri
        incoming_phone_number.verification_status = verification_status
        incoming_phone_number.voice_application_sid = voice_application_sid
        incoming_phone_number.voice_caller_id_lookup = voice_caller_id_lookup
        incoming_phone_number.voice_fallback_method = voice_fallback_method
        incoming_phone_number.voice_fallback_url = voice_fallback_url
        incoming_phone_number.voice_method = voice_method
        incoming_phone_number.voice_url = voice_url
        incoming_phone_number.fields_set = fields_set

        incoming_phone_number.additional_properties = d
        return incoming_phone_number

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
