from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import Model as _Model

_FIELDS: tuple[tuple[str, str], ...] = (("Body", "body"),)
"""The fields of the model: (name in the body, Python name)."""


@_attrs_define
class UpdateMessageRequest(_Model):
    """The change to a message. The only change the service accepts is redacting its body."""

    body: str
    """ The new text of the message; it must be empty, which redacts the message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ The fields of the body that the model does not name, as received. """
    fields_set: frozenset[str] = _attrs_field(init=False, repr=False)
    """ The Python names of the fields the body held, null ones included; for a model built directly, those not None. """

    @fields_set.default
    def _fields_not_none(self) -> frozenset[str]:
        return frozenset(name for _, name in _FIELDS if getattr(self, name) is not None)
