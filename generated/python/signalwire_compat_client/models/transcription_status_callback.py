from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transcription_status import TranscriptionStatus

T = TypeVar("T", bound="TranscriptionStatusCallback")

_FIELDS: tuple[tuple[str, str], ...] = (
    ("TranscriptionSid", "transcription_sid"),
    ("TranscriptionText", "transcription_text"),
    ("TranscriptionStatus", "transcription_status"),
    ("TranscriptionUrl", "transcription_url"),
    ("RecordingSid", "recording_sid"),
    ("RecordingUrl", "recording_url"),
)
"""The fields of the model: (name in the body, Python name)."""
_NAMES: dict[str, str] = dict(_FIELDS)


@_attrs_define
class TranscriptionStatusCallback:
    """The form SignalWire sends to a recording's transcribe callback URL when its transcription is done or has failed.
    Every field is optional and sent as text; values the spec does not list pass through.

    """

    transcription_sid: str | None = None
    """ The unique identifier of the transcription. """
    transcription_text: str | None = None
    """ The text of the transcription. """
    transcription_status: str | TranscriptionStatus | None = None
    """ Whether the transcription is done (completed) or failed. """
    transcription_url: str | None = None
    """ The URL of the transcription's resource in the API. """
    recording_sid: str | None = None
    """ The unique identifier of the recording that was transcribed. """
    recording_url: str | None = None
    """ The URL of the recording's audio. """
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
        if self.transcription_sid is not None:
            field_dict["TranscriptionSid"] = self.transcription_sid
        elif "transcription_sid" in self.fields_set:
            field_dict["TranscriptionSid"] = None
        if self.transcription_text is not None:
            field_dict["TranscriptionText"] = self.transcription_text
        elif "transcription_text" in self.fields_set:
            field_dict["TranscriptionText"] = None
        if self.transcription_status is not None:
            transcription_status: str
            if isinstance(self.transcription_status, TranscriptionStatus):
                transcription_status = self.transcription_status.value
            else:
                transcription_status = self.transcription_status

            field_dict["TranscriptionStatus"] = transcription_status
        elif "transcription_status" in self.fields_set:
            field_dict["TranscriptionStatus"] = None
        if self.transcription_url is not None:
            field_dict["TranscriptionUrl"] = self.transcription_url
        elif "transcription_url" in self.fields_set:
            field_dict["TranscriptionUrl"] = None
        if self.recording_sid is not None:
            field_dict["RecordingSid"] = self.recording_sid
        elif "recording_sid" in self.fields_set:
            field_dict["RecordingSid"] = None
        if self.recording_url is not None:
            field_dict["RecordingUrl"] = self.recording_url
        elif "recording_url" in self.fields_set:
            field_dict["RecordingUrl"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a body; a field left out or null reads None, and `fields_set` tells them apart."""
        d = dict(src_dict)
        fields_set = frozenset(map(_NAMES.__getitem__, _NAMES.keys() & d.keys()))
        transcription_sid: str | None = d.pop("TranscriptionSid", None)

        transcription_text: str | None = d.pop("TranscriptionText", None)

        _transcription_status = d.pop("TranscriptionStatus", None)
        transcription_status: str | TranscriptionStatus | None = None
        if _transcription_status is not None:

            def _parse_transcription_status(data: object) -> str | TranscriptionStatus:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    transcription_status_type_0 = TranscriptionStatus(data)

                    return transcription_status_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(str | TranscriptionStatus, data)

            transcription_status = _parse_transcription_status(_transcription_status)

        transcription_url: str | None = d.pop("TranscriptionUrl", None)

        recording_sid: str | None = d.pop("RecordingSid", None)

        recording_url: str | None = d.pop("RecordingUrl", None)

        # Built without __init__, whose defaults (fields_set from the fields that are not None, an
        # empty additional_properties) would only be replaced; the model has no validators.
        transcription_status_callback = cls.__new__(cls)
        transcription_status_callback.transcription_sid = transcription_sid
        transcription_status_callback.transcription_text = transcription_text
        transcription_status_callback.transcription_status = transcription_status
        transcription_status_callback.transcription_url = transcription_url
        transcription_status_callback.recording_sid = recording_sid
        transcription_status_callback.recording_url = recording_url
        transcription_status_callback.fields_set = fields_set

        transcription_status_callback.additional_properties = d
        return transcription_status_callback

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
