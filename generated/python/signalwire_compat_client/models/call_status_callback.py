from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
_NAMES: dict[str, str] = dict(_FIELDS)


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.account_sid is not None:
            field_dict["AccountSid"] = self.account_sid
        elif "account_sid" in self.fields_set:
            field_dict["AccountSid"] = None
        if self.call_sid is not None:
            field_dict["CallSid"] = self.call_sid
        elif "call_sid" in self.fields_set:
            field_dict["CallSid"] = None
        if self.from_ is not None:
            field_dict["From"] = self.from_
        elif "from_" in self.fields_set:
            field_dict["From"] = None
        if self.to is not None:
            field_dict["To"] = self.to
        elif "to" in self.fields_set:
            field_dict["To"] = None
        if self.call_status is not None:
            call_status: str
            if isinstance(self.call_status, CallbackCallStatus):
                call_status = self.call_status.value
            else:
                call_status = self.call_status

            field_dict["CallStatus"] = call_status
        elif "call_status" in self.fields_set:
            field_dict["CallStatus"] = None
        if self.direction is not None:
            direction: str
            if isinstance(self.direction, CallDirection):
                direction = self.direction.value
            else:
                direction = self.direction

            field_dict["Direction"] = direction
        elif "direction" in self.fields_set:
            field_dict["Direction"] = None
        if self.api_version is not None:
            field_dict["ApiVersion"] = self.api_version
        elif "api_version" in self.fields_set:
            field_dict["ApiVersion"] = None
        if self.forwarded_from is not None:
            field_dict["ForwardedFrom"] = self.forwarded_from
        elif "forwarded_from" in self.fields_set:
            field_dict["ForwardedFrom"] = None
        if self.caller_name is not None:
            field_dict["CallerName"] = self.caller_name
        elif "caller_name" in self.fields_set:
            field_dict["CallerName"] = None
        if self.parent_call_sid is not None:
            field_dict["ParentCallSid"] = self.parent_call_sid
        elif "parent_call_sid" in self.fields_set:
            field_dict["ParentCallSid"] = None
        if self.timestamp is not None:
            field_dict["Timestamp"] = self.timestamp
        elif "timestamp" in self.fields_set:
            field_dict["Timestamp"] = None
        if self.sequence_number is not None:
            field_dict["SequenceNumber"] = self.sequence_number
        elif "sequence_number" in self.fields_set:
            field_dict["SequenceNumber"] = None
        if self.call_duration is not None:
            field_dict["CallDuration"] = self.call_duration
        elif "call_duration" in self.fields_set:
            field_dict["CallDuration"] = None
        if self.callback_source is not None:
            field_dict["CallbackSource"] = self.callback_source
        elif "callback_source" in self.fields_set:
            field_dict["CallbackSource"] = None
        if self.sip_result_code is not None:
            field_dict["SipResultCode"] = self.sip_result_code
        elif "sip_result_code" in self.fields_set:
            field_dict["SipResultCode"] = None
        if self.sip_invite_result_phrase is not None:
            field_dict["SipInviteResultPhrase"] = self.sip_invite_result_phrase
        elif "sip_invite_result_phrase" in self.fields_set:
            field_dict["SipInviteResultPhrase"] = None
        if self.recording_url is not None:
            field_dict["RecordingUrl"] = self.recording_url
        elif "recording_url" in self.fields_set:
            field_dict["RecordingUrl"] = None
        if self.recording_sid is not None:
            field_dict["RecordingSid"] = self.recording_sid
        elif "recording_sid" in self.fields_set:
            field_dict["RecordingSid"] = None
        if self.recording_duration is not None:
            field_dict["RecordingDuration"] = self.recording_duration
        elif "recording_duration" in self.fields_set:
            field_dict["RecordingDuration"] = None
        if self.audio_in_mos is not None:
            field_dict["AudioInMos"] = self.audio_in_mos
        elif "audio_in_mos" in self.fields_set:
            field_dict["AudioInMos"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a body; a field left out or null reads None, and `fields_set` tells them apart."""
        d = dict(src_dict)
        fields_set = frozenset(map(_NAMES.__getitem__, _NAMES.keys() & d.keys()))
        account_sid: str | None = d.pop("AccountSid", None)

        call_sid: str | None = d.pop("CallSid", None)

        from_: str | None = d.pop("From", None)

        to: str | None = d.pop("To", None)

        _call_status = d.pop("CallStatus", None)
        call_status: CallbackCallStatus | str | None = None
        if _call_status is not None:

            def _parse_call_status(data: object) -> CallbackCallStatus | str:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    call_status_type_0 = CallbackCallStatus(data)

                    return call_status_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(CallbackCallStatus | str, data)

            call_status = _parse_call_status(_call_status)

        _direction = d.pop("Direction", None)
        direction: CallDirection | str | None = None
        if _direction is not None:

            def _parse_direction(data: object) -> CallDirection | str:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    direction_type_0 = CallDirection(data)

                    return direction_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(CallDirection | str, data)

            direction = _parse_direction(_direction)

        api_version: str | None = d.pop("ApiVersion", None)

        forwarded_from: str | None = d.pop("ForwardedFrom", None)

        caller_name: str | None = d.pop("CallerName", None)

        parent_call_sid: str | None = d.pop("ParentCallSid", None)

        timestamp: str | None = d.pop("Timestamp", None)

        sequence_number: str | None = d.pop("SequenceNumber", None)

        call_duration: str | None = d.pop("CallDuration", None)

        callback_source: str | None = d.pop("CallbackSource", None)

        sip_result_code: str | None = d.pop("SipResultCode", None)

        sip_invite_result_phrase: str | None = d.pop("SipInviteResultPhrase", None)

        recording_url: str | None = d.pop("RecordingUrl", None)

        recording_sid: str | None = d.pop("RecordingSid", None)

        recording_duration: str | None = d.pop("RecordingDuration", None)

        audio_in_mos: str | None = d.pop("AudioInMos", None)

        # Built without __init__, whose defaults (fields_set from the fields that are not None, an
        # empty additional_properties) would only be replaced; the model has no validators.
        call_status_callback = cls.__new__(cls)
        call_status_callback.account_sid = account_sid
        call_status_callback.call_sid = call_sid
        call_status_callback.from_ = from_
        call_status_callback.to = to
        call_status_callback.call_status = call_status
        call_status_callback.direction = direction
        call_status_callback.api_version = api_version
        call_status_callback.forwarded_from = forwarded_from
        call_status_callback.caller_name = caller_name
        call_status_callback.parent_call_sid = parent_call_sid
        call_status_callback.timestamp = timestamp
        call_status_callback.sequence_number = sequence_number
        call_status_callback.call_duration = call_duration
        call_status_callback.callback_source = callback_source
        call_status_callback.sip_result_code = sip_result_code
        call_status_callback.sip_invite_result_phrase = sip_invite_result_phrase
        call_status_callback.recording_url = recording_url
        call_status_callback.recording_sid = recording_sid
        call_status_callback.recording_duration = recording_duration
        call_status_callback.audio_in_mos = audio_in_mos
        call_status_callback.fields_set = fields_set

        call_status_callback.additional_properties = d
        return call_status_callback

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
