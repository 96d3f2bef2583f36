from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recording_status import RecordingStatus

T = TypeVar("T", bound="RecordingStatusCallback")

_FIELDS: tuple[tuple[str, str], ...] = (
    ("AccountSid", "account_sid"),
    ("CallSid", "call_sid"),
    ("RecordingSid", "recording_sid"),
    ("RecordingUrl", "recording_url"),
    ("RecordingStatus", "recording_status"),
    ("RecordingDuration", "recording_duration"),
    ("RecordingChannels", "recording_channels"),
    ("RecordingSource", "recording_source"),
)
"""The fields of the model: (name in the body, Python name)."""
_NAMES: dict[str, str] = dict(_FIELDS)


@_attrs_define
class RecordingStatusCallback:
    """The form SignalWire sends to a RecordingStatusCallback URL. Every field is optional and sent as text."""

    account_sid: str | None = None
    """ The unique ID of the project this call is associated with. """
    call_sid: str | None = None
    """ A unique identifier for the call. """
    recording_sid: str | None = None
    """ The unique identifier for the recording. """
    recording_url: str | None = None
    """ The URL for the audio recording. """
    recording_status: RecordingStatus | str | None = None
    """ The status of the recording: in-progress, completed or absent. """
    recording_duration: str | None = None
    """ The duration, in seconds, of the recording (a number, sent as text). """
    recording_channels: str | None = None
    """ The number of channels in the recording (a number, sent as text). """
    recording_source: str | None = None
    """ The type of call that initiated the recording. """
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
        if self.account_sid is not None:
            field_dict["AccountSid"] = self.account_sid
        elif "account_sid" in self.fields_set:
            field_dict["AccountSid"] = None
        if self.call_sid is not None:
            field_dict["CallSid"] = self.call_sid
        elif "call_sid" in self.fields_set:
            field_dict["CallSid"] = None
        if self.recording_sid is not None:
            field_dict["RecordingSid"] = self.recording_sid
        elif "recording_sid" in self.fields_set:
            field_dict["RecordingSid"] = None
        if self.recording_url is not None:
            field_dict["RecordingUrl"] = self.recording_url
        elif "recording_url" in self.fields_set:
            field_dict["RecordingUrl"] = None
        if self.recording_status is not None:
            recording_status: str
            if isinstance(self.recording_status, RecordingStatus):
                recording_status = self.recording_status.value
            else:
                recording_status = self.recording_status

            field_dict["RecordingStatus"] = recording_status
        elif "recording_status" in self.fields_set:
            field_dict["RecordingStatus"] = None
        if self.recording_duration is not None:
            field_dict["RecordingDuration"] = self.recording_duration
        elif "recording_duration" in self.fields_set:
            field_dict["RecordingDuration"] = None
        if self.recording_channels is not None:
            field_dict["RecordingChannels"] = self.recording_channels
        elif "recording_channels" in self.fields_set:
            field_dict["RecordingChannels"] = None
        if self.recording_source is not None:
            field_dict["RecordingSource"] = self.recording_source
        elif "recording_source" in self.fields_set:
            field_dict["RecordingSource"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a body; a field left out or null reads None, and `fields_set` tells them apart."""
        d = dict(src_dict)
        fields_set = frozenset(map(_NAMES.__getitem__, _NAMES.keys() & d.keys()))
        account_sid: str | None = d.pop("AccountSid", None)

        call_sid: str | None = d.pop("CallSid", None)

        recording_sid: str | None = d.pop("RecordingSid", None)

        recording_url: str | None = d.pop("RecordingUrl", None)

        _recording_status = d.pop("RecordingStatus", None)
        recording_status: RecordingStatus | str | None = None
        if _recording_status is not None:

            def _parse_recording_status(data: object) -> RecordingStatus | str:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    recording_status_type_0 = RecordingStatus(data)

                    return recording_status_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(RecordingStatus | str, data)

            recording_status = _parse_recording_status(_recording_status)

        recording_duration: str | None = d.pop("RecordingDuration", None)

        recording_channels: str | None = d.pop("RecordingChannels", None)

        recording_source: str | None = d.pop("RecordingSource", None)

        # Built without __init__, whose defaults (fields_set from the fields that are not None, an
        # empty additional_properties) would only be replaced; the model has no validators.
        recording_status_callback = cls.__new__(cls)
        recording_status_callback.account_sid = account_sid
        recording_status_callback.call_sid = call_sid
        recording_status_callback.recording_sid = recording_sid
        recording_status_callback.recording_url = recording_url
        recording_status_callback.recording_status = recording_status
        recording_status_callback.recording_duration = recording_duration
        recording_status_callback.recording_channels = recording_channels
        recording_status_callback.recording_source = recording_source
        recording_status_callback.fields_set = fields_set

        recording_status_callback.additional_properties = d
        return recording_status_callback

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
