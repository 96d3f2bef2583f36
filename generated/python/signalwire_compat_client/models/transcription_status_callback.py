from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import NOT_NONE as _NOT_NONE
from signalwire_compat._model import Model as _Model

from ..models.transcription_status import TranscriptionStatus

_RENAMED: dict[str, str] = {
    "transcription_sid": "TranscriptionSid",
    "transcription_text": "TranscriptionText",
    "transcription_status": "TranscriptionStatus",
    "transcription_url": "TranscriptionUrl",
    "recording_sid": "RecordingSid",
    "recording_url": "RecordingUrl",
}
"""The fields whose name in the body is not their Python name: Python name, body name."""


@_attrs_define
class TranscriptionStatusCallback(_Model):
    """The form SignalWire sends to a recording's transcribe callback URL when its transcription is done or has failed.
    Every field is optional and sent as text; values the spec does not list pass through.

    """

    transcription_sid: str | None = None
    """The unique identifier of the transcription."""
    transcription_text: str | None = None
    """The text of the transcription."""
    transcription_status: str | TranscriptionStatus | None = None
    """Whether the transcription is done (completed) or failed."""
    transcription_url: str | None = None
    """The URL of the transcription's resource in the API."""
    recording_sid: str | None = None
    """The unique identifier of the recording that was transcribed."""
    recording_url: str | None = None
    """The URL of the recording's audio."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """The fields of the body that the model does not name, as received."""
    fields_set: frozenset[str] = _attrs_field(init=False, repr=False, default=_NOT_NONE)
    """The Python names of the fields the body held, null ones included; for a model built
    directly, those not None."""
