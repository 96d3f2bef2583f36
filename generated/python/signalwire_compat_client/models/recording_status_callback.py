from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recording_status import RecordingStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordingStatusCallback")


@_attrs_define
class RecordingStatusCallback:
    """The form SignalWire sends to a RecordingStatusCallback URL. Every field is optional and sent as text."""

    account_sid: str | Unset = UNSET
    """ The unique ID of the project this call is associated with. """
    call_sid: str | Unset = UNSET
    """ A unique identifier for the call. """
    recording_sid: str | Unset = UNSET
    """ The unique identifier for the recording. """
    recording_url: str | Unset = UNSET
    """ The URL for the audio recording. """
    recording_status: RecordingStatus | str | Unset = UNSET
    """ The status of the recording: in-progress, completed or absent. """
    recording_duration: str | Unset = UNSET
    """ The duration, in seconds, of the recording (a number, sent as text). """
    recording_channels: str | Unset = UNSET
    """ The number of channels in the recording (a number, sent as text). """
    recording_source: str | Unset = UNSET
    """ The type of call that initiated the recording. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_sid = self.account_sid

        call_sid = self.call_sid

        recording_sid = self.recording_sid

        recording_url = self.recording_url

        recording_status: str | Unset
        if isinstance(self.recording_status, Unset):
            recording_status = UNSET
        elif isinstance(self.recording_status, RecordingStatus):
            recording_status = self.recording_status.value
        else:
            recording_status = self.recording_status

        recording_duration = self.recording_duration

        recording_channels = self.recording_channels

        recording_source = self.recording_source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_sid is not UNSET:
            field_dict["AccountSid"] = account_sid
        if call_sid is not UNSET:
            field_dict["CallSid"] = call_sid
        if recording_sid is not UNSET:
            field_dict["RecordingSid"] = recording_sid
        if recording_url is not UNSET:
            field_dict["RecordingUrl"] = recording_url
        if recording_status is not UNSET:
            field_dict["RecordingStatus"] = recording_status
        if recording_duration is not UNSET:
            field_dict["RecordingDuration"] = recording_duration
        if recording_channels is not UNSET:
            field_dict["RecordingChannels"] = recording_channels
        if recording_source is not UNSET:
            field_dict["RecordingSource"] = recording_source

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_sid = d.pop("AccountSid", UNSET)

        call_sid = d.pop("CallSid", UNSET)

        recording_sid = d.pop("RecordingSid", UNSET)

        recording_url = d.pop("RecordingUrl", UNSET)

        def _parse_recording_status(data: object) -> RecordingStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                recording_status_type_0 = RecordingStatus(data)

                return recording_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RecordingStatus | str | Unset, data)

        recording_status = _parse_recording_status(d.pop("RecordingStatus", UNSET))

        recording_duration = d.pop("RecordingDuration", UNSET)

        recording_channels = d.pop("RecordingChannels", UNSET)

        recording_source = d.pop("RecordingSource", UNSET)

        recording_status_callback = cls(
            account_sid=account_sid,
            call_sid=call_sid,
            recording_sid=recording_sid,
            recording_url=recording_url,
            recording_status=recording_status,
            recording_duration=recording_duration,
            recording_channels=recording_channels,
            recording_source=recording_source,
        )

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
