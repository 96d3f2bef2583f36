from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Queue")

_FIELDS: tuple[tuple[str, str], ...] = (
    ("sid", "sid"),
    ("account_sid", "account_sid"),
    ("friendly_name", "friendly_name"),
    ("max_size", "max_size"),
    ("current_size", "current_size"),
    ("average_wait_time", "average_wait_time"),
    ("date_created", "date_created"),
    ("date_updated", "date_updated"),
    ("api_version", "api_version"),
    ("uri", "uri"),
)
"""The fields of the model: (name in the body, Python name)."""
_NAMES: dict[str, str] = dict(_FIELDS)


@_attrs_define
class Queue:
    """A call queue, as the service returns it. Fields the service may omit or send as null are optional and nullable."""

    sid: str
    """ The unique identifier of the queue. """
    account_sid: None | str = None
    """ The unique identifier of the project the queue belongs to. """
    friendly_name: None | str = None
    """ The name of the queue. """
    max_size: int | None = None
    """ The most calls that may wait in the queue at once; null when there is no limit. """
    current_size: int | None = None
    """ How many calls wait in the queue now. """
    average_wait_time: int | None = None
    """ How long, in seconds, the queue's calls have waited on average. """
    date_created: None | str = None
    """ When the queue was created, in RFC 2822 format. """
    date_updated: None | str = None
    """ When the queue was last updated, in RFC 2822 format. """
    api_version: None | str = None
    """ The version of the API that created the queue. """
    uri: None | str = None
    """ The URI of the queue. """
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
        if self.friendly_name is not None:
            field_dict["friendly_name"] = self.friendly_name
        elif "friendly_name" in self.fields_set:
            field_dict["friendly_name"] = None
        if self.max_size is not None:
            field_dict["max_size"] = self.max_size
        elif "max_size" in self.fields_set:
            field_dict["max_size"] = None
        if self.current_size is not None:
            field_dict["current_size"] = self.current_size
        elif "current_size" in self.fields_set:
            field_dict["current_size"] = None
        if self.average_wait_time is not None:
            field_dict["average_wait_time"] = self.average_wait_time
        elif "average_wait_time" in self.fields_set:
            field_dict["average_wait_time"] = None
        if self.date_created is not None:
            field_dict["date_created"] = self.date_created
        elif "date_created" in self.fields_set:
            field_dict["date_created"] = None
        if self.date_updated is not None:
            field_dict["date_updated"] = self.date_updated
        elif "date_updated" in self.fields_set:
            field_dict["date_updated"] = None
        if self.api_version is not None:
            field_dict["api_version"] = self.api_version
        elif "api_version" in self.fields_set:
            field_dict["api_version"] = None
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

        friendly_name: None | str = d.pop("friendly_name", None)

        max_size: int | None = d.pop("max_size", None)

        current_size: int | None = d.pop("current_size", None)

        average_wait_time: int | None = d.pop("average_wait_time", None)

        date_created: None | str = d.pop("date_created", None)

        date_updated: None | str = d.pop("date_updated", None)

        api_version: None | str = d.pop("api_version", None)

        uri: None | str = d.pop("uri", None)

        # Built without __init__, whose defaults (fields_set from the fields that are not None, an
        # empty additional_properties) would only be replaced; the model has no validators.
        queue = cls.__new__(cls)
        queue.sid = sid
        queue.account_sid = account_sid
        queue.friendly_name = friendly_name
        queue.max_size = max_size
        queue.current_size = current_size
        queue.average_wait_time = average_wait_time
        queue.date_created = date_created
        queue.date_updated = date_updated
        queue.api_version = api_version
        queue.uri = uri
        queue.fields_set = fields_set

        queue.additional_properties = d
        return queue

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
