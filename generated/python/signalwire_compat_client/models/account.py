from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_status import AccountStatus
from ..models.account_type import AccountType

if TYPE_CHECKING:
    from ..models.account_subresource_uris import AccountSubresourceUris


T = TypeVar("T", bound="Account")

_FIELDS: tuple[tuple[str, str], ...] = (
    ("sid", "sid"),
    ("friendly_name", "friendly_name"),
    ("status", "status"),
    ("auth_token", "auth_token"),
    ("date_created", "date_created"),
    ("date_updated", "date_updated"),
    ("type", "type_"),
    ("owner_account_sid", "owner_account_sid"),
    ("region_preference", "region_preference"),
    ("uri", "uri"),
    ("subproject", "subproject"),
    ("signing_key", "signing_key"),
    ("subresource_uris", "subresource_uris"),
)
"""The fields of the model: (name in the body, Python name)."""
_NAMES: dict[str, str] = dict(_FIELDS)


def _hidden(value: object) -> str:
    """How ``repr`` shows a secret field: ``***``, or ``None``."""
    return "None" if value is None else "***"


@_attrs_define
class Account:
    """A project (the Compatibility API calls it an account) or a subproject, as the service returns it. Fields the service
    may omit or send as null are optional and nullable.

    """

    sid: str
    """ The Project ID. """
    friendly_name: None | str = None
    """ The name of the project. """
    status: AccountStatus | None | str = None
    """ The status of the project; SignalWire documents it as always active. """
    auth_token: None | str = _attrs_field(
        default=None, repr=_hidden, metadata={"secret": True, "wire": "auth_token"}
    )
    """ The project's auth token; the service sends the word redacted in its place. """
    date_created: None | str = None
    """ When the project was created, in RFC 2822 format. """
    date_updated: None | str = None
    """ When the project was last updated, in RFC 2822 format. """
    type_: AccountType | None | str = None
    """ The type of the project; SignalWire documents it as always Full. """
    owner_account_sid: None | str = None
    """ The Project ID of the parent project; a project with no parent has its own. """
    region_preference: None | str = None
    """ The region the project prefers, such as us-east. """
    uri: None | str = None
    """ The URI of the project. """
    subproject: bool | None = None
    """ Whether the project is a subproject of another. """
    signing_key: None | str = _attrs_field(
        default=None, repr=_hidden, metadata={"secret": True, "wire": "signing_key"}
    )
    """ The key that signs the subproject's webhooks: sent once, in the answer to the create of a subproject, and
    null from then on. """
    subresource_uris: AccountSubresourceUris | None = None
    """ The URIs of the project's resources. """
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
        from ..models.account_subresource_uris import AccountSubresourceUris

        sid = self.sid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sid": sid,
            }
        )
        if self.friendly_name is not None:
            field_dict["friendly_name"] = self.friendly_name
        elif "friendly_name" in self.fields_set:
            field_dict["friendly_name"] = None
        if self.status is not None:
            status: None | str
            if isinstance(self.status, AccountStatus):
                status = self.status.value
            else:
                status = self.status

            field_dict["status"] = status
        elif "status" in self.fields_set:
            field_dict["status"] = None
        if self.auth_token is not None:
            field_dict["auth_token"] = self.auth_token
        elif "auth_token" in self.fields_set:
            field_dict["auth_token"] = None
        if self.date_created is not None:
            field_dict["date_created"] = self.date_created
        elif "date_created" in self.fields_set:
            field_dict["date_created"] = None
        if self.date_updated is not None:
            field_dict["date_updated"] = self.date_updated
        elif "date_updated" in self.fields_set:
            field_dict["date_updated"] = None
        if self.type_ is not None:
            type_: None | str
            if isinstance(self.type_, AccountType):
                type_ = self.type_.value
            else:
                type_ = self.type_

            field_dict["type"] = type_
        elif "type_" in self.fields_set:
            field_dict["type"] = None
        if self.owner_account_sid is not None:
            field_dict["owner_account_sid"] = self.owner_account_sid
        elif "owner_account_sid" in self.fields_set:
            field_dict["owner_account_sid"] = None
        if self.region_preference is not None:
            field_dict["region_preference"] = self.region_preference
        elif "region_preference" in self.fields_set:
            field_dict["region_preference"] = None
        if self.uri is not None:
            field_dict["uri"] = self.uri
        elif "uri" in self.fields_set:
            field_dict["uri"] = None
        if self.subproject is not None:
            field_dict["subproject"] = self.subproject
        elif "subproject" in self.fields_set:
            field_dict["subproject"] = None
        if self.signing_key is not None:
            field_dict["signing_key"] = self.signing_key
        elif "signing_key" in self.fields_set:
            field_dict["signing_key"] = None
        if self.subresource_uris is not None:
            subresource_uris: dict[str, Any] | None
            if isinstance(self.subresource_uris, AccountSubresourceUris):
                subresource_uris = self.subresource_uris.to_dict()
            else:
                subresource_uris = self.subresource_uris

            field_dict["subresource_uris"] = subresource_uris
        elif "subresource_uris" in self.fields_set:
            field_dict["subresource_uris"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a body; a field left out or null reads None, and `fields_set` tells them apart."""
        from ..models.account_subresource_uris import AccountSubresourceUris

        d = dict(src_dict)
        fields_set = frozenset(map(_NAMES.__getitem__, _NAMES.keys() & d.keys()))
        sid = d.pop("sid")

        friendly_name: None | str = d.pop("friendly_name", None)

        _status = d.pop("status", None)
        status: AccountStatus | None | str = None
        if _status is not None:

            def _parse_status(data: object) -> AccountStatus | None | str:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_type_0 = AccountStatus(data)

                    return status_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AccountStatus | None | str, data)

            status = _parse_status(_status)

        auth_token: None | str = d.pop("auth_token", None)

        date_created: None | str = d.pop("date_created", None)

        date_updated: None | str = d.pop("date_updated", None)

        _type_ = d.pop("type", None)
        type_: AccountType | None | str = None
        if _type_ is not None:

            def _parse_type_(data: object) -> AccountType | None | str:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    type_type_0 = AccountType(data)

                    return type_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AccountType | None | str, data)

            type_ = _parse_type_(_type_)

        owner_account_sid: None | str = d.pop("owner_account_sid", None)

        region_preference: None | str = d.pop("region_preference", None)

        uri: None | str = d.pop("uri", None)

        subproject: bool | None = d.pop("subproject", None)

        signing_key: None | str = d.pop("signing_key", None)

        _subresource_uris = d.pop("subresource_uris", None)
        subresource_uris: AccountSubresourceUris | None = None
        if _subresource_uris is not None:

            def _parse_subresource_uris(data: object) -> AccountSubresourceUris | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    subresource_uris_type_0 = AccountSubresourceUris.from_dict(data)

                    return subresource_uris_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AccountSubresourceUris | None, data)

            subresource_uris = _parse_subresource_uris(_subresource_uris)

        # Built without __init__, whose defaults (fields_set from the fields that are not None, an
        # empty additional_properties) would only be replaced; the model has no validators.
        account = cls.__new__(cls)
        account.sid = sid
        account.friendly_name = friendly_name
        account.status = status
        account.auth_token = auth_token
        account.date_created = date_created
        account.date_updated = date_updated
        account.type_ = type_
        account.owner_account_sid = owner_account_sid
        account.region_preference = region_preference
        account.uri = uri
        account.subproject = subproject
        account.signing_key = signing_key
        account.subresource_uris = subresource_uris
        account.fields_set = fields_set

        account.additional_properties = d
        return account

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
