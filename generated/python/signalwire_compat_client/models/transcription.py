from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import NOT_NONE as _NOT_NONE
from signalwire_compat._model import Model as _Model

from ..models.transcription_status import TranscriptionStatus

_RENAMED: dict[str, str] = {
    "type_": "type",
}
"""The fields whose name in the body is not their Python name: Python name, body name."""


@_attrs_define
class Transcription(_Model):
    """A transcription of a recording, as the service returns it. Fields the service may omit or send as null are optional
    and nullable.

    """

    sid: str
    """The unique identifier of the transcription."""
    account_sid: None | str = None
    """The unique identifier of the project the transcription belongs to."""
    api_version: None | str = None
    """The version of the API."""
    recording_sid: None | str = None
    """The unique identifier of the recording that was transcribed."""
    date_created: None | str = None
    """When the transcription was created, in RFC 2822 format."""
    date_updated: None | str = None
    """When the transcription was last updated, in RFC 2822 format."""
    duration: int | None | str = None
    """The length of the transcribed audio, in seconds; a number that may be sent as text."""
    price: float | None | str = None
    """The charge for the transcription; null until it is known."""
    price_unit: None | str = None
    """The currency of price, in ISO 4217 format."""
    status: None | str | TranscriptionStatus = None
    """The status of the transcription."""
    transcription_text: None | str = None
    """The text of the transcription; null if there is none."""
    type_: None | str = None
    """The kind of transcription; SignalWire sends an empty string."""
    uri: None | str = None
    """The URI of the transcription."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """The fields of the body that the model does not name, as received."""
    fields_set: frozenset[str] = _attrs_field(init=False, repr=False, default=_NOT_NONE)
    """The Python names of the fields the body held, null ones included; for a model built
    directly, those not None."""
