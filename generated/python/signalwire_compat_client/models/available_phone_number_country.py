from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import NOT_NONE as _NOT_NONE
from signalwire_compat._model import Model as _Model

if TYPE_CHECKING:
    from ..models.available_phone_number_country_subresource_uris import (
        AvailablePhoneNumberCountrySubresourceUris,
    )


@_attrs_define
class AvailablePhoneNumberCountry(_Model):
    """A country in which the project can buy phone numbers, as the service returns it. Fields the service may omit or send
    as null are optional and nullable.

    """

    country_code: str
    """The country's ISO 3166-1 alpha-2 code, such as US."""
    country: None | str = None
    """The name of the country, such as United States."""
    beta: bool | None = None
    """Whether the country's numbers are new to SignalWire; false in practice."""
    uri: None | str = None
    """The URI of the country."""
    subresource_uris: AvailablePhoneNumberCountrySubresourceUris | None = None
    """The URIs of the country's searches."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """The fields of the body that the model does not name, as received."""
    fields_set: frozenset[str] = _attrs_field(init=False, repr=False, default=_NOT_NONE)
    """The Python names of the fields the body held, null ones included; for a model built
    directly, those not None."""
