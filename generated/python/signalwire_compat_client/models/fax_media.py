from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FaxMedia")

_FIELDS: tuple[tuple[str, str], ...] = (
    ("sid", "sid"),
    ("account_sid", "account_sid"),
    ("content_type", "content_type"),
    ("date_created", "date_created"),
    ("date_updated", "date_updated"),
    ("fax_sid", "fax_sid"),
    ("uri", "uri"),
    ("url", "url"),
)
"""The fields of the model: (name in the body, Python name)."""
_NAMES: dict[str, str] = dict(_FIELDS)


@_attrs_define
class FaxMedia:
    """A media file of a fax (its document), as the service describes it. Fields the service may omit or send as null are
    optional and nullable.

    """

    sid: str
    """ The unique identifier of the media file. """
    account_sid: None | str = None
    """ The unique identifier of the project the fax belongs to. """
    content_type: None | str = None
    """ The MIME type of the media file, such as application/pdf. """
    date_created: None | str = None
    """ The date and time, in ISO 8601 format, the media file was created. """
    date_updated: None | str = None
    """ The date and time, in ISO 8601 format, the media file was last updated. """
    fax_sid: None | str = None
    """ The unique identifier of the fax the media file belongs to. """
    uri: None | str = None
    """ The URI of the media file's description. """
    url: None | str = None
    """ The URL of the media file. """
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
        if self.fax_sid is not None:
            field_dict["fax_sid"] = self.fax_sid
        elif "fax_sid" in self.fields_set:
            field_dict["fax_sid"] = None
        if self.uri is not None:
            field_dict["uri"] = self.uri
        elif "uri" in self.fields_set:
            field_dict["uri"] = None
        if self.url is not None:
            field_dict["url"] = self.url
        elif "url" in self.fields_set:
            field_dict["url"] = None

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

        fax_sid: None | str = d.pop("fax_sid", None)

        uri: None | str = d.pop("uri", None)

        url: None | str = d.pop("url", None)

        # Built without __init__, whose defaults (fields_set from the fields that are not None, an
        # empty additional_properties) would only be replaced; the model has no validators.
        fax_media = cls.__new__(cls)
        fax_media.sid = sid
        fax_media.account_sid = account_sid
        fax_media.content_type = content_type
        fax_media.date_created = date_created
        fax_media.date_updated = date_updated
        fax_media.fax_sid = fax_sid
        fax_media.uri = uri
        fax_media.url = url
        fax_media.fields_set = fields_set

        fax_media.additional_properties = d
        return fax_media

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
