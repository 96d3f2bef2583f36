from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_direction import CallDirection
from ..models.callback_call_status import CallbackCallStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallStatusCallback")


@_attrs_define
class CallStatusCallback:
    """The form SignalWire sends to a StatusCallback URL. Every field is optional and sent as text; values the spec does
    not list pass through.

    """

    account_sid: str | Unset = UNSET
    """ The unique ID of the project this call is associated with. """
    call_sid: str | Unset = UNSET
    """ A unique identifier for the call. """
    from_: str | Unset = UNSET
    """ The address that placed the call, in E.164 format for phone numbers. """
    to: str | Unset = UNSET
    """ The address that received the call, in E.164 format for phone numbers. """
    call_status: CallbackCallStatus | str | Unset = UNSET
    """ The status of the call. """
    direction: CallDirection | str | Unset = UNSET
    """ The direction of the call: inbound, outbound-api (REST API) or outbound-dial (the Dial verb). """
    api_version: str | Unset = UNSET
    """ The version of the SignalWire API. """
    forwarded_from: str | Unset = UNSET
    """ The number this call was forwarded from. """
    caller_name: str | Unset = UNSET
    """ The name of the caller, when Caller ID lookup is enabled. """
    parent_call_sid: str | Unset = UNSET
    """ A unique identifier for the call that created this call. """
    timestamp: str | Unset = UNSET
    """ When the event occurred, in RFC 2822 format. """
    sequence_number: str | Unset = UNSET
    """ The order of the event among the call's callbacks, from 0 (a number, sent as text). """
    call_duration: str | Unset = UNSET
    """ The duration, in seconds, of the finished call (a number, sent as text); only on the completed event. """
    callback_source: str | Unset = UNSET
    """ The source of the status callback. """
    sip_result_code: str | Unset = UNSET
    """ The numeric SIP response code of the call's INVITE. """
    sip_invite_result_phrase: str | Unset = UNSET
    """ The text of the SIP response to the call's INVITE. """
    recording_url: str | Unset = UNSET
    """ The URL of the call's recording. """
    recording_sid: str | Unset = UNSET
    """ The unique identifier of the call's recording. """
    recording_duration: str | Unset = UNSET
    """ The duration, in seconds, of the recording (a number, sent as text). """
    audio_in_mos: str | Unset = UNSET
    """ A mean opinion score, from 1 to 5, of the inbound audio quality. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_sid = self.account_sid

        call_sid = self.call_sid

        from_ = self.from_

        to = self.to

        call_status: str | Unset
        if isinstance(self.call_status, Unset):
            call_status = UNSET
        elif isinstance(self.call_status, CallbackCallStatus):
            call_status = self.call_status.value
        else:
            call_status = self.call_status

        direction: str | Unset
        if isinstance(self.direction, Unset):
            direction = UNSET
        elif isinstance(self.direction, CallDirection):
            direction = self.direction.value
        else:
            direction = self.direction

        api_version = self.api_version

        forwarded_from = self.forwarded_from

        caller_name = self.caller_name

        parent_call_sid = self.parent_call_sid

        timestamp = self.timestamp

        sequence_number = self.sequence_number

        call_duration = self.call_duration

        callback_source = self.callback_source

        sip_result_code = self.sip_result_code

        sip_invite_result_phrase = self.sip_invite_result_phrase

        recording_url = self.recording_url

        recording_sid = self.recording_sid

        recording_duration = self.recording_duration

        audio_in_mos = self.audio_in_mos

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_sid is not UNSET:
            field_dict["AccountSid"] = account_sid
        if call_sid is not UNSET:
            field_dict["CallSid"] = call_sid
        if from_ is not UNSET:
            field_dict["From"] = from_
        if to is not UNSET:
            field_dict["To"] = to
        if call_status is not UNSET:
            field_dict["CallStatus"] = call_status
        if direction is not UNSET:
            field_dict["Direction"] = direction
        if api_version is not UNSET:
            field_dict["ApiVersion"] = api_version
        if forwarded_from is not UNSET:
            field_dict["ForwardedFrom"] = forwarded_from
        if caller_name is not UNSET:
            field_dict["CallerName"] = caller_name
        if parent_call_sid is not UNSET:
            field_dict["ParentCallSid"] = parent_call_sid
        if timestamp is not UNSET:
            field_dict["Timestamp"] = timestamp
        if sequence_number is not UNSET:
            field_dict["SequenceNumber"] = sequence_number
        if call_duration is not UNSET:
            field_dict["CallDuration"] = call_duration
        if callback_source is not UNSET:
            field_dict["CallbackSource"] = callback_source
        if sip_result_code is not UNSET:
            field_dict["SipResultCode"] = sip_result_code
        if sip_invite_result_phrase is not UNSET:
            field_dict["SipInviteResultPhrase"] = sip_invite_result_phrase
        if recording_url is not UNSET:
            field_dict["RecordingUrl"] = recording_url
        if recording_sid is not UNSET:
            field_dict["RecordingSid"] = recording_sid
        if recording_duration is not UNSET:
            field_dict["RecordingDuration"] = recording_duration
        if audio_in_mos is not UNSET:
            field_dict["AudioInMos"] = audio_in_mos

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_sid = d.pop("AccountSid", UNSET)

        call_sid = d.pop("CallSid", UNSET)

        from_ = d.pop("From", UNSET)

        to = d.pop("To", UNSET)

        def _parse_call_status(data: object) -> CallbackCallStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                call_status_type_0 = CallbackCallStatus(data)

                return call_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallbackCallStatus | str | Unset, data)

        call_status = _parse_call_status(d.pop("CallStatus", UNSET))

        def _parse_direction(data: object) -> CallDirection | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                direction_type_0 = CallDirection(data)

                return direction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallDirection | str | Unset, data)

        direction = _parse_direction(d.pop("Direction", UNSET))

        api_version = d.pop("ApiVersion", UNSET)

        forwarded_from = d.pop("ForwardedFrom", UNSET)

        caller_name = d.pop("CallerName", UNSET)

        parent_call_sid = d.pop("ParentCallSid", UNSET)

        timestamp = d.pop("Timestamp", UNSET)

        sequence_number = d.pop("SequenceNumber", UNSET)

        call_duration = d.pop("CallDuration", UNSET)

        callback_source = d.pop("CallbackSource", UNSET)

        sip_result_code = d.pop("SipResultCode", UNSET)

        sip_invite_result_phrase = d.pop("SipInviteResultPhrase", UNSET)

        recording_url = d.pop("RecordingUrl", UNSET)

        recording_sid = d.pop("RecordingSid", UNSET)

        recording_duration = d.pop("RecordingDuration", UNSET)

        audio_in_mos = d.pop("AudioInMos", UNSET)

        call_status_callback = cls(
            account_sid=account_sid,
            call_sid=call_sid,
            from_=from_,
            to=to,
            call_status=call_status,
            direction=direction,
            api_version=api_version,
            forwarded_from=forwarded_from,
            caller_name=caller_name,
            parent_call_sid=parent_call_sid,
            timestamp=timestamp,
            sequence_number=sequence_number,
            call_duration=call_duration,
            callback_source=callback_source,
            sip_result_code=sip_result_code,
            sip_invite_result_phrase=sip_invite_result_phrase,
            recording_url=recording_url,
            recording_sid=recording_sid,
            recording_duration=recording_duration,
            audio_in_mos=audio_in_mos,
        )

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
