from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import NOT_NONE as _NOT_NONE
from signalwire_compat._model import Model as _Model

from ..models.fax_status import FaxStatus

_RENAMED: dict[str, str] = {
    "fax_sid": "FaxSid",
    "account_sid": "AccountSid",
    "from_": "From",
    "to": "To",
    "api_version": "ApiVersion",
    "fax_status": "FaxStatus",
    "remote_station_id": "RemoteStationId",
    "original_media_url": "OriginalMediaUrl",
    "num_pages": "NumPages",
    "media_sid": "MediaSid",
    "media_url": "MediaUrl",
    "error_code": "ErrorCode",
    "error_message": "ErrorMessage",
}
"""The fields whose name in the body is not their Python name: Python name, body name."""


@_attrs_define
class FaxStatusCallback(_Model):
    """The form SignalWire sends to a fax's StatusCallback URL. Every field is optional and sent as text; values the spec
    does not list pass through.

    """

    fax_sid: str | None = None
    """The unique identifier of the fax."""
    account_sid: str | None = None
    """The unique ID of the project the fax belongs to."""
    from_: str | None = None
    """The phone number, in E.164 format, that sends the fax."""
    to: str | None = None
    """The phone number, in E.164 format, or the SIP URI that receives the fax."""
    api_version: str | None = None
    """The version of the SignalWire API."""
    fax_status: FaxStatus | str | None = None
    """The status of the fax when the callback was sent."""
    remote_station_id: str | None = None
    """The station identifier (TSID) the other fax machine reported."""
    original_media_url: str | None = None
    """The MediaUrl the fax was sent with."""
    num_pages: str | None = None
    """How many pages were sent or received (a number, sent as text)."""
    media_sid: str | None = None
    """The unique identifier of the fax's media file."""
    media_url: str | None = None
    """The URL the fax's document can be downloaded from."""
    error_code: str | None = None
    """The error code of a failed fax."""
    error_message: str | None = None
    """What went wrong with a failed fax."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """The fields of the body that the model does not name, as received."""
    fields_set: frozenset[str] = _attrs_field(init=False, repr=False, default=_NOT_NONE)
    """The Python names of the fields the body held, null ones included; for a model built
    directly, those not None."""
