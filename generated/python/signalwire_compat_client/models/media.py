from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Media")

_FIELDS: tuple[tuple[str, str], ...] = (
    ("sid", "sid"),
    ("account_sid", "account_sid"),
    ("content_type", "content_type"),
    ("date_created", "date_created"),
    ("date_updated", "date_updated"),
    ("parent_sid", "parent_sid"),
    ("uri", "uri"),
)
"""The fields of the model: (name in the body, Python name)."""
_NAMES: dict[str, str] = dict(_FIELDS)


@_attrs_define
class Media:
    """A media file attached to a message, as the service describes it. Fields the service may omit or send as null are
    optional and nullable.

    """

    sid: str
    """ The unique identifier of the media file. """
    account_sid: None | str = None
    """ The unique identifier of the project the message belongs to. """
    content_type: None | str = None
    """ The MIME type of the media file, such as image/jpeg. """
    date_created: None | str = None
    """ The date, in RFC 2822 format, the media file was created. """
    date_updated: None | str = None
    """ The date, in RFC 2822 format, the media file was last updated. """
    parent_sid: None | str = None
    """ The unique identifier of the message the media file belongs to. """
    uri: None | str = None
    """ The URI of the media file's description. """
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
        if self.content_type is not None:
            field_dict["content_type"] = self.content_type
        elif "content_type" in self.fields_set:
            field_dict["content_type"] = None
        if self.date_created is not None:
            field_dict["date_created"] = self.date_created
        elif "date_created" in self.fields_set:
            field_dict["date_created"] = None
        if self.date_updated is not None:
            field_dict["date_updated"] = self.date_updated
        elif "date_updated" in self.fields_set:
            field_dict["date_updated"] = None
        if self.parent_sid is not None:
            field_dict["parent_sid"] = self.parent_sid
        elif "parent_sid" in self.fields_set:
            field_dict["parent_sid"] = None
        if self.uri is not None:
            field_dict["uri"] = self.uri
        elif "uri" in self.fields_set:
            field_dict["uri"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a body; a field left out or null reads None, and `fields_set` tells them apart."""
        d = dict(src_dict)
        fields_set = frozenset(map(_NAMES.__getitem__, _NAMES.keys() & d.keys()))
        sid = d.pop("sid")

        account_sid: None | str = d.pop("account_sid", None)

        content_type: None | str = d.pop("content_type", None)

        date_created: None | str = d.pop("date_created", None)

        date_updated: None | str = d.pop("date_updated", None)

        parent_sid: None | str = d.pop("parent_sid", None)

        uri: None | str = d.pop("uri", None)

        # Built without __init__, whose defaults (fields_set from the fields that are not None, an
        # empty additional_properties) would only be replaced; the model has no validators.
        media = cls.__new__(cls)
        media.sid = sid
        media.account_sid = account_sid
        media.content_type = content_type
        media.date_created = date_created
        media.date_updated = date_updated
        media.parent_sid = parent_sid
        media.uri = uri
        media.fields_set = fields_set

        media.additional_properties = d
        return media

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
