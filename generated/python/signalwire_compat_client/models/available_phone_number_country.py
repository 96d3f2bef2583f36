from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.available_phone_number_country_subresource_uris import (
        AvailablePhoneNumberCountrySubresourceUris,
    )


T = TypeVar("T", bound="AvailablePhoneNumberCountry")

_FIELDS: tuple[tuple[str, str], ...] = (
    ("country_code", "country_code"),
    ("country", "country"),
    ("beta", "beta"),
    ("uri", "uri"),
    ("subresource_uris", "subresource_uris"),
)
"""The fields of the model: (name in the body, Python name)."""
_NAMES: dict[str, str] = dict(_FIELDS)


@_attrs_define
class AvailablePhoneNumberCountry:
    """A country in which the project can buy phone numbers, as the service returns it. Fields the service may omit or send
    as null are optional and nullable.

    """

    country_code: str
    """ The country's ISO 3166-1 alpha-2 code, such as US. """
    country: None | str = None
    """ The name of the country, such as United States. """
    beta: bool | None = None
    """ Whether the country's numbers are new to SignalWire; false in practice. """
    uri: None | str = None
    """ The URI of the country. """
    subresource_uris: AvailablePhoneNumberCountrySubresourceUris | None = None
    """ The URIs of the country's searches. """
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
        from ..models.available_phone_number_country_subresource_uris import (
            AvailablePhoneNumberCountrySubresourceUris,
        )

        country_code = self.country_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country_code": country_code,
            }
        )
        if self.country is not None:
            field_dict["country"] = self.country
        elif "country" in self.fields_set:
            field_dict["country"] = None
        if self.beta is not None:
            field_dict["beta"] = self.beta
        elif "beta" in self.fields_set:
            field_dict["beta"] = None
        if self.uri is not None:
            field_dict["uri"] = self.uri
        elif "uri" in self.fields_set:
            field_dict["uri"] = None
        if self.subresource_uris is not None:
            subresource_uris: dict[str, Any] | None
            if isinstance(
                self.subresource_uris, AvailablePhoneNumberCountrySubresourceUris
            ):
                subresource_uris = self.subresource_uris.to_dict()
            else:
                subresource_uris = self.subresource_uris

            field_dict["subresource_uris"] = subresource_uris
        elif "subresource_uris" in self.fields_set:
            field_dict["subresource_uris"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a body; a field left out or null reads None, and `fields_set` tells them apart."""
        from ..models.available_phone_number_country_subresource_uris import (
            AvailablePhoneNumberCountrySubresourceUris,
        )

        d = dict(src_dict)
        fields_set = frozenset(map(_NAMES.__getitem__, _NAMES.keys() & d.keys()))
        country_code = d.pop("country_code")

        country: None | str = d.pop("country", None)

        beta: bool | None = d.pop("beta", None)

        uri: None | str = d.pop("uri", None)

        _subresource_uris = d.pop("subresource_uris", None)
        subresource_uris: AvailablePhoneNumberCountrySubresourceUris | None = None
        if _subresource_uris is not None:

            def _parse_subresource_uris(
                data: object,
            ) -> AvailablePhoneNumberCountrySubresourceUris | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    subresource_uris_type_0 = (
                        AvailablePhoneNumberCountrySubresourceUris.from_dict(data)
                    )

                    return subresource_uris_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AvailablePhoneNumberCountrySubresourceUris | None, data)

            subresource_uris = _parse_subresource_uris(_subresource_uris)

        # Built without __init__, whose defaults (fields_set from the fields that are not None, an
        # empty additional_properties) would only be replaced; the model has no validators.
        available_phone_number_country = cls.__new__(cls)
        available_phone_number_country.country_code = country_code
        available_phone_number_country.country = country
        available_phone_number_country.beta = beta
        available_phone_number_country.uri = uri
        available_phone_number_country.subresource_uris = subresource_uris
        available_phone_number_country.fields_set = fields_set

        available_phone_number_country.additional_properties = d
        return available_phone_number_country

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
