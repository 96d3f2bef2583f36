from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.available_phone_number_capabilities import (
        AvailablePhoneNumberCapabilities,
    )


T = TypeVar("T", bound="AvailablePhoneNumber")

_FIELDS: tuple[tuple[str, str], ...] = (
    ("phone_number", "phone_number"),
    ("friendly_name", "friendly_name"),
    ("lata", "lata"),
    ("locality", "locality"),
    ("rate_center", "rate_center"),
    ("latitude", "latitude"),
    ("longitude", "longitude"),
    ("region", "region"),
    ("postal_code", "postal_code"),
    ("iso_country", "iso_country"),
    ("capabilities", "capabilities"),
    ("beta", "beta"),
)
"""The fields of the model: (name in the body, Python name)."""
_NAMES: dict[str, str] = dict(_FIELDS)


@_attrs_define
class AvailablePhoneNumber:
    """A phone number the project can buy, as the service returns it. Fields the service may omit or send as null are
    optional and nullable.

    """

    phone_number: str
    """ The number in E.164 format; give it to create_incoming_phone_number to buy it. """
    friendly_name: None | str = None
    """ The number formatted for reading, such as (206) 555-0101. """
    lata: None | str = None
    """ The number's LATA (a US calling area); SignalWire sends null. """
    locality: None | str = None
    """ The number's city or locality; SignalWire sends null. """
    rate_center: None | str = None
    """ The number's rate center, for numbers of the US and Canada. """
    latitude: None | str = None
    """ The latitude of the number's location; SignalWire sends null. """
    longitude: None | str = None
    """ The longitude of the number's location; SignalWire sends null. """
    region: None | str = None
    """ The number's state or province, as its two-letter code, for numbers of the US and Canada. """
    postal_code: None | str = None
    """ The postal code of the number's location; SignalWire sends null. """
    iso_country: None | str = None
    """ The number's country, as its ISO 3166-1 alpha-2 code. """
    capabilities: AvailablePhoneNumberCapabilities | None = None
    """ What the number can do. """
    beta: bool | None = None
    """ Whether the number is new to SignalWire; false in practice. """
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
        from ..models.available_phone_number_capabilities import (
            AvailablePhoneNumberCapabilities,
        )

        phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone_number": phone_number,
            }
        )
        if self.friendly_name is not None:
            field_dict["friendly_name"] = self.friendly_name
        elif "friendly_name" in self.fields_set:
            field_dict["friendly_name"] = None
        if self.lata is not None:
            field_dict["lata"] = self.lata
        elif "lata" in self.fields_set:
            field_dict["lata"] = None
        if self.locality is not None:
            field_dict["locality"] = self.locality
        elif "locality" in self.fields_set:
            field_dict["locality"] = None
        if self.rate_center is not None:
            field_dict["rate_center"] = self.rate_center
        elif "rate_center" in self.fields_set:
            field_dict["rate_center"] = None
        if self.latitude is not None:
            field_dict["latitude"] = self.latitude
        elif "latitude" in self.fields_set:
            field_dict["latitude"] = None
        if self.longitude is not None:
            field_dict["longitude"] = self.longitude
        elif "longitude" in self.fields_set:
            field_dict["longitude"] = None
        if self.region is not None:
            field_dict["region"] = self.region
        elif "region" in self.fields_set:
            field_dict["region"] = None
        if self.postal_code is not None:
            field_dict["postal_code"] = self.postal_code
        elif "postal_code" in self.fields_set:
            field_dict["postal_code"] = None
        if self.iso_country is not None:
            field_dict["iso_country"] = self.iso_country
        elif "iso_country" in self.fields_set:
            field_dict["iso_country"] = None
        if self.capabilities is not None:
            capabilities: dict[str, Any] | None
            if isinstance(self.capabilities, AvailablePhoneNumberCapabilities):
                capabilities = self.capabilities.to_dict()
            else:
                capabilities = self.capabilities

            field_dict["capabilities"] = capabilities
        elif "capabilities" in self.fields_set:
            field_dict["capabilities"] = None
        if self.beta is not None:
            field_dict["beta"] = self.beta
        elif "beta" in self.fields_set:
            field_dict["beta"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a body; a field left out or null reads None, and `fields_set` tells them apart."""
        from ..models.available_phone_number_capabilities import (
            AvailablePhoneNumberCapabilities,
        )

        d = dict(src_dict)
        fields_set = frozenset(map(_NAMES.__getitem__, _NAMES.keys() & d.keys()))
        phone_number = d.pop("phone_number")

        friendly_name: None | str = d.pop("friendly_name", None)

        lata: None | str = d.pop("lata", None)

        locality: None | str = d.pop("locality", None)

        rate_center: None | str = d.pop("rate_center", None)

        latitude: None | str = d.pop("latitude", None)

        longitude: None | str = d.pop("longitude", None)

        region: None | str = d.pop("region", None)

        postal_code: None | str = d.pop("postal_code", None)

        iso_country: None | str = d.pop("iso_country", None)

        _capabilities = d.pop("capabilities", None)
        capabilities: AvailablePhoneNumberCapabilities | None = None
        if _capabilities is not None:

            def _parse_capabilities(
                data: object,
            ) -> AvailablePhoneNumberCapabilities | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    capabilities_type_0 = AvailablePhoneNumberCapabilities.from_dict(
                        data
                    )

                    return capabilities_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AvailablePhoneNumberCapabilities | None, data)

            capabilities = _parse_capabilities(_capabilities)

        beta: bool | None = d.pop("beta", None)

        # Built without __init__, whose defaults (fields_set from the fields that are not None, an
        # empty additional_properties) would only be replaced; the model has no validators.
        available_phone_number = cls.__new__(cls)
        available_phone_number.phone_number = phone_number
        available_phone_number.friendly_name = friendly_name
        available_phone_number.lata = lata
        available_phone_number.locality = locality
        available_phone_number.rate_center = rate_center
        available_phone_number.latitude = latitude
        available_phone_number.longitude = longitude
        available_phone_number.region = region
        available_phone_number.postal_code = postal_code
        available_phone_number.iso_country = iso_country
        available_phone_number.capabilities = capabilities
        available_phone_number.beta = beta
        available_phone_number.fields_set = fields_set

        available_phone_number.additional_properties = d
        return available_phone_number

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
