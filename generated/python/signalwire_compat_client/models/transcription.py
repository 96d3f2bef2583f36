from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transcription_status import TranscriptionStatus

T = TypeVar("T", bound="Transcription")

_FIELDS: tuple[tuple[str, str], ...] = (
    ("sid", "sid"),
    ("account_sid", "account_sid"),
    ("api_version", "api_version"),
    ("recording_sid", "recording_sid"),
    ("date_created", "date_created"),
    ("date_updated", "date_updated"),
    ("duration", "duration"),
    ("price", "price"),
    ("price_unit", "price_unit"),
    ("status", "status"),
    ("transcription_text", "transcription_text"),
    ("type", "type_"),
    ("uri", "uri"),
)
"""The fields of the model: (name in the body, Python name)."""
_NAMES: dict[str, str] = dict(_FIELDS)


@_attrs_define
class Transcription:
    """A transcription of a recording, as the service returns it. Fields the service may omit or send as null are optional
    and nullable.

    """

    sid: str
    """ The unique identifier of the transcription. """
    account_sid: None | str = None
    """ The unique identifier of the project the transcription belongs to. """
    api_version: None | str = None
    """ The version of the API. """
    recording_sid: None | str = None
    """ The unique identifier of the recording that was transcribed. """
    date_created: None | str = None
    """ When the transcription was created, in RFC 2822 format. """
    date_updated: None | str = None
    """ When the transcription was last updated, in RFC 2822 format. """
    duration: int | None | str = None
    """ The length of the transcribed audio, in seconds; a number that may be sent as text. """
    price: float | None | str = None
    """ The charge for the transcription; null until it is known. """
    price_unit: None | str = None
    """ The currency of price, in ISO 4217 format. """
    status: None | str | TranscriptionStatus = None
    """ The status of the transcription. """
    transcription_text: None | str = None
    """ The text of the transcription; null if there is none. """
    type_: None | str = None
    """ The kind of transcription; SignalWire sends an empty string. """
    uri: None | str = None
    """ The URI of the transcription. """
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
        if self.recording_sid is not None:
            field_dict["recording_sid"] = self.recording_sid
        elif "recording_sid" in self.fields_set:
            field_dict["recording_sid"] = None
        if self.date_created is not None:
            field_dict["date_created"] = self.date_created
        elif "date_created" in self.fields_set:
            field_dict["date_created"] = None
        if self.date_updated is not None:
            field_dict["date_updated"] = self.date_updated
        elif "date_updated" in self.fields_set:
            field_dict["date_updated"] = None
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
        if self.status is not None:
            status: None | str
            if isinstance(self.status, TranscriptionStatus):
                status = self.status.value
            else:
                status = self.status

            field_dict["status"] = status
        elif "status" in self.fields_set:
            field_dict["status"] = None
        if self.transcription_text is not None:
            field_dict["transcription_text"] = self.transcription_text
        elif "transcription_text" in self.fields_set:
            field_dict["transcription_text"] = None
        if self.type_ is not None:
            field_dict["type"] = self.type_
        elif "type_" in self.fields_set:
            field_dict["type"] = None
        if self.uri is not None:
            field_dict["uri"] = self.uri
        elif "uri" in self.fields_set:
            field_dict["uri"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a body; a field left out or null reads None, and `fields_set` tells them apart."""
        d = dict(src_dict)
        fields_set = frozenset(map(_NAMES.__getitem__, _NAMES.keys() & d.keys()))
        sid = d.pop("sid")

        account_sid: None | str = d.pop("account_sid", None)

        api_version: None | str = d.pop("api_version", None)

        recording_sid: None | str = d.pop("recording_sid", None)

        date_created: None | str = d.pop("date_created", None)

        date_updated: None | str = d.pop("date_updated", None)

        duration: int | None | str = d.pop("duration", None)

        price: float | None | str = d.pop("price", None)

        price_unit: None | str = d.pop("price_unit", None)

        _status = d.pop("status", None)
        status: None | str | TranscriptionStatus = None
        if _status is not None:

            def _parse_status(data: object) -> None | str | TranscriptionStatus:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_type_0 = TranscriptionStatus(data)

                    return status_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | str | TranscriptionStatus, data)

            status = _parse_status(_status)

        transcription_text: None | str = d.pop("transcription_text", None)

        type_: None | str = d.pop("type", None)

        uri: None | str = d.pop("uri", None)

        # Built without __init__, whose defaults (fields_set from the fields that are not None, an
        # empty additional_properties) would only be replaced; the model has no validators.
        transcription = cls.__new__(cls)
        transcription.sid = sid
        transcription.account_sid = account_sid
        transcription.api_version = api_version
        transcription.recording_sid = recording_sid
        transcription.date_created = date_created
        transcription.date_updated = date_updated
        transcription.duration = duration
        transcription.price = price
        transcription.price_unit = price_unit
        transcription.status = status
        transcription.transcription_text = transcription_text
        transcription.type_ = type_
        transcription.uri = uri
        transcription.fields_set = fields_set

        transcription.additional_properties = d
        return transcription

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
