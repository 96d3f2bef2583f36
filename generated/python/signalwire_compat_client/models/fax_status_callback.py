from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fax_status import FaxStatus

T = TypeVar("T", bound="FaxStatusCallback")

_FIELDS: tuple[tuple[str, str], ...] = (
    ("FaxSid", "fax_sid"),
    ("AccountSid", "account_sid"),
    ("From", "from_"),
    ("To", "to"),
    ("ApiVersion", "api_version"),
    ("FaxStatus", "fax_status"),
    ("RemoteStationId", "remote_station_id"),
    ("OriginalMediaUrl", "original_media_url"),
    ("NumPages", "num_pages"),
    ("MediaSid", "media_sid"),
    ("MediaUrl", "media_url"),
    ("ErrorCode", "error_code"),
    ("ErrorMessage", "error_message"),
)
"""The fields of the model: (name in the body, Python name)."""
_NAMES: dict[str, str] = dict(_FIELDS)


@_attrs_define
class FaxStatusCallback:
    """The form SignalWire sends to a fax's StatusCallback URL. Every field is optional and sent as text; values the spec
    does not list pass through.

    """

    fax_sid: str | None = None
    """ The unique identifier of the fax. """
    account_sid: str | None = None
    """ The unique ID of the project the fax belongs to. """
    from_: str | None = None
    """ The phone number, in E.164 format, that sends the fax. """
    to: str | None = None
    """ The phone number, in E.164 format, or the SIP URI that receives the fax. """
    api_version: str | None = None
    """ The version of the SignalWire API. """
    fax_status: FaxStatus | str | None = None
    """ The status of the fax when the callback was sent. """
    remote_station_id: str | None = None
    """ The station identifier (TSID) the other fax machine reported. """
    original_media_url: str | None = None
    """ The MediaUrl the fax was sent with. """
    num_pages: str | None = None
    """ How many pages were sent or received (a number, sent as text). """
    media_sid: str | None = None
    """ The unique identifier of the fax's media file. """
    media_url: str | None = None
    """ The URL the fax's document can be downloaded from. """
    error_code: str | None = None
    """ The error code of a failed fax. """
    error_message: str | None = None
    """ What went wrong with a failed fax. """
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
        if self.fax_sid is not None:
            field_dict["FaxSid"] = self.fax_sid
        elif "fax_sid" in self.fields_set:
            field_dict["FaxSid"] = None
        if self.account_sid is not None:
            field_dict["AccountSid"] = self.account_sid
        elif "account_sid" in self.fields_set:
            field_dict["AccountSid"] = None
        if self.from_ is not None:
            field_dict["From"] = self.from_
        elif "from_" in self.fields_set:
            field_dict["From"] = None
        if self.to is not None:
            field_dict["To"] = self.to
        elif "to" in self.fields_set:
            field_dict["To"] = None
        if self.api_version is not None:
            field_dict["ApiVersion"] = self.api_version
        elif "api_version" in self.fields_set:
            field_dict["ApiVersion"] = None
        if self.fax_status is not None:
            fax_status: str
            if isinstance(self.fax_status, FaxStatus):
                fax_status = self.fax_status.value
            else:
                fax_status = self.fax_status

            field_dict["FaxStatus"] = fax_status
        elif "fax_status" in self.fields_set:
            field_dict["FaxStatus"] = None
        if self.remote_station_id is not None:
            field_dict["RemoteStationId"] = self.remote_station_id
        elif "remote_station_id" in self.fields_set:
            field_dict["RemoteStationId"] = None
        if self.original_media_url is not None:
            field_dict["OriginalMediaUrl"] = self.original_media_url
        elif "original_media_url" in self.fields_set:
            field_dict["OriginalMediaUrl"] = None
        if self.num_pages is not None:
            field_dict["NumPages"] = self.num_pages
        elif "num_pages" in self.fields_set:
            field_dict["NumPages"] = None
        if self.media_sid is not None:
            field_dict["MediaSid"] = self.media_sid
        elif "media_sid" in self.fields_set:
            field_dict["MediaSid"] = None
        if self.media_url is not None:
            field_dict["MediaUrl"] = self.media_url
        elif "media_url" in self.fields_set:
            field_dict["MediaUrl"] = None
        if self.error_code is not None:
            field_dict["ErrorCode"] = self.error_code
        elif "error_code" in self.fields_set:
            field_dict["ErrorCode"] = None
        if self.error_message is not None:
            field_dict["ErrorMessage"] = self.error_message
        elif "error_message" in self.fields_set:
            field_dict["ErrorMessage"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a body; a field left out or null reads None, and `fields_set` tells them apart."""
        d = dict(src_dict)
        fields_set = frozenset(map(_NAMES.__getitem__, _NAMES.keys() & d.keys()))
        fax_sid: str | None = d.pop("FaxSid", None)

        account_sid: str | None = d.pop("AccountSid", None)

        from_: str | None = d.pop("From", None)

        to: str | None = d.pop("To", None)

        api_version: str | None = d.pop("ApiVersion", None)

        _fax_status = d.pop("FaxStatus", None)
        fax_status: FaxStatus | str | None = None
        if _fax_status is not None:

            def _parse_fax_status(data: object) -> FaxStatus | str:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    fax_status_type_0 = FaxStatus(data)

                    return fax_status_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(FaxStatus | str, data)

            fax_status = _parse_fax_status(_fax_status)

        remote_station_id: str | None = d.pop("RemoteStationId", None)

        original_media_url: str | None = d.pop("OriginalMediaUrl", None)

        num_pages: str | None = d.pop("NumPages", None)

        media_sid: str | None = d.pop("MediaSid", None)

        media_url: str | None = d.pop("MediaUrl", None)

        error_code: str | None = d.pop("ErrorCode", None)

        error_message: str | None = d.pop("ErrorMessage", None)

        # Built without __init__, whose defaults (fields_set from the fields that are not None, an
        # empty additional_properties) would only be replaced; the model has no validators.
        fax_status_callback = cls.__new__(cls)
        fax_status_callback.fax_sid = fax_sid
        fax_status_callback.account_sid = account_sid
        fax_status_callback.from_ = from_
        fax_status_callback.to = to
        fax_status_callback.api_version = api_version
        fax_status_callback.fax_status = fax_status
        fax_status_callback.remote_station_id = remote_station_id
        fax_status_callback.original_media_url = original_media_url
        fax_status_callback.num_pages = num_pages
        fax_status_callback.media_sid = media_sid
        fax_status_callback.media_url = media_url
        fax_status_callback.error_code = error_code
        fax_status_callback.error_message = error_message
        fax_status_callback.fields_set = fields_set

        fax_status_callback.additional_properties = d
        return fax_status_callback

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
