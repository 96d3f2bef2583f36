from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import NOT_NONE as _NOT_NONE
from signalwire_compat._model import Model as _Model

from ..models.token_permission import TokenPermission


def _hidden(value: object) -> str:
    """How ``repr`` shows a secret field: ``***``, or ``None``."""
    return "None" if value is None else "***"


@_attrs_define
class Token(_Model):
    """An API token, as the service returns it. Fields the service may omit or send as null are optional and nullable."""

    id: str
    """The unique identifier of the token."""
    name: None | str = None
    """The name of the token."""
    permissions: list[str | TokenPermission] | None = None
    """What the token may be used for."""
    token: None | str = _attrs_field(
        default=None, repr=_hidden, metadata={"secret": True, "wire": "token"}
    )
    """The token itself: the password of HTTP Basic, the Project ID its user name. A secret, as format password says."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """The fields of the body that the model does not name, as received."""
    fields_set: frozenset[str] = _attrs_field(init=False, repr=False, default=_NOT_NONE)
    """The Python names of the fields the body held, null ones included; for a model built
    directly, those not None."""
