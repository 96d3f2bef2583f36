from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.participant_status import ParticipantStatus

T = TypeVar("T", bound="Participant")

_FIELDS: tuple[tuple[str, str], ...] = (
    ("call_sid", "call_sid"),
    ("account_sid", "account_sid"),
    ("conference_sid", "conference_sid"),
    ("call_sid_to_coach", "call_sid_to_coach"),
    ("coaching", "coaching"),
    ("date_created", "date_created"),
    ("date_updated", "date_updated"),
    ("status", "status"),
    ("end_conference_on_exit", "end_conference_on_exit"),
    ("start_conference_on_enter", "start_conference_on_enter"),
    ("muted", "muted"),
    ("hold", "hold"),
    ("uri", "uri"),
)
"""The fields of the model: (name in the body, Python name)."""
_NAMES: dict[str, str] = dict(_FIELDS)


@_attrs_define
class Participant:
    """A participant of a conference, as the service returns it; it is named by the sid of its call. Fields the service may
    omit or send as null are optional and nullable.

    """

    call_sid: str
    """ The sid of the participant's call. """
    account_sid: None | str = None
    """ The unique identifier of the project the conference belongs to. """
    conference_sid: None | str = None
    """ The unique identifier of the participant's conference. """
    call_sid_to_coach: None | str = None
    """ The call sid of the participant this one coaches; null when it coaches nobody. """
    coaching: bool | None = None
    """ Whether the participant coaches another one. """
    date_created: None | str = None
    """ When the participant joined the conference, in RFC 2822 format. """
    date_updated: None | str = None
    """ When the participant was last updated, in RFC 2822 format. """
    status: None | ParticipantStatus | str = None
    """ The status of the participant's call in the conference. """
    end_conference_on_exit: bool | None = None
    """ Whether the conference ends when this participant leaves it. """
    start_conference_on_enter: bool | None = None
    """ Whether the conference starts when this participant joins it. """
    muted: bool | None = None
    """ Whether the participant is muted. """
    hold: bool | None = None
    """ Whether the participant is on hold. """
    uri: None | str = None
    """ The URI of the participant. """
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
        if self.conference_sid is not None:
            field_dict["conference_sid"] = self.conference_sid
        elif "conference_sid" in self.fields_set:
            field_dict["conference_sid"] = None
        if self.call_sid_to_coach is not None:
            field_dict["call_sid_to_coach"] = self.call_sid_to_coach
        elif "call_sid_to_coach" in self.fields_set:
            field_dict["call_sid_to_coach"] = None
        if self.coaching is not None:
            field_dict["coaching"] = self.coaching
        elif "coaching" in self.fields_set:
            field_dict["coaching"] = None
        if self.date_created is not None:
            field_dict["date_created"] = self.date_created
        elif "date_created" in self.fields_set:
            field_dict["date_created"] = None
        if self.date_updated is not None:
            field_dict["date_updated"] = self.date_updated
        elif "date_updated" in self.fields_set:
            field_dict["date_updated"] = None
        if self.status is not None:
            status: None | str
            if isinstance(self.status, ParticipantStatus):
                status = self.status.value
            else:
                status = self.status

            field_dict["status"] = status
        elif "status" in self.fields_set:
            field_dict["status"] = None
        if self.end_conference_on_exit is not None:
            field_dict["end_conference_on_exit"] = self.end_conference_on_exit
        elif "end_conference_on_exit" in self.fields_set:
            field_dict["end_conference_on_exit"] = None
        if self.start_conference_on_enter is not None:
            field_dict["start_conference_on_enter"] = self.start_conference_on_enter
        elif "start_conference_on_enter" in self.fields_set:
            field_dict["start_conference_on_enter"] = None
        if self.muted is not None:
            field_dict["muted"] = self.muted
        elif "muted" in self.fields_set:
            field_dict["muted"] = None
        if self.hold is not None:
            field_dict["hold"] = self.hold
        elif "hold" in self.fields_set:
            field_dict["hold"] = None
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

        conference_sid: None | str = d.pop("conference_sid", None)

        call_sid_to_coach: None | str = d.pop("call_sid_to_coach", None)

        coaching: bool | None = d.pop("coaching", None)

        date_created: None | str = d.pop("date_created", None)

        date_updated: None | str = d.pop("date_updated", None)

        _status = d.pop("status", None)
        status: None | ParticipantStatus | str = None
        if _status is not None:

            def _parse_status(data: object) -> None | ParticipantStatus | str:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_type_0 = ParticipantStatus(data)

                    return status_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | ParticipantStatus | str, data)

            status = _parse_status(_status)

        end_conference_on_exit: bool | None = d.pop("end_conference_on_exit", None)

        start_conference_on_enter: bool | None = d.pop(
            "start_conference_on_enter", None
        )

        muted: bool | None = d.pop("muted", None)

        hold: bool | None = d.pop("hold", None)

        uri: None | str = d.pop("uri", None)

        # Built without __init__, whose defaults (fields_set from the fields that are not None, an
        # empty additional_properties) would only be replaced; the model has no validators.
        participant = cls.__new__(cls)
        participant.call_sid = call_sid
        participant.account_sid = account_sid
        participant.conference_sid = conference_sid
        participant.call_sid_to_coach = call_sid_to_coach
        participant.coaching = coaching
        participant.date_created = date_created
        participant.date_updated = date_updated
        participant.status = status
        participant.end_conference_on_exit = end_conference_on_exit
        participant.start_conference_on_enter = start_conference_on_enter
        participant.muted = muted
        participant.hold = hold
        participant.uri = uri
        participant.fields_set = fields_set

        participant.additional_properties = d
        return participant

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
