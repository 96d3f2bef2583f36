from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import Model as _Model

from ..models.token_permission import TokenPermission

_FIELDS: tuple[tuple[str, str], ...] = (
    ("name", "name"),
    ("permissions", "permissions"),
    ("subproject_id", "subproject_id"),
)
"""The fields of the model: (name in the body, Python name)."""


@_attrs_define
class TokenCreateRequest(_Model):
    """The fields of a new API token."""

    name: str
    """ The name of the token. """
    permissions: list[TokenPermission]
    """ What the token may be used for; at least one permission. """
    subproject_id: str | None = None
    """ The Project ID of the subproject the token is for; it must be a subproject of this project. Left out, the
    token is the project's own. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ The fields of the body that the model does not name, as received. """
    fields_set: frozenset[str] = _attrs_field(init=False, repr=False)
    """ The Python names of the fields the body held, null ones included; for a model built directly, those not None. """

    @fields_set.default
    def _fields_not_none(self) -> frozenset[str]:
        return frozenset(name for _, name in _FIELDS if getattr(self, name) is not None)
