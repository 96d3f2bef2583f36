from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import NOT_NONE as _NOT_NONE
from signalwire_compat._model import Model as _Model


@_attrs_define
class AvailablePhoneNumberCountrySubresourceUris(_Model):
    """The URIs of a country's searches of numbers to buy."""

    local: None | str = None
    """The URI of the search of the country's local numbers."""
    toll_free: None | str = None
    """The URI of the search of the country's toll-free numbers."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """The fields of the body that the model does not name, as received."""
    fields_set: frozenset[str] = _attrs_field(init=False, repr=False, default=_NOT_NONE)
    """The Python names of the fields the body held, null ones included; for a model built
    directly, those not None."""
