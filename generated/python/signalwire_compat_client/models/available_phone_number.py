from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import NOT_NONE as _NOT_NONE
from signalwire_compat._model import Model as _Model

if TYPE_CHECKING:
    from ..models.available_phone_number_capabilities import (
        AvailablePhoneNumberCapabilities,
    )


@_attrs_define
class AvailablePhoneNumber(_Model):
    """A phone number the project can buy, as the service returns it. Fields the service may omit or send as null are
    optional and nullable.

    """

    phone_number: str
    """The number in E.164 format; give it to create_incoming_phone_number to buy it."""
    friendly_name: None | str = None
    """The number formatted for reading, such as (206) 555-0101."""
    lata: None | str = None
    """The number's LATA (a US calling area); SignalWire sends null."""
    locality: None | str = None
    """The number's city or locality; SignalWire sends null."""
    rate_center: None | str = None
    """The number's rate center, for numbers of the US and Canada."""
    latitude: None | str = None
    """The latitude of the number's location; SignalWire sends null."""
    longitude: None | str = None
    """The longitude of the number's location; SignalWire sends null."""
    region: None | str = None
    """The number's state or province, as its two-letter code, for numbers of the US and Canada."""
    postal_code: None | str = None
    """The postal code of the number's location; SignalWire sends null."""
    iso_country: None | str = None
    """The number's country, as its ISO 3166-1 alpha-2 code."""
    capabilities: AvailablePhoneNumberCapabilities | None = None
    """What the number can do."""
    beta: bool | None = None
    """Whether the number is new to SignalWire; false in practice."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """The fields of the body that the model does not name, as received."""
    fields_set: frozenset[str] = _attrs_field(init=False, repr=False, default=_NOT_NONE)
    """The Python names of the fields the body held, null ones included; for a model built
    directly, those not None."""
