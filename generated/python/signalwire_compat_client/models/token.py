from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.token_permission import TokenPermission

T = TypeVar("T", bound="Token")

_FIELDS: tuple[tuple[str, str], ...] = (
    ("id", "id"),
    ("name", "name"),
    ("permissions", "permissions"),
    ("token", "token"),
)
"""The fields of the model: (name in the body, Python name)."""
_NAMES: dict[str, str] = dict(_FIELDS)


def _hidden(value: object) -> str:
    """How ``repr`` shows a secret field: ``***``, or ``None``."""
    return "None" if value is None else "***"


@_attrs_define
class Token:
    """An API token, as the service returns it. Fields the service may omit or send as null are optional and nullable."""

    id: str
    """ The unique identifier of the token. """
    name: None | str = None
    """ The name of the token. """
    permissions: list[str | TokenPermission] | None = None
    """ What the token may be used for. """
    token: None | str = _attrs_field(
        default=None, repr=_hidden, metadata={"secret": True, "wire": "token"}
    )
    """ The token itself: the password of HTTP Basic, the Project ID its user name. A secret, as format password
    says. """
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
        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if self.name is not None:
            field_dict["name"] = self.name
        elif "name" in self.fields_set:
            field_dict["name"] = None
        if self.permissions is not None:
            permissions: list[str] | None
            if isinstance(self.permissions, list):
                permissions = []
                for permissions_type_0_item_data in self.permissions:
                    permissions_type_0_item: str
                    if isinstance(permissions_type_0_item_data, TokenPermission):
                        permissions_type_0_item = permissions_type_0_item_data.value
                    else:
                        permissions_type_0_item = permissions_type_0_item_data
                    permissions.append(permissions_type_0_item)

            else:
                permissions = self.permissions

            field_dict["permissions"] = permissions
        elif "permissions" in self.fields_set:
            field_dict["permissions"] = None
        if self.token is not None:
            field_dict["token"] = self.token
        elif "token" in self.fields_set:
            field_dict["token"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a body; a field left out or null reads None, and `fields_set` tells them apart."""
        d = dict(src_dict)
        fields_set = frozenset(map(_NAMES.__getitem__, _NAMES.keys() & d.keys()))
        id = d.pop("id")

        name: None | str = d.pop("name", None)

        _permissions = d.pop("permissions", None)
        permissions: list[str | TokenPermission] | None = None
        if _permissions is not None:

            def _parse_permissions(data: object) -> list[str | TokenPermission] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    permissions_type_0 = []
                    _permissions_type_0 = data
                    for permissions_type_0_item_data in _permissions_type_0:

                        def _parse_permissions_type_0_item(
                            data: object,
                        ) -> str | TokenPermission:
                            try:
                                if not isinstance(data, str):
                                    raise TypeError()
                                permissions_type_0_item_type_0 = TokenPermission(data)

                                return permissions_type_0_item_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            return cast(str | TokenPermission, data)

                        permissions_type_0_item = _parse_permissions_type_0_item(
                            permissions_type_0_item_data
                        )

                        permissions_type_0.append(permissions_type_0_item)

                    return permissions_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str | TokenPermission] | None, data)

            permissions = _parse_permissions(_permissions)

        token: None | str = d.pop("token", None)

        # Built without __init__, whose defaults (fields_set from the fields that are not None, an
        # empty additional_properties) would only be replaced; the model has no validators.
        token_model = cls.__new__(cls)
        token_model.id = id
        token_model.name = name
        token_model.permissions = permissions
        token_model.token = token
        token_model.fields_set = fields_set

        token_model.additional_properties = d
        return token_model

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
