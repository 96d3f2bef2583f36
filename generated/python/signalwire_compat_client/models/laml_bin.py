from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LamlBin")

_FIELDS: tuple[tuple[str, str], ...] = (
    ("sid", "sid"),
    ("account_sid", "account_sid"),
    ("api_version", "api_version"),
    ("date_created", "date_created"),
    ("date_updated", "date_updated"),
    ("date_last_accessed", "date_last_accessed"),
    ("name", "name"),
    ("contents", "contents"),
    ("request_url", "request_url"),
    ("num_requests", "num_requests"),
    ("uri", "uri"),
)
"""The fields of the model: (name in the body, Python name)."""
_NAMES: dict[str, str] = dict(_FIELDS)


@_attrs_define
class LamlBin:
    """A cXML script (LaML bin), as the service returns it. Fields the service may omit or send as null are optional and
    nullable.

    """

    sid: str
    """ The unique identifier of the script. """
    account_sid: None | str = None
    """ The unique identifier of the project the script belongs to. """
    api_version: None | str = None
    """ The version of the API that created the script. """
    date_created: None | str = None
    """ When the script was created, in ISO 8601 format. """
    date_updated: None | str = None
    """ When the script was last updated, in ISO 8601 format. """
    date_last_accessed: None | str = None
    """ When request_url was last requested, in ISO 8601 format; null if never. """
    name: None | str = None
    """ The name of the script. """
    contents: None | str = None
    """ The cXML document the script serves. """
    request_url: None | str = None
    """ The URL that serves the script's contents: the XML instructions URL to give a call, a phone number or an
    application. """
    num_requests: int | None = None
    """ How many times request_url has been requested. """
    uri: None | str = None
    """ The URI of the script. """
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
        if self.api_version is not None:
            field_dict["api_version"] = self.api_version
        elif "api_version" in self.fields_set:
            field_dict["api_version"] = None
        if self.date_created is not None:
            field_dict["date_created"] = self.date_created
        elif "date_created" in self.fields_set:
            field_dict["date_created"] = None
        if self.date_updated is not None:
            field_dict["date_updated"] = self.date_updated
        elif "date_updated" in self.fields_set:
            field_dict["date_updated"] = None
        if self.date_last_accessed is not None:
            field_dict["date_last_accessed"] = self.date_last_accessed
        elif "date_last_accessed" in self.fields_set:
            field_dict["date_last_accessed"] = None
        if self.name is not None:
            field_dict["name"] = self.name
        elif "name" in self.fields_set:
            field_dict["name"] = None
        if self.contents is not None:
            field_dict["contents"] = self.contents
        elif "contents" in self.fields_set:
            field_dict["contents"] = None
        if self.request_url is not None:
            field_dict["request_url"] = self.request_url
        elif "request_url" in self.fields_set:
            field_dict["request_url"] = None
        if self.num_requests is not None:
            field_dict["num_requests"] = self.num_requests
        elif "num_requests" in self.fields_set:
            field_dict["num_requests"] = None
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

        api_version: None | str = d.pop("api_version", None)

        date_created: None | str = d.pop("date_created", None)

        date_updated: None | str = d.pop("date_updated", None)

        date_last_accessed: None | str = d.pop("date_last_accessed", None)

        name: None | str = d.pop("name", None)

        contents: None | str = d.pop("contents", None)

        request_url: None | str = d.pop("request_url", None)

        num_requests: int | None = d.pop("num_requests", None)

        uri: None | str = d.pop("uri", None)

        # Built without __init__, whose defaults (fields_set from the fields that are not None, an
        # empty additional_properties) would only be replaced; the model has no validators.
        laml_bin = cls.__new__(cls)
        laml_bin.sid = sid
        laml_bin.account_sid = account_sid
        laml_bin.api_version = api_version
        laml_bin.date_created = date_created
        laml_bin.date_updated = date_updated
        laml_bin.date_last_accessed = date_last_accessed
        laml_bin.name = name
        laml_bin.contents = contents
        laml_bin.request_url = request_url
        laml_bin.num_requests = num_requests
        laml_bin.uri = uri
        laml_bin.fields_set = fields_set

        laml_bin.additional_properties = d
        return laml_bin

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
