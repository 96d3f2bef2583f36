from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.token_permission import TokenPermission

T = TypeVar("T", bound="TokenUpdateRequest")

_FIELDS: tuple[tuple[str, str], ...] = (
    ("name", "name"),
    ("permissions", "permissions"),
)
"""The fields of the model: (name in the body, Python name)."""
_NAMES: dict[str, str] = dict(_FIELDS)


@_attrs_define
class TokenUpdateRequest:
    """The changes to an API token, sent as JSON; a field left out keeps its value."""

    name: str | None = None
    """ The new name of the token. """
    permissions: list[TokenPermission] | None = None
    """ The token's new permissions, in place of the old ones. """
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not None:
            field_dict["name"] = self.name
        elif "name" in self.fields_set:
            field_dict["name"] = None
        if self.permissions is not None:
            permissions = []
            for permissions_item_data in self.permissions:
                permissions_item = permissions_item_data.value
                permissions.append(permissions_item)

            field_dict["permissions"] = permissions
        elif "permissions" in self.fields_set:
            field_dict["permissions"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a body; a field left out or null reads None, and `fields_set` tells them apart."""
        d = dict(src_dict)
        fields_set = frozenset(map(_NAMES.__getitem__, _NAMES.keys() & d.keys()))
        name: str | None = d.pop("name", None)

        _permissions = d.pop("permissions", None)
        permissions: list[TokenPermission] | None = None
        if _permissions is not None:
            permissions = []
            for permissions_item_data in _permissions:
                permissions_item = TokenPermission(permissions_item_data)

                permissions.append(permissions_item)

        # Built without __init__, whose defaults (fields_set from the fields that are not None, an
        # empty additional_properties) would only be replaced; the model has no validators.
        token_update_request = cls.__new__(cls)
        token_update_request.name = name
        token_update_request.permissions = permissions
        token_update_request.fields_set = fields_set

        token_update_request.additional_properties = d
        return token_update_request

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
