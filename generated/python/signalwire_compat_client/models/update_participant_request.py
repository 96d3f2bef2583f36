from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import Model as _Model

from ..models.http_method import HttpMethod

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
class UpdateParticipantRequest(_Model):
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
    """ The Python names of the fields the body held, null ones included; for a model built directly, those not None. """

    @fields_set.default
    def _fields_not_none(self) -> frozenset[str]:
        return frozenset(name for _, name in _FIELDS if getattr(self, name) is not None)
