from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import Model as _Model

from ..models.imported_phone_number_capability import ImportedPhoneNumberCapability
from ..models.imported_phone_number_type import ImportedPhoneNumberType

_FIELDS: tuple[tuple[str, str], ...] = (
    ("number", "number"),
    ("number_type", "number_type"),
    ("capabilities", "capabilities"),
)
"""The fields of the model: (name in the body, Python name)."""


@_attrs_define
class CreateImportedPhoneNumberRequest(_Model):
    """The number to import. Unlike the other bodies of the API, its field names are in snake_case, as the service takes
    them.

    """

    number: str
    """ The number to import, in E.164 format (a + and 5 to 30 digits). """
    number_type: ImportedPhoneNumberType
    """ The kind of number imported. """
    capabilities: list[ImportedPhoneNumberCapability] | None = None
    """ What to enable on the number, at least one; sent as the name repeated. Default is all four: sms, voice, fax
    and mms. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ The fields of the body that the model does not name, as received. """
    fields_set: frozenset[str] = _attrs_field(init=False, repr=False)
    """ The Python names of the fields the body held, null ones included; for a model built directly, those not None. """

    @fields_set.default
    def _fields_not_none(self) -> frozenset[str]:
        return frozenset(name for _, name in _FIELDS if getattr(self, name) is not None)
