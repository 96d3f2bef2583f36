from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import read as _read
from signalwire_compat._model import write as _write

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
        return _write(self)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a body; a field left out or null reads None, and `fields_set` tells them apart.
        A value of the wrong type is a `TypeError` naming its field."""
        return _read(cls, src_dict)

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
