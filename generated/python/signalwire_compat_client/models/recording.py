from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import NOT_NONE as _NOT_NONE
from signalwire_compat._model import Model as _Model

from ..models.recording_source import RecordingSource
from ..models.recording_status import RecordingStatus
from ..models.recording_trim import RecordingTrim

if TYPE_CHECKING:
    from ..models.recording_encryption_details_type_1 import (
        RecordingEncryptionDetailsType1,
    )
    from ..models.recording_subresource_uris import RecordingSubresourceUris


@_attrs_define
class Recording(_Model):
    """A recording of a call or of a conference, as the service returns it. Fields the service may omit or send as null are
    optional and nullable.

    """

    sid: str
    """The unique identifier of the recording."""
    account_sid: None | str = None
    """The unique identifier of the project the recording belongs to."""
    api_version: None | str = None
    """The version of the API."""
    call_sid: None | str = None
    """The unique identifier of the recorded call; null for a conference recording."""
    conference_sid: None | str = None
    """The unique identifier of the recorded conference; null for a call recording."""
    channel: int | None | str = None
    """The number of audio channels, 1 or 2 (the same as channels)."""
    channels: int | None | str = None
    """The number of audio channels: 1 (mono) or 2 (dual). SignalWire sends it as text ("1"), Twilio as a number."""
    date_created: None | str = None
    """When the recording was created, in RFC 2822 format."""
    date_updated: None | str = None
    """When the recording was last updated, in RFC 2822 format."""
    start_time: None | str = None
    """When the recording began, in RFC 2822 format."""
    end_time: None | str = None
    """When the recording ended, in RFC 2822 format; null while it goes on."""
    duration: int | None | str = None
    """The length of the recording, in seconds; a number that may be sent as text."""
    price: float | None | str = None
    """The charge for the recording; null until it is known."""
    price_unit: None | str = None
    """The currency of price, in ISO 4217 format."""
    source: None | RecordingSource | str = None
    """What started the recording."""
    status: None | RecordingStatus | str = None
    """The status of the recording."""
    error_code: int | None | str = None
    """The error code of a failed recording; null otherwise."""
    uri: None | str = None
    """The URI of the recording's metadata, ending in .json. For a recording under the project's /Recordings, the same
    URI without the suffix gives the audio as WAV, and with .mp3 in place of .json, as MP3."""
    subresource_uris: None | RecordingSubresourceUris = None
    """The URIs of the recording's sub-resources."""
    encryption_details: None | RecordingEncryptionDetailsType1 | str = None
    """How the recording is encrypted; SignalWire sends null."""
    trim: None | RecordingTrim | str = None
    """Whether silence at the start and end of the recording was cut."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """The fields of the body that the model does not name, as received."""
    fields_set: frozenset[str] = _attrs_field(init=False, repr=False, default=_NOT_NONE)
    """The Python names of the fields the body held, null ones included; for a model built
    directly, those not None."""
