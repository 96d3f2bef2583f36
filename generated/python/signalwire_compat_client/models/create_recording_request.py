from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import Model as _Model

from ..models.create_recording_request_recording_channels import (
    CreateRecordingRequestRecordingChannels,
)
from ..models.create_recording_request_recording_track import (
    CreateRecordingRequestRecordingTrack,
)
from ..models.http_method import HttpMethod
from ..models.recording_trim import RecordingTrim

_FIELDS: tuple[tuple[str, str], ...] = (
    ("RecordingChannels", "recording_channels"),
    ("RecordingStatusCallback", "recording_status_callback"),
    ("RecordingStatusCallbackEvent", "recording_status_callback_event"),
    ("RecordingStatusCallbackMethod", "recording_status_callback_method"),
    ("RecordingTrack", "recording_track"),
    ("Trim", "trim"),
)
"""The fields of the model: (name in the body, Python name)."""


@_attrs_define
class CreateRecordingRequest(_Model):
    """The settings of a new recording of a call. Every field is optional."""

    recording_channels: CreateRecordingRequestRecordingChannels | None = None
    """ mono records both parties on one channel; dual records each party on its own channel of the same file.
    Default is mono. """
    recording_status_callback: str | None = None
    """ The URL to request when the recording changes status. """
    recording_status_callback_event: str | None = None
    """ The recording events, separated by spaces, that trigger a request to RecordingStatusCallback: completed, in-
    progress, absent. Default is completed. """
    recording_status_callback_method: HttpMethod | None = None
    recording_track: CreateRecordingRequestRecordingTrack | None = None
    """ Which audio to record: inbound (what the called party says), outbound (what SignalWire plays to them) or
    both. Default is both. """
    trim: RecordingTrim | None = None
    """ Whether silence at the start and end of the recording is cut. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ The fields of the body that the model does not name, as received. """
    fields_set: frozenset[str] = _attrs_field(init=False, repr=False)
    """ The Python names of the fields the body held, null ones included; for a model built directly, those not None. """

    @fields_set.default
    def _fields_not_none(self) -> frozenset[str]:
        return frozenset(name for _, name in _FIELDS if getattr(self, name) is not None)
