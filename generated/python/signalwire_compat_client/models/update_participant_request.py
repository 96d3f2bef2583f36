from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.http_method import HttpMethod

T = TypeVar("T", bound="UpdateParticipantRequest")

_FIELDS: tuple[tuple[str, str], ...] = (
    ("Muted", "muted"),
    ("Hold", "hold"),
    ("HoldUrl", "hold_url"),
    ("HoldMethod", "hold_method"),
    ("AnnounceUrl", "announce_url"),
    ("AnnounceMethod", "announce_method"),
    ("WaitUrl", "wait_url"),
    ("WaitMethod", "wait_method"),
    ("Coaching", "coaching"),
    ("CallSidToCoach", "call_sid_to_coach"),
)
"""The fields of the model: (name in the body, Python name)."""
_NAMES: dict[str, str] = dict(_FIELDS)


@_attrs_define
class UpdateParticipantRequest:
    """The changes to a participant, in the order twilio-python sends them."""

    muted: bool | None = None
    """ Whether the participant is muted (it hears the others, they do not hear it). """
    hold: bool | None = None
    """ Whether the participant is on hold; while on hold it hears HoldUrl. """
    hold_url: str | None = None
    """ The URL of the music or instructions played to the participant while it is on hold. """
    hold_method: HttpMethod | None = None
    announce_url: str | None = None
    """ The URL of an announcement to play to this participant. """
    announce_method: HttpMethod | None = None
    wait_url: str | None = None
    """ The URL of the music played to the participant until the conference starts. """
    wait_method: HttpMethod | None = None
    coaching: bool | None = None
    """ Whether the participant coaches another one: only the call named by CallSidToCoach hears it. true needs
    CallSidToCoach. """
    call_sid_to_coach: str | None = None
    """ The call sid of the participant to coach; needed when Coaching is true. """
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
        if self.muted is not None:
            field_dict["Muted"] = self.muted
        elif "muted" in self.fields_set:
            field_dict["Muted"] = None
        if self.hold is not None:
            field_dict["Hold"] = self.hold
        elif "hold" in self.fields_set:
            field_dict["Hold"] = None
        if self.hold_url is not None:
            field_dict["HoldUrl"] = self.hold_url
        elif "hold_url" in self.fields_set:
            field_dict["HoldUrl"] = None
        if self.hold_method is not None:
            hold_method = self.hold_method.value

            field_dict["HoldMethod"] = hold_method
        elif "hold_method" in self.fields_set:
            field_dict["HoldMethod"] = None
        if self.announce_url is not None:
            field_dict["AnnounceUrl"] = self.announce_url
        elif "announce_url" in self.fields_set:
            field_dict["AnnounceUrl"] = None
        if self.announce_method is not None:
            announce_method = self.announce_method.value

            field_dict["AnnounceMethod"] = announce_method
        elif "announce_method" in self.fields_set:
            field_dict["AnnounceMethod"] = None
        if self.wait_url is not None:
            field_dict["WaitUrl"] = self.wait_url
        elif "wait_url" in self.fields_set:
            field_dict["WaitUrl"] = None
        if self.wait_method is not None:
            wait_method = self.wait_method.value

            field_dict["WaitMethod"] = wait_method
        elif "wait_method" in self.fields_set:
            field_dict["WaitMethod"] = None
        if self.coaching is not None:
            field_dict["Coaching"] = self.coaching
        elif "coaching" in self.fields_set:
            field_dict["Coaching"] = None
        if self.call_sid_to_coach is not None:
            field_dict["CallSidToCoach"] = self.call_sid_to_coach
        elif "call_sid_to_coach" in self.fields_set:
            field_dict["CallSidToCoach"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a body; a field left out or null reads None, and `fields_set` tells them apart."""
        d = dict(src_dict)
        fields_set = frozenset(map(_NAMES.__getitem__, _NAMES.keys() & d.keys()))
        muted: bool | None = d.pop("Muted", None)

        hold: bool | None = d.pop("Hold", None)

        hold_url: str | None = d.pop("HoldUrl", None)

        _hold_method = d.pop("HoldMethod", None)
        hold_method: HttpMethod | None = None
        if _hold_method is not None:
            hold_method = HttpMethod(_hold_method)

        announce_url: str | None = d.pop("AnnounceUrl", None)

        _announce_method = d.pop("AnnounceMethod", None)
        announce_method: HttpMethod | None = None
        if _announce_method is not None:
            announce_method = HttpMethod(_announce_method)

        wait_url: str | None = d.pop("WaitUrl", None)

        _wait_method = d.pop("WaitMethod", None)
        wait_method: HttpMethod | None = None
        if _wait_method is not None:
            wait_method = HttpMethod(_wait_method)

        coaching: bool | None = d.pop("Coaching", None)

        call_sid_to_coach: str | None = d.pop("CallSidToCoach", None)

        # Built without __init__, whose defaults (fields_set from the fields that are not None, an
        # empty additional_properties) would only be replaced; the model has no validators.
        update_participant_request = cls.__new__(cls)
        update_participant_request.muted = muted
        update_participant_request.hold = hold
        update_participant_request.hold_url = hold_url
        update_participant_request.hold_method = hold_method
        update_participant_request.announce_url = announce_url
        update_participant_request.announce_method = announce_method
        update_participant_request.wait_url = wait_url
        update_participant_request.wait_method = wait_method
        update_participant_request.coaching = coaching
        update_participant_request.call_sid_to_coach = call_sid_to_coach
        update_participant_request.fields_set = fields_set

        update_participant_request.additional_properties = d
        return update_participant_request

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
