from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import read as _read
from signalwire_compat._model import write as _write

from ..models.call_direction import CallDirection
from ..models.callback_call_status import CallbackCallStatus

T = TypeVar("T", bound="CallStatusCallback")

_FIELDS: tuple[tuple[str, str], ...] = (
    ("AccountSid", "account_sid"),
    ("CallSid", "call_sid"),
    ("From", "from_"),
    ("To", "to"),
    ("CallStatus", "call_status"),
    ("Direction", "direction"),
    ("ApiVersion", "api_version"),
    ("ForwardedFrom", "forwarded_from"),
    ("CallerName", "caller_name"),
    ("ParentCallSid", "parent_call_sid"),
    ("Timestamp", "timestamp"),
    ("SequenceNumber", "sequence_number"),
    ("CallDuration", "call_duration"),
    ("CallbackSource", "callback_source"),
    ("SipResultCode", "sip_result_code"),
    ("SipInviteResultPhrase", "sip_invite_result_phrase"),
    ("RecordingUrl", "recording_url"),
    ("RecordingSid", "recording_sid"),
    ("RecordingDuration", "recording_duration"),
    ("AudioInMos", "audio_in_mos"),
)
"""The fields of the model: (name in the body, Python name)."""


@_attrs_define
class CallStatusCallback:
    """The form SignalWire sends to a StatusCallback URL. Every field is optional and sent as text; values the spec does
    not list pass through.

    """

    account_sid: str | None = None
    """ The unique ID of the project this call is associated with. """
    call_sid: str | None = None
    """ A unique identifier for the call. """
    from_: str | None = None
    """ The address that placed the call, in E.164 format for phone numbers. """
    to: str | None = None
    """ The address that received the call, in E.164 format for phone numbers. """
    call_status: CallbackCallStatus | str | None = None
    """ The status of the call. """
    direction: CallDirection | str | None = None
    """ The direction of the call: inbound, outbound-api (REST API) or outbound-dial (the Dial verb). """
    api_version: str | None = None
    """ The version of the SignalWire API. """
    forwarded_from: str | None = None
    """ The number this call was forwarded from. """
    caller_name: str | None = None
    """ The name of the caller, when Caller ID lookup is enabled. """
    parent_call_sid: str | None = None
    """ A unique identifier for the call that created this call. """
    timestamp: str | None = None
    """ When the event occurred, in RFC 2822 format. """
    sequence_number: str | None = None
    """ The order of the event among the call's callbacks, from 0 (a number, sent as text). """
    call_duration: str | None = None
    """ The duration, in seconds, of the finished call (a number, sent as text); only on the completed event. """
    callback_source: str | None = None
    """ The source of the status callback. """
    sip_result_code: str | None = None
    """ The numeric SIP response code of the call's INVITE. """
    sip_invite_result_phrase: str | None = None
    """ The text of the SIP response to the call's INVITE. """
    recording_url: str | None = None
    """ The URL of the call's recording. """
    recording_sid: str | None = None
    """ The unique identifier of the call's recording. """
    recording_duration: str | None = None
    """ The duration, in seconds, of the recording (a number, sent as text). """
    audio_in_mos: str | None = None
    """ A mean opinion score, from 1 to 5, of the inbound audio quality. """
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
