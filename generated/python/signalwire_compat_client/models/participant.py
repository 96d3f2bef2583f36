from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import NOT_NONE as _NOT_NONE
from signalwire_compat._model import Model as _Model

from ..models.participant_status import ParticipantStatus


@_attrs_define
class Participant(_Model):
    """A participant of a conference, as the service returns it; it is named by the sid of its call. Fields the service may
    omit or send as null are optional and nullable.

    """

    call_sid: str
    """The sid of the participant's call."""
    account_sid: None | str = None
    """The unique identifier of the project the conference belongs to."""
    conference_sid: None | str = None
    """The unique identifier of the participant's conference."""
    call_sid_to_coach: None | str = None
    """The call sid of the participant this one coaches; null when it coaches nobody."""
    coaching: bool | None = None
    """Whether the participant coaches another one."""
    date_created: None | str = None
    """When the participant joined the conference, in RFC 2822 format."""
    date_updated: None | str = None
    """When the participant was last updated, in RFC 2822 format."""
    status: None | ParticipantStatus | str = None
    """The status of the participant's call in the conference."""
    end_conference_on_exit: bool | None = None
    """Whether the conference ends when this participant leaves it."""
    start_conference_on_enter: bool | None = None
    """Whether the conference starts when this participant joins it."""
    muted: bool | None = None
    """Whether the participant is muted."""
    hold: bool | None = None
    """Whether the participant is on hold."""
    uri: None | str = None
    """The URI of the participant."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """The fields of the body that the model does not name, as received."""
    fields_set: frozenset[str] = _attrs_field(init=False, repr=False, default=_NOT_NONE)
    """The Python names of the fields the body held, null ones included; for a model built
    directly, those not None."""
