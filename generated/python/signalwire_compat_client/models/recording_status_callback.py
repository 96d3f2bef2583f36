from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import NOT_NONE as _NOT_NONE
from signalwire_compat._model import Model as _Model

from ..models.recording_status import RecordingStatus

_RENAMED: dict[str, str] = {
    "account_sid": "AccountSid",
    "call_sid": "CallSid",
    "recording_sid": "RecordingSid",
    "recording_url": "RecordingUrl",
    "recording_status": "RecordingStatus",
    "recording_duration": "RecordingDuration",
    "recording_channels": "RecordingChannels",
    "recording_source": "RecordingSource",
}
"""The fields whose name in the body is not their Python name: Python name, body name."""


@_attrs_define
class RecordingStatusCallback(_Model):
    """The form SignalWire sends to a RecordingStatusCallback URL. Every field is optional and sent as text."""

    account_sid: str | None = None
    """The unique ID of the project this call is associated with."""
    call_sid: str | None = None
    """A unique identifier for the call."""
    recording_sid: str | None = None
    """The unique identifier for the recording."""
    recording_url: str | None = None
    """The URL for the audio recording."""
    recording_status: RecordingStatus | str | None = None
    """The status of the recording: in-progress, completed or absent."""
    recording_duration: str | None = None
    """The duration, in seconds, of the recording (a number, sent as text)."""
    recording_channels: str | None = None
    """The number of channels in the recording (a number, sent as text)."""
    recording_source: str | None = None
    """The type of call that initiated the recording."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """The fields of the body that the model does not name, as received."""
    fields_set: frozenset[str] = _attrs_field(init=False, repr=False, default=_NOT_NONE)
    """The Python names of the fields the body held, null ones included; for a model built
    directly, those not None."""
