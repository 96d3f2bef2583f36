from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import NOT_NONE as _NOT_NONE
from signalwire_compat._model import Model as _Model

from ..models.account_status import AccountStatus
from ..models.account_type import AccountType

if TYPE_CHECKING:
    from ..models.account_subresource_uris import AccountSubresourceUris


_RENAMED: dict[str, str] = {
    "type_": "type",
}
"""The fields whose name in the body is not their Python name: Python name, body name."""


def _hidden(value: object) -> str:
    """How ``repr`` shows a secret field: ``***``, or ``None``."""
    return "None" if value is None else "***"


@_attrs_define
class Account(_Model):
    """A project (the Compatibility API calls it an account) or a subproject, as the service returns it. Fields the service
    may omit or send as null are optional and nullable.

    """

    sid: str
    """The Project ID."""
    friendly_name: None | str = None
    """The name of the project."""
    status: AccountStatus | None | str = None
    """The status of the project; SignalWire documents it as always active."""
    auth_token: None | str = _attrs_field(
        default=None, repr=_hidden, metadata={"secret": True, "wire": "auth_token"}
    )
    """The project's auth token; the service sends the word redacted in its place."""
    date_created: None | str = None
    """When the project was created, in RFC 2822 format."""
    date_updated: None | str = None
    """When the project was last updated, in RFC 2822 format."""
    type_: AccountType | None | str = None
    """The type of the project; SignalWire documents it as always Full."""
    owner_account_sid: None | str = None
    """The Project ID of the parent project; a project with no parent has its own."""
    region_preference: None | str = None
    """The region the project prefers, such as us-east."""
    uri: None | str = None
    """The URI of the project."""
    subproject: bool | None = None
    """Whether the project is a subproject of another."""
    signing_key: None | str = _attrs_field(
        default=None, repr=_hidden, metadata={"secret": True, "wire": "signing_key"}
    )
    """The key that signs the subproject's webhooks: sent once, in the answer to the create of a subproject, and null
    from then on."""
    subresource_uris: AccountSubresourceUris | None = None
    """The URIs of the project's resources."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """The fields of the body that the model does not name, as received."""
    fields_set: frozenset[str] = _attrs_field(init=False, repr=False, default=_NOT_NONE)
    """The Python names of the fields the body held, null ones included; for a model built
    directly, those not None."""
