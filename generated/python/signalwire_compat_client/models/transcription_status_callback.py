from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import Model as _Model

from ..models.transcription_status import TranscriptionStatus

_FIELDS: tuple[tuple[str, str], ...] = (
    ("TranscriptionSid", "transcription_sid"),
    ("TranscriptionText", "transcription_text"),
    ("TranscriptionStatus", "transcription_status"),
    ("TranscriptionUrl", "transcription_url"),
    ("RecordingSid", "recording_sid"),
    ("RecordingUrl", "recording_url"),
)
"""The fields of the model: (name in the body, Python name)."""


@_attrs_define
class TranscriptionStatusCallback(_Model):
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
    """ The Python names of the fields the body held, null ones included; for a model built directly, those not None. """

    @fields_set.default
    def _fields_not_none(self) -> frozenset[str]:
        return frozenset(name for _, name in _FIELDS if getattr(self, name) is not None)
