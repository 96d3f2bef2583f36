from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import NOT_NONE as _NOT_NONE
from signalwire_compat._model import Model as _Model

from ..models.call_status import CallStatus

_RENAMED: dict[str, str] = {
    "call_sid": "CallSid",
    "account_sid": "AccountSid",
    "from_": "From",
    "to": "To",
    "timestamp": "Timestamp",
    "call_status": "CallStatus",
    "call_duration": "CallDuration",
    "audio_in_mos": "AudioInMos",
}
"""The fields whose name in the body is not their Python name: Python name, body name."""


@_attrs_define
class IncomingCallStatusCallback(_Model):
    """The form SignalWire sends to a phone number's status callback URL when an inbound call ends. Every field is optional
    and sent as text; values the spec does not list pass through.

    """

    call_sid: str | None = None
    """The unique identifier of the call."""
    account_sid: str | None = None
    """The unique ID of the project the call belongs to."""
    from_: str | None = None
    """The caller's number, in E.164 format."""
    to: str | None = None
    """The number called, in E.164 format."""
    timestamp: str | None = None
    """When the call was created."""
    call_status: CallStatus | str | None = None
    """How the call ended: completed or failed."""
    call_duration: str | None = None
    """The call's duration in seconds (a number, sent as text)."""
    audio_in_mos: str | None = None
    """The call's audio quality, a mean opinion score from 1 to 5 (a number, sent as text)."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """The fields of the body that the model does not name, as received."""
    fields_set: frozenset[str] = _attrs_field(init=False, repr=False, default=_NOT_NONE)
    """The Python names of the fields the body held, null ones included; for a model built
    directly, those not None."""
