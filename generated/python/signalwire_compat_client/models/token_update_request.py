from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import Model as _Model

from ..models.token_permission import TokenPermission

_FIELDS: tuple[tuple[str, str], ...] = (
    ("name", "name"),
    ("permissions", "permissions"),
)
"""The fields of the model: (name in the body, Python name)."""


@_attrs_define
class TokenUpdateRequest(_Model):
    """The changes to an API token, sent as JSON; a field left out keeps its value."""

    name: str | None = None
    """ The new name of the token. """
    permissions: list[TokenPermission] | None = None
    """ The token's new permissions, in place of the old ones. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ The fields of the body that the model does not name, as received. """
    fields_set: frozenset[str] = _attrs_field(init=False, repr=False)
    """ The Python names of the fields the body held, null ones included; for a model built directly, those not None. """

    @fields_set.default
    def _fields_not_none(self) -> frozenset[str]:
        return frozenset(name for _, name in _FIELDS if getattr(self, name) is not None)
