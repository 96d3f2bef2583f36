from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_recording_request_recording_channels import (
    CreateRecordingRequestRecordingChannels,
)
from ..models.create_recording_request_recording_track import (
    CreateRecordingRequestRecordingTrack,
)
from ..models.http_method import HttpMethod
from ..models.recording_trim import RecordingTrim

T = TypeVar("T", bound="CreateRecordingRequest")

_FIELDS: tuple[tuple[str, str], ...] = (
    ("RecordingChannels", "recording_channels"),
    ("RecordingStatusCallback", "recording_status_callback"),
    ("RecordingStatusCallbackEvent", "recording_status_callback_event"),
    ("RecordingStatusCallbackMethod", "recording_status_callback_method"),
    ("RecordingTrack", "recording_track"),
    ("Trim", "trim"),
)
"""The fields of the model: (name in the body, Python name)."""
_NAMES: dict[str, str] = dict(_FIELDS)


@_attrs_define
class CreateRecordingRequest:
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
        if self.recording_channels is not None:
            recording_channels = self.recording_channels.value

            field_dict["RecordingChannels"] = recording_channels
        elif "recording_channels" in self.fields_set:
            field_dict["RecordingChannels"] = None
        if self.recording_status_callback is not None:
            field_dict["RecordingStatusCallback"] = self.recording_status_callback
        elif "recording_status_callback" in self.fields_set:
            field_dict["RecordingStatusCallback"] = None
        if self.recording_status_callback_event is not None:
            field_dict["RecordingStatusCallbackEvent"] = (
                self.recording_status_callback_event
            )
        elif "recording_status_callback_event" in self.fields_set:
            field_dict["RecordingStatusCallbackEvent"] = None
        if self.recording_status_callback_method is not None:
            recording_status_callback_method = (
                self.recording_status_callback_method.value
            )

            field_dict["RecordingStatusCallbackMethod"] = (
                recording_status_callback_method
            )
        elif "recording_status_callback_method" in self.fields_set:
            field_dict["RecordingStatusCallbackMethod"] = None
        if self.recording_track is not None:
            recording_track = self.recording_track.value

            field_dict["RecordingTrack"] = recording_track
        elif "recording_track" in self.fields_set:
            field_dict["RecordingTrack"] = None
        if self.trim is not None:
            trim = self.trim.value

            field_dict["Trim"] = trim
        elif "trim" in self.fields_set:
            field_dict["Trim"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a body; a field left out or null reads None, and `fields_set` tells them apart."""
        d = dict(src_dict)
        fields_set = frozenset(map(_NAMES.__getitem__, _NAMES.keys() & d.keys()))
        _recording_channels = d.pop("RecordingChannels", None)
        recording_channels: CreateRecordingRequestRecordingChannels | None = None
        if _recording_channels is not None:
            recording_channels = CreateRecordingRequestRecordingChannels(
                _recording_channels
            )

        recording_status_callback: str | None = d.pop("RecordingStatusCallback", None)

        recording_status_callback_event: str | None = d.pop(
            "RecordingStatusCallbackEvent", None
        )

        _recording_status_callback_method = d.pop("RecordingStatusCallbackMethod", None)
        recording_status_callback_method: HttpMethod | None = None
        if _recording_status_callback_method is not None:
            recording_status_callback_method = HttpMethod(
                _recording_status_callback_method
            )

        _recording_track = d.pop("RecordingTrack", None)
        recording_track: CreateRecordingRequestRecordingTrack | None = None
        if _recording_track is not None:
            recording_track = CreateRecordingRequestRecordingTrack(_recording_track)

        _trim = d.pop("Trim", None)
        trim: RecordingTrim | None = None
        if _trim is not None:
            trim = RecordingTrim(_trim)

        # Built without __init__, whose defaults (fields_set from the fields that are not None, an
        # empty additional_properties) would only be replaced; the model has no validators.
        create_recording_request = cls.__new__(cls)
        create_recording_request.recording_channels = recording_channels
        create_recording_request.recording_status_callback = recording_status_callback
        create_recording_request.recording_status_callback_event = (
            recording_status_callback_event
        )
        create_recording_request.recording_status_callback_method = (
            recording_status_callback_method
        )
        create_recording_request.recording_track = recording_track
        create_recording_request.trim = trim
        create_recording_request.fields_set = fields_set

        create_recording_request.additional_properties = d
        return create_recording_request

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
