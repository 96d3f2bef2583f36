from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.http_method import HttpMethod
from ..models.update_conference_status import UpdateConferenceStatus

T = TypeVar("T", bound="UpdateConferenceRequest")

_FIELDS: tuple[tuple[str, str], ...] = (
    ("Status", "status"),
    ("AnnounceUrl", "announce_url"),
    ("AnnounceMethod", "announce_method"),
)
"""The fields of the model: (name in the body, Python name)."""
_NAMES: dict[str, str] = dict(_FIELDS)


@_attrs_define
class UpdateConferenceRequest:
    """The changes to a conference, in the order twilio-python sends them."""

    status: UpdateConferenceStatus | None = None
    """ The status to move a conference to; completed ends it and removes every participant. """
    announce_url: str | None = None
    """ The URL of an announcement to play to every participant. """
    announce_method: HttpMethod | None = None
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.status is not None:
            status = self.status.value

            field_dict["Status"] = status
        elif "status" in self.fields_set:
            field_dict["Status"] = None
        if self.announce_url is not None:
            field_dict["AnnounceUrl"] = self.announce_url
        elif "announce_url" in self.fields_set:
            field_dict["AnnounceUrl"] = None
        if self.announce_method is not None:
            announce_method = self.announce_method.value

            field_dict["AnnounceMethod"] = announce_method
        elif "announce_method" in self.fields_set:
            field_dict["AnnounceMethod"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a body; a field left out or null reads None, and `fields_set` tells them apart."""
        d = dict(src_dict)
        fields_set = frozenset(map(_NAMES.__getitem__, _NAMES.keys() & d.keys()))
        _status = d.pop("Status", None)
        status: UpdateConferenceStatus | None = None
        if _status is not None:
            status = UpdateConferenceStatus(_status)

        announce_url: str | None = d.pop("AnnounceUrl", None)

        _announce_method = d.pop("AnnounceMethod", None)
        announce_method: HttpMethod | None = None
        if _announce_method is not None:
            announce_method = HttpMethod(_announce_method)

        # Built without __init__, whose defaults (fields_set from the fields that are not None, an
        # empty additional_properties) would only be replaced; the model has no validators.
        update_conference_request = cls.__new__(cls)
        update_conference_request.status = status
        update_conference_request.announce_url = announce_url
        update_conference_request.announce_method = announce_method
        update_conference_request.fields_set = fields_set

        update_conference_request.additional_properties = d
        return update_conference_request

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
