from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import NOT_NONE as _NOT_NONE
from signalwire_compat._model import Model as _Model

from ..models.call_direction import CallDirection
from ..models.callback_call_status import CallbackCallStatus

_RENAMED: dict[str, str] = {
    "account_sid": "AccountSid",
    "call_sid": "CallSid",
    "from_": "From",
    "to": "To",
    "call_status": "CallStatus",
    "direction": "Direction",
    "api_version": "ApiVersion",
    "forwarded_from": "ForwardedFrom",
    "caller_name": "CallerName",
    "parent_call_sid": "ParentCallSid",
    "timestamp": "Timestamp",
    "sequence_number": "SequenceNumber",
    "call_duration": "CallDuration",
    "callback_source": "CallbackSource",
    "sip_result_code": "SipResultCode",
    "sip_invite_result_phrase": "SipInviteResultPhrase",
    "recording_url": "RecordingUrl",
    "recording_sid": "RecordingSid",
    "recording_duration": "RecordingDuration",
    "audio_in_mos": "AudioInMos",
}
"""The fields whose name in the body is not their Python name: Python name, body name."""


@_attrs_define
class CallStatusCallback(_Model):
    """The form SignalWire sends to a StatusCallback URL. Every field is optional and sent as text; values the spec does
    not list pass through.

    """

    account_sid: str | None = None
    """The unique ID of the project this call is associated with."""
    call_sid: str | None = None
    """A unique identifier for the call."""
    from_: str | None = None
    """The address that placed the call, in E.164 format for phone numbers."""
    to: str | None = None
    """The address that received the call, in E.164 format for phone numbers."""
    call_status: CallbackCallStatus | str | None = None
    """The status of the call."""
    direction: CallDirection | str | None = None
    """The direction of the call: inbound, outbound-api (REST API) or outbound-dial (the Dial verb)."""
    api_version: str | None = None
    """The version of the SignalWire API."""
    forwarded_from: str | None = None
    """The number this call was forwarded from."""
    caller_name: str | None = None
    """The name of the caller, when Caller ID lookup is enabled."""
    parent_call_sid: str | None = None
    """A unique identifier for the call that created this call."""
    timestamp: str | None = None
    """When the event occurred, in RFC 2822 format."""
    sequence_number: str | None = None
    """The order of the event among the call's callbacks, from 0 (a number, sent as text)."""
    call_duration: str | None = None
    """The duration, in seconds, of the finished call (a number, sent as text); only on the completed event."""
    callback_source: str | None = None
    """The source of the status callback."""
    sip_result_code: str | None = None
    """The numeric SIP response code of the call's INVITE."""
    sip_invite_result_phrase: str | None = None
    """The text of the SIP response to the call's INVITE."""
    recording_url: str | None = None
    """The URL of the call's recording."""
    recording_sid: str | None = None
    """The unique identifier of the call's recording."""
    recording_duration: str | None = None
    """The duration, in seconds, of the recording (a number, sent as text)."""
    audio_in_mos: str | None = None
    """A mean opinion score, from 1 to 5, of the inbound audio quality."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """The fields of the body that the model does not name, as received."""
    fields_set: frozenset[str] = _attrs_field(init=False, repr=False, default=_NOT_NONE)
    """The Python names of the fields the body held, null ones included; for a model built
    directly, those not None."""
