from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stream_status import StreamStatus

T = TypeVar("T", bound="Stream")

_FIELDS: tuple[tuple[str, str], ...] = (
    ("sid", "sid"),
    ("account_sid", "account_sid"),
    ("call_sid", "call_sid"),
    ("conference_sid", "conference_sid"),
    ("name", "name"),
    ("status", "status"),
    ("date_updated", "date_updated"),
    ("uri", "uri"),
)
"""The fields of the model: (name in the body, Python name)."""
_NAMES: dict[str, str] = dict(_FIELDS)


@_attrs_define
class Stream:
    """A stream of a call's or a conference's audio to a WebSocket server, as the service returns it. Fields the service
    may omit or send as null are optional and nullable.

    """

    sid: str
    """ The unique identifier of the stream. """
    account_sid: None | str = None
    """ The unique identifier of the project the stream belongs to. """
    call_sid: None | str = None
    """ The unique identifier of the streamed call; absent for a conference stream. """
    conference_sid: None | str = None
    """ The unique identifier of the streamed conference; absent for a call stream. """
    name: None | str = None
    """ The name given to the stream; null if it was given none. """
    status: None | str | StreamStatus = None
    """ The status of the stream. """
    date_updated: None | str = None
    """ When the stream was last updated, in RFC 2822 format. """
    uri: None | str = None
    """ The URI of the stream. """
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
        if self.call_sid is not None:
            field_dict["call_sid"] = self.call_sid
        elif "call_sid" in self.fields_set:
            field_dict["call_sid"] = None
        if self.conference_sid is not None:
            field_dict["conference_sid"] = self.conference_sid
        elif "conference_sid" in self.fields_set:
            field_dict["conference_sid"] = None
        if self.name is not None:
            field_dict["name"] = self.name
        elif "name" in self.fields_set:
            field_dict["name"] = None
        if self.status is not None:
            status: None | str
            if isinstance(self.status, StreamStatus):
                status = self.status.value
            else:
                status = self.status

            field_dict["status"] = status
        elif "status" in self.fields_set:
            field_dict["status"] = None
        if self.date_updated is not None:
            field_dict["date_updated"] = self.date_updated
        elif "date_updated" in self.fields_set:
            field_dict["date_updated"] = None
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

        call_sid: None | str = d.pop("call_sid", None)

        conference_sid: None | str = d.pop("conference_sid", None)

        name: None | str = d.pop("name", None)

        _status = d.pop("status", None)
        status: None | str | StreamStatus = None
        if _status is not None:

            def _parse_status(data: object) -> None | str | StreamStatus:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_type_0 = StreamStatus(data)

                    return status_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | str | StreamStatus, data)

            status = _parse_status(_status)

        date_updated: None | str = d.pop("date_updated", None)

        uri: None | str = d.pop("uri", None)

        # Built without __init__, whose defaults (fields_set from the fields that are not None, an
        # empty additional_properties) would only be replaced; the model has no validators.
        stream = cls.__new__(cls)
        stream.sid = sid
        stream.account_sid = account_sid
        stream.call_sid = call_sid
        stream.conference_sid = conference_sid
        stream.name = name
        stream.status = status
        stream.date_updated = date_updated
        stream.uri = uri
        stream.fields_set = fields_set

        stream.additional_properties = d
        return stream

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
