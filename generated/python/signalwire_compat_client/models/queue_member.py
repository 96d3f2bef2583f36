from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="QueueMember")

_FIELDS: tuple[tuple[str, str], ...] = (
    ("call_sid", "call_sid"),
    ("account_sid", "account_sid"),
    ("queue_sid", "queue_sid"),
    ("date_enqueued", "date_enqueued"),
    ("position", "position"),
    ("wait_time", "wait_time"),
    ("member_type", "member_type"),
    ("uri", "uri"),
)
"""The fields of the model: (name in the body, Python name)."""
_NAMES: dict[str, str] = dict(_FIELDS)


@_attrs_define
class QueueMember:
    """A call waiting in a queue, as the service returns it. Fields the service may omit or send as null are optional and
    nullable.

    """

    call_sid: str
    """ The sid of the waiting call. """
    account_sid: None | str = None
    """ The unique identifier of the project the queue belongs to. """
    queue_sid: None | str = None
    """ The unique identifier of the queue. """
    date_enqueued: None | str = None
    """ When the call joined the queue, in RFC 2822 format. """
    position: int | None = None
    """ The call's place in the queue, from 1 at the front. """
    wait_time: int | None = None
    """ How long, in seconds, the call has waited in the queue. """
    member_type: None | str = None
    """ The kind of member, such as laml_call. """
    uri: None | str = None
    """ The URI of the queue member. """
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
        call_sid = self.call_sid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_sid": call_sid,
            }
        )
        if self.account_sid is not None:
            field_dict["account_sid"] = self.account_sid
        elif "account_sid" in self.fields_set:
            field_dict["account_sid"] = None
        if self.queue_sid is not None:
            field_dict["queue_sid"] = self.queue_sid
        elif "queue_sid" in self.fields_set:
            field_dict["queue_sid"] = None
        if self.date_enqueued is not None:
            field_dict["date_enqueued"] = self.date_enqueued
        elif "date_enqueued" in self.fields_set:
            field_dict["date_enqueued"] = None
        if self.position is not None:
            field_dict["position"] = self.position
        elif "position" in self.fields_set:
            field_dict["position"] = None
        if self.wait_time is not None:
            field_dict["wait_time"] = self.wait_time
        elif "wait_time" in self.fields_set:
            field_dict["wait_time"] = None
        if self.member_type is not None:
            field_dict["member_type"] = self.member_type
        elif "member_type" in self.fields_set:
            field_dict["member_type"] = None
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
        call_sid = d.pop("call_sid")

        account_sid: None | str = d.pop("account_sid", None)

        queue_sid: None | str = d.pop("queue_sid", None)

        date_enqueued: None | str = d.pop("date_enqueued", None)

        position: int | None = d.pop("position", None)

        wait_time: int | None = d.pop("wait_time", None)

        member_type: None | str = d.pop("member_type", None)

        uri: None | str = d.pop("uri", None)

        # Built without __init__, whose defaults (fields_set from the fields that are not None, an
        # empty additional_properties) would only be replaced; the model has no validators.
        queue_member = cls.__new__(cls)
        queue_member.call_sid = call_sid
        queue_member.account_sid = account_sid
        queue_member.queue_sid = queue_sid
        queue_member.date_enqueued = date_enqueued
        queue_member.position = position
        queue_member.wait_time = wait_time
        queue_member.member_type = member_type
        queue_member.uri = uri
        queue_member.fields_set = fields_set

        queue_member.additional_properties = d
        return queue_member

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
