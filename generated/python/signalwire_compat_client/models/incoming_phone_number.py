from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import NOT_NONE as _NOT_NONE
from signalwire_compat._model import Model as _Model

from ..models.incoming_phone_number_address_requirements import (
    IncomingPhoneNumberAddressRequirements,
)
from ..models.incoming_phone_number_origin import IncomingPhoneNumberOrigin

if TYPE_CHECKING:
    from ..models.incoming_phone_number_capabilities import (
        IncomingPhoneNumberCapabilities,
    )


@_attrs_define
class IncomingPhoneNumber(_Model):
    """A phone number the project owns, as the service returns it. Fields the service may omit or send as null are optional
    and nullable.

    """

    sid: str
    """The unique identifier of the number in the project."""
    account_id: None | str = None
    """The unique identifier of the project that owns the number (as account_sid)."""
    account_sid: None | str = None
    """The unique identifier of the project that owns the number."""
    address_requirements: IncomingPhoneNumberAddressRequirements | None | str = None
    """Whether the number needs an address registered with SignalWire; none in practice."""
    address_sid: None | str = None
    """The unique identifier of the address registered for the number; null in practice."""
    api_version: None | str = None
    """The version of the API that handles the number's calls and messages."""
    beta: bool | None = None
    """Whether the number is new to SignalWire; false in practice."""
    capabilities: IncomingPhoneNumberCapabilities | None = None
    """What the number can do."""
    country_code: None | str = None
    """The number's country, as its ISO 3166-1 alpha-2 code."""
    date_created: None | str = None
    """When the number was bought or imported, in RFC 2822 format."""
    date_updated: None | str = None
    """When the number was last updated, in RFC 2822 format."""
    emergency_address_sid: None | str = None
    """The unique identifier of the address registered for E911 calls; null if none."""
    emergency_status: None | str = None
    """Whether an E911 address is active for the number, Active or Inactive."""
    friendly_name: None | str = None
    """The name of the number; by default the number, formatted for reading."""
    identity_sid: None | str = None
    """The unique identifier of the identity registered for the number; null in practice."""
    origin: IncomingPhoneNumberOrigin | None | str = None
    """Where the number comes from."""
    phone_number: None | str = None
    """The number in E.164 format."""
    sms_application_sid: None | str = None
    """The unique identifier of the cXML application for incoming messages; null if none."""
    sms_fallback_method: None | str = None
    """Whether the request to sms_fallback_url is a GET or a POST."""
    sms_fallback_url: None | str = None
    """The URL requested when the request to sms_url fails; null or empty if none."""
    sms_method: None | str = None
    """Whether the request to sms_url is a GET or a POST."""
    sms_url: None | str = None
    """The URL requested when the number receives a message; null or empty if none."""
    status_callback: None | str = None
    """The URL requested when an incoming call to the number ends; null or empty if none."""
    status_callback_method: None | str = None
    """Whether the request to status_callback is a GET or a POST."""
    trunk_sid: None | str = None
    """The unique identifier of the trunk the number belongs to; null in practice."""
    uri: None | str = None
    """The URI of the number."""
    verification_status: None | str = None
    """Whether a toll-free number is verified for messaging, such as Unverified; toll-free numbers only."""
    voice_application_sid: None | str = None
    """The unique identifier of the cXML application for incoming calls; null if none."""
    voice_caller_id_lookup: bool | None = None
    """Whether callers' names are looked up; null in practice."""
    voice_fallback_method: None | str = None
    """Whether the request to voice_fallback_url is a GET or a POST."""
    voice_fallback_url: None | str = None
    """The URL requested when the request to voice_url fails; null or empty if none."""
    voice_method: None | str = None
    """Whether the request to voice_url is a GET or a POST."""
    voice_url: None | str = None
    """The URL requested when the number receives a call; null or empty if none."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """The fields of the body that the model does not name, as received."""
    fields_set: frozenset[str] = _attrs_field(init=False, repr=False, default=_NOT_NONE)
    """The Python names of the fields the body held, null ones included; for a model built
    directly, those not None."""
