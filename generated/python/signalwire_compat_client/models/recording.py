from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recording_source import RecordingSource
from ..models.recording_status import RecordingStatus
from ..models.recording_trim import RecordingTrim

if TYPE_CHECKING:
    from ..models.recording_encryption_details_type_1 import (
        RecordingEncryptionDetailsType1,
    )
    from ..models.recording_subresource_uris import RecordingSubresourceUris


T = TypeVar("T", bound="Recording")

_FIELDS: tuple[tuple[str, str], ...] = (
    ("sid", "sid"),
    ("account_sid", "account_sid"),
    ("api_version", "api_version"),
    ("call_sid", "call_sid"),
    ("conference_sid", "conference_sid"),
    ("channel", "channel"),
    ("channels", "channels"),
    ("date_created", "date_created"),
    ("date_updated", "date_updated"),
    ("start_time", "start_time"),
    ("end_time", "end_time"),
    ("duration", "duration"),
    ("price", "price"),
    ("price_unit", "price_unit"),
    ("source", "source"),
    ("status", "status"),
    ("error_code", "error_code"),
    ("uri", "uri"),
    ("subresource_uris", "subresource_uris"),
    ("encryption_details", "encryption_details"),
    ("trim", "trim"),
)
"""The fields of the model: (name in the body, Python name)."""
_NAMES: dict[str, str] = dict(_FIELDS)


