from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conference_status import ConferenceStatus

if TYPE_CHECKING:
    from ..models.conference_subresource_uris import ConferenceSubresourceUris


T = TypeVar("T", bound="Conference")

_FIELDS: tuple[tuple[str, str], ...] = (
    ("sid", "sid"),
    ("account_sid", "account_sid"),
    ("date_created", "date_created"),
    ("date_updated", "date_updated"),
    ("friendly_name", "friendly_name"),
    ("status", "status"),
    ("api_version", "api_version"),
    ("region", "region"),
    ("uri", "uri"),
    ("subresource_uris", "subresource_uris"),
)
"""The fields of the model: (name in the body, Python name)."""
_NAMES: dict[str, str] = dict(_FIELDS)


@_attrs_define
class Conference:
    """A conference, as the service returns it. Fields the service may omit or send as null are optional and nullable."""

    sid: str
    """ The unique identifier of the conference. """
    account_sid: None | str = None
    """ The unique identifier of the project the conference belongs to. """
    date_created: None | str = None
    """ When the conference was created, in RFC 2822 format. """
    date_updated: None | str = None
    """ When the conference was last updated, in RFC 2822 format. """
    friendly_name: None | str = None
    """ The name of the conference room, up to 64 characters. """
    status: ConferenceStatus | None | str = None
    """ The status of the conference. """
    api_version: None | str = None
    """ The version of the API that handled the conference. """
    region: None | str = None
    """ The region whose media server mixed the conference's audio, such as us1. """
    uri: None | str = None
    """ The URI of the conference. """
    subresource_uris: ConferenceSubresourceUris | None = None
    """ The URIs of the conference's sub-resources. """
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
        from ..models.conference_subresource_uris import ConferenceSubresourceUris

        sid = self.sid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sid": sid,
            }
        )
        if self.account_sid is not None:
            field_dict["account_sid"] = self.account_sid
        elif "account_sid" in self.fields_set:
            field_dict["account_sid"] = None
        if self.date_created is not None:
            field_dict["date_created"] = self.date_created
        elif "date_created" in self.fields_set:
            field_dict["date_created"] = None
        if self.date_updated is not None:
            field_dict["date_updated"] = self.date_updated
        elif "date_updated" in self.fields_set:
            field_dict["date_updated"] = None
        if self.friendly_name is not None:
            field_dict["friendly_name"] = self.friendly_name
        elif "friendly_name" in self.fields_set:
            field_dict["friendly_name"] = None
        if self.status is not None:
            status: None | str
            if isinstance(self.status, ConferenceStatus):
                status = self.status.value
            else:
                status = self.status

            field_dict["status"] = status
        elif "status" in self.fields_set:
            field_dict["status"] = None
        if self.api_version is not None:
            field_dict["api_version"] = self.api_version
        elif "api_version" in self.fields_set:
            field_dict["api_version"] = None
        if self.region is not None:
            field_dict["region"] = self.region
        elif "region" in self.fields_set:
            field_dict["region"] = None
        if self.uri is not None:
            field_dict["uri"] = self.uri
        elif "uri" in self.fields_set:
            field_dict["uri"] = None
        if self.subresource_uris is not None:
            subresource_uris: dict[str, Any] | None
            if isinstance(self.subresource_uris, ConferenceSubresourceUris):
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
        from ..models.conference_subresource_uris import ConferenceSubresourceUris

        d = dict(src_dict)
        fields_set = frozenset(map(_NAMES.__getitem__, _NAMES.keys() & d.keys()))
        sid = d.pop("sid")

        account_sid: None | str = d.pop("account_sid", None)

        date_created: None | str = d.pop("date_created", None)

        date_updated: None | str = d.pop("date_updated", None)

        friendly_name: None | str = d.pop("friendly_name", None)

        _status = d.pop("status", None)
        status: ConferenceStatus | None | str = None
        if _status is not None:

            def _parse_status(data: object) -> ConferenceStatus | None | str:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_type_0 = ConferenceStatus(data)

                    return status_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ConferenceStatus | None | str, data)

            status = _parse_status(_status)

        api_version: None | str = d.pop("api_version", None)

        region: None | str = d.pop("region", None)

        uri: None | str = d.pop("uri", None)

        _subresource_uris = d.pop("subresource_uris", None)
        subresource_uris: ConferenceSubresourceUris | None = None
        if _subresource_uris is not None:

            def _parse_subresource_uris(
                data: object,
            ) -> ConferenceSubresourceUris | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    subresource_uris_type_0 = ConferenceSubresourceUris.from_dict(data)

                    return subresource_uris_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ConferenceSubresourceUris | None, data)

            subresource_uris = _parse_subresource_uris(_subresource_uris)

        # Built without __init__, whose defaults (fields_set from the fields that are not None, an
        # empty additional_properties) would only be replaced; the model has no validators.
        conference = cls.__new__(cls)
        conference.sid = sid
        conference.account_sid = account_sid
        conference.date_created = date_created
        conference.date_updated = date_updated
        conference.friendly_name = friendly_name
        conference.status = status
        conference.api_version = api_version
        conference.region = region
        conference.uri = uri
        conference.subresource_uris = subresource_uris
        conference.fields_set = fields_set

        conference.additional_properties = d
        return conference

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
