from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import read as _read
from signalwire_compat._model import write as _write

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
        return _write(self)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a body; a field left out or null reads None, and `fields_set` tells them apart.
        A value of the wrong type is a `TypeError` naming its field."""
        return _read(cls, src_dict)

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