@_attrs_define
class Recording:
    """A recording of a call or of a conference, as the service returns it. Fields the service may omit or send as null are
    optional and nullable.

    """

    sid: str
    """ The unique identifier of the recording. """
    account_sid: None | str = None
    """ The unique identifier of the project the recording belongs to. """
    api_version: None | str = None
    """ The version of the API. """
    call_sid: None | str = None
    """ The unique identifier of the recorded call; null for a conference recording. """
    conference_sid: None | str = None
    """ The unique identifier of the recorded conference; null for a call recording. """
    channel: int | None | str = None
    """ The number of audio channels, 1 or 2 (the same as channels). """
    channels: int | None | str = None
    """ The number of audio channels: 1 (mono) or 2 (dual). SignalWire sends it as text ("1"), Twilio as a number.
    """
    date_created: None | str = None
    """ When the recording was created, in RFC 2822 format. """
    date_updated: None | str = None
    """ When the recording was last updated, in RFC 2822 format. """
    start_time: None | str = None
    """ When the recording began, in RFC 2822 format. """
    end_time: None | str = None
    """ When the recording ended, in RFC 2822 format; null while it goes on. """
    duration: int | None | str = None
    """ The length of the recording, in seconds; a number that may be sent as text. """
    price: float | None | str = None
    """ The charge for the recording; null until it is known. """
    price_unit: None | str = None
    """ The currency of price, in ISO 4217 format. """
    source: None | RecordingSource | str = None
    """ What started the recording. """
    status: None | RecordingStatus | str = None
    """ The status of the recording. """
    error_code: int | None | str = None
    """ The error code of a failed recording; null otherwise. """
    uri: None | str = None
    """ The URI of the recording's metadata, ending in .json. For a recording under the project's /Recordings, the
    same URI without the suffix gives the audio as WAV, and with .mp3 in place of .json, as MP3. """
    subresource_uris: None | RecordingSubresourceUris = None
    """ The URIs of the recording's sub-resources. """
    encryption_details: None | RecordingEncryptionDetailsType1 | str = None
    """ How the recording is encrypted; SignalWire sends null. """
    trim: None | RecordingTrim | str = None
    """ Whether silence at the start and end of the recording was cut. """
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
        from ..models.recording_encryption_details_type_1 import (
            RecordingEncryptionDetailsType1,
        )
        from ..models.recording_subresource_uris import RecordingSubresourceUris

        sid = self.sid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sid": sid,
            }
        )
        if self.account_sid is not None:
            field_dict["account_sid"] = self.account_sid
        elif "account_sid" in self.fields_set:
            field_dict["account_sid"] = None
        if self.api_version is not None:
            field_dict["api_version"] = self.api_version
        elif "api_version" in self.fields_set:
            field_dict["api_version"] = None
        if self.call_sid is not None:
            field_dict["call_sid"] = self.call_sid
        elif "call_sid" in self.fields_set:
            field_dict["call_sid"] = None
        if self.conference_sid is not None:
            field_dict["conference_sid"] = self.conference_sid
        elif "conference_sid" in self.fields_set:
            field_dict["conference_sid"] = None
        if self.channel is not None:
            field_dict["channel"] = self.channel
        elif "channel" in self.fields_set:
            field_dict["channel"] = None
        if self.channels is not None:
            field_dict["channels"] = self.channels
        elif "channels" in self.fields_set:
            field_dict["channels"] = None
        if self.date_created is not None:
            field_dict["date_created"] = self.date_created
        elif "date_created" in self.fields_set:
            field_dict["date_created"] = None
        if self.date_updated is not None:
            field_dict["date_updated"] = self.date_updated
        elif "date_updated" in self.fields_set:
            field_dict["date_updated"] = None
        if self.start_time is not None:
            field_dict["start_time"] = self.start_time
        elif "start_time" in self.fields_set:
            field_dict["start_time"] = None
        if self.end_time is not None:
            field_dict["end_time"] = self.end_time
        elif "end_time" in self.fields_set:
            field_dict["end_time"] = None
        if self.duration is not None:
            field_dict["duration"] = self.duration
        elif "duration" in self.fields_set:
            field_dict["duration"] = None
        if self.price is not None:
            field_dict["price"] = self.price
        elif "price" in self.fields_set:
            field_dict["price"] = None
        if self.price_unit is not None:
            field_dict["price_unit"] = self.price_unit
        elif "price_unit" in self.fields_set:
            field_dict["price_unit"] = None
        if self.source is not None:
            source: None | str
            if isinstance(self.source, RecordingSource):
                source = self.source.value
            else:
                source = self.source

            field_dict["source"] = source
        elif "source" in self.fields_set:
            field_dict["source"] = None
        if self.status is not None:
            status: None | str
            if isinstance(self.status, RecordingStatus):
                status = self.status.value
            else:
                status = self.status

            field_dict["status"] = status
        elif "status" in self.fields_set:
            field_dict["status"] = None
        if self.error_code is not None:
            field_dict["error_code"] = self.error_code
        elif "error_code" in self.fields_set:
            field_dict["error_code"] = None
        if self.uri is not None:
            field_dict["uri"] = self.uri
        elif "uri" in self.fields_set:
            field_dict["uri"] = None
        if self.subresource_uris is not None:
            subresource_uris: dict[str, Any] | None
            if isinstance(self.subresource_uris, RecordingSubresourceUris):
                subresource_uris = self.subresource_uris.to_dict()
            else:
                subresource_uris = self.subresource_uris

            field_dict["subresource_uris"] = subresource_uris
        elif "subresource_uris" in self.fields_set:
            field_dict["subresource_uris"] = None
        if self.encryption_details is not None:
            encryption_details: dict[str, Any] | None | str
            if isinstance(self.encryption_details, RecordingEncryptionDetailsType1):
                encryption_details = self.encryption_details.to_dict()
            else:
                encryption_details = self.encryption_details

            field_dict["encryption_details"] = encryption_details
        elif "encryption_details" in self.fields_set:
            field_dict["encryption_details"] = None
        if self.trim is not None:
            trim: None | str
            if isinstance(self.trim, RecordingTrim):
                trim = self.trim.value
            else:
                trim = self.trim

            field_dict["trim"] = trim
        elif "trim" in self.fields_set:
            field_dict["trim"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a body; a field left out or null reads None, and `fields_set` tells them apart."""
        from ..models.recording_encryption_details_type_1 import (
            RecordingEncryptionDetailsType1,
        )
        from ..models.recording_subresource_uris import RecordingSubresourceUris

        d = dict(src_dict)
        fields_set = frozenset(map(_NAMES.__getitem__, _NAMES.keys() & d.keys()))
        sid = d.pop("sid")

        account_sid: None | str = d.pop("account_sid", None)

        api_version: None | str = d.pop("api_version", None)

        call_sid: None | str = d.pop("call_sid", None)

        conference_sid: None | str = d.pop("conference_sid", None)

        channel: int | None | str = d.pop("channel", None)

        channels: int | None | str = d.pop("channels", None)

        date_created: None | str = d.pop("date_created", None)

        date_updated: None | str = d.pop("date_updated", None)

        start_time: None | str = d.pop("start_time", None)

        end_time: None | str = d.pop("end_time", None)

        duration: int | None | str = d.pop("duration", None)

        price: float | None | str = d.pop("price", None)

        price_unit: None | str = d.pop("price_unit", None)

        _source = d.pop("source", None)
        source: None | RecordingSource | str = None
        if _source is not None:

            def _parse_source(data: object) -> None | RecordingSource | str:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    source_type_0 = RecordingSource(data)

                    return source_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | RecordingSource | str, data)

            source = _parse_source(_source)

        _status = d.pop("status", None)
        status: None | RecordingStatus | str = None
        if _status is not None:

            def _parse_status(data: object) -> None | RecordingStatus | str:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_type_0 = RecordingStatus(data)

                    return status_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | RecordingStatus | str, data)

            status = _parse_status(_status)

        error_code: int | None | str = d.pop("error_code", None)

        uri: None | str = d.pop("uri", None)

        _subresource_uris = d.pop("subresource_uris", None)
        subresource_uris: None | RecordingSubresourceUris = None
        if _subresource_uris is not None:

            def _parse_subresource_uris(
                data: object,
            ) -> None | RecordingSubresourceUris:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    subresource_uris_type_0 = RecordingSubresourceUris.from_dict(data)

                    return subresource_uris_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | RecordingSubresourceUris, data)

            subresource_uris = _parse_subresource_uris(_subresource_uris)

        _encryption_details = d.pop("encryption_details", None)
        encryption_details: None | RecordingEncryptionDetailsType1 | str = None
        if _encryption_details is not None:

            def _parse_encryption_details(
                data: object,
            ) -> None | RecordingEncryptionDetailsType1 | str:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    encryption_details_type_1 = (
                        RecordingEncryptionDetailsType1.from_dict(data)
                    )

                    return encryption_details_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | RecordingEncryptionDetailsType1 | str, data)

            encryption_details = _parse_encryption_details(_encryption_details)

        _trim = d.pop("trim", None)
        trim: None | RecordingTrim | str = None
        if _trim is not None:

            def _parse_trim(data: object) -> None | RecordingTrim | str:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    trim_type_0 = RecordingTrim(data)

                    return trim_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | RecordingTrim | str, data)

            trim = _parse_trim(_trim)

        # Built without __init__, whose defaults (fields_set from the fields that are not None, an
        # empty additional_properties) would only be replaced; the model has no validators.
        recording = cls.__new__(cls)
        recording.sid = sid
        recording.account_sid = account_sid
        recording.api_version = api_version
        recording.call_sid = call_sid
        recording.conference_sid = conference_sid
        recording.channel = channel
        recording.channels = channels
        recording.date_created = date_created
        recording.date_updated = date_updated
        recording.start_time = start_time
        recording.end_time = end_time
        recording.duration = duration
        recording.price = price
        recording.price_unit = price_unit
        recording.source = source
        recording.status = status
        recording.error_code = error_code
        recording.uri = uri
        recording.subresource_uris = subresource_uris
        recording.encryption_details = encryption_details
        recording.trim = trim
        recording.fields_set = fields_set

        recording.additional_properties = d
        return recording

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
