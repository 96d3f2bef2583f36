from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import read as _read
from signalwire_compat._model import write as _write

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
