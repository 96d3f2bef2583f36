from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_call_request_machine_detection import (
    CreateCallRequestMachineDetection,
)
from ..models.create_call_request_recording_channels import (
    CreateCallRequestRecordingChannels,
)
from ..models.create_call_request_recording_track import CreateCallRequestRecordingTrack
from ..models.create_call_request_trim import CreateCallRequestTrim
from ..models.http_method import HttpMethod
from ..models.status_callback_event import StatusCallbackEvent
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateCallRequest")


@_attrs_define
class CreateCallRequest:
    """The fields of a new call, listed in the order twilio-python sends them, so that the same arguments give the same
    form body.

    """

    to: str
    """ The address that receives the call: an E.164 phone number, a SIP URI or a client identifier. """
    from_: str
    """ The address that places the call: an E.164 phone number for calls to the phone network. """
    method: HttpMethod | Unset = HttpMethod.POST
    fallback_url: str | Unset = UNSET
    """ The URL SignalWire will request if errors occur when fetching the Url. """
    fallback_method: HttpMethod | Unset = HttpMethod.POST
    status_callback: str | Unset = UNSET
    """ The URL SignalWire will send webhooks to on every requested StatusCallbackEvent event. """
    status_callback_event: list[StatusCallbackEvent] | Unset = UNSET
    """ The call events that trigger a request to StatusCallback. Default is completed. """
    status_callback_method: HttpMethod | Unset = HttpMethod.POST
    send_digits: str | Unset = UNSET
    """ The digits to press once the call is connected: 0-9, #, *, w (wait 0.5 s) and W (wait 1 s). """
    timeout: int | Unset = 60
    """ How long, in seconds, to let the call ring before assuming no answer. Default is 60. """
    record: bool | Unset = False
    """ Whether to record the call. Default is false. """
    recording_channels: CreateCallRequestRecordingChannels | Unset = (
        CreateCallRequestRecordingChannels.MONO
    )
    """ The number of channels in the recording. Default is mono. """
    recording_status_callback: str | Unset = UNSET
    """ The URL to request when the recording is available. """
    recording_status_callback_method: HttpMethod | Unset = HttpMethod.POST
    sip_auth_username: str | Unset = UNSET
    """ The username that authenticates the caller on an outbound SIP call. """
    sip_auth_password: str | Unset = UNSET
    """ The password that authenticates the caller on an outbound SIP call. """
    machine_detection: CreateCallRequestMachineDetection | Unset = (
        CreateCallRequestMachineDetection.NONE
    )
    """ Whether to detect if a human or a machine picked up the call. Default is none. """
    machine_detection_timeout: int | Unset = 30
    """ How long, in seconds, to wait for machine detection. Default is 30. """
    recording_status_callback_event: str | Unset = UNSET
    """ The recording events, separated by spaces, that trigger a request to RecordingStatusCallback: completed, in-
    progress, absent. Default is completed. """
    trim: CreateCallRequestTrim | Unset = CreateCallRequestTrim.TRIM_SILENCE
    """ Whether leading and trailing silence is trimmed from the recording. Default is trim-silence. """
    caller_id: str | Unset = UNSET
    """ The number, in E.164 format, or identifier shown to the called party, in place of From. """
    machine_detection_speech_threshold: int | Unset = 2400
    """ How many milliseconds of voice mean a machine. Default is 2400. """
    machine_detection_speech_end_threshold: int | Unset = 1200
    """ How many milliseconds of silence end the voice. Default is 1200. """
    machine_detection_silence_timeout: int | Unset = 5000
    """ How many milliseconds to wait for initial voice. Default is 5000. """
    machine_words_threshold: int | Unset = 6
    """ How many words mean a machine. Default is 6. """
    async_amd: bool | Unset = False
    """ Whether machine detection runs asynchronously. Default is false. """
    async_amd_status_callback: str | Unset = UNSET
    """ The URL to request when asynchronous machine detection completes. """
    async_amd_status_callback_method: HttpMethod | Unset = HttpMethod.POST
    async_amd_partial_results: bool | Unset = False
    """ Whether interim machine detection results are sent to AsyncAmdStatusCallback. Default is false. """
    recording_track: CreateCallRequestRecordingTrack | Unset = (
        CreateCallRequestRecordingTrack.BOTH
    )
    """ Which audio to record. Default is both. """
    max_price_per_minute: str | Unset = UNSET
    """ The highest price, in USD per minute, acceptable for the call, with up to 4 decimal places. """
    url: str | Unset = UNSET
    """ The URL of the XML instructions that handle the call. Required if ApplicationSid is not used. """
    application_sid: str | Unset = UNSET
    """ The unique identifier of the application that handles the call. Required if Url is not used. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to = self.to

        from_ = self.from_

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method.value

        fallback_url = self.fallback_url

        fallback_method: str | Unset = UNSET
        if not isinstance(self.fallback_method, Unset):
            fallback_method = self.fallback_method.value

        status_callback = self.status_callback

        status_callback_event: list[str] | Unset = UNSET
        if not isinstance(self.status_callback_event, Unset):
            status_callback_event = []
            for status_callback_event_item_data in self.status_callback_event:
                status_callback_event_item = status_callback_event_item_data.value
                status_callback_event.append(status_callback_event_item)

        status_callback_method: str | Unset = UNSET
        if not isinstance(self.status_callback_method, Unset):
            status_callback_method = self.status_callback_method.value

        send_digits = self.send_digits

        timeout = self.timeout

        record = self.record

        recording_channels: str | Unset = UNSET
        if not isinstance(self.recording_channels, Unset):
            recording_channels = self.recording_channels.value

        recording_status_callback = self.recording_status_callback

        recording_status_callback_method: str | Unset = UNSET
        if not isinstance(self.recording_status_callback_method, Unset):
            recording_status_callback_method = (
                self.recording_status_callback_method.value
            )

        sip_auth_username = self.sip_auth_username

        sip_auth_password = self.sip_auth_password

        machine_detection: str | Unset = UNSET
        if not isinstance(self.machine_detection, Unset):
            machine_detection = self.machine_detection.value

        machine_detection_timeout = self.machine_detection_timeout

        recording_status_callback_event = self.recording_status_callback_event

        trim: str | Unset = UNSET
        if not isinstance(self.trim, Unset):
            trim = self.trim.value

        caller_id = self.caller_id

        machine_detection_speech_threshold = self.machine_detection_speech_threshold

        machine_detection_speech_end_threshold = (
            self.machine_detection_speech_end_threshold
        )

        machine_detection_silence_timeout = self.machine_detection_silence_timeout

        machine_words_threshold = self.machine_words_threshold

        async_amd = self.async_amd

        async_amd_status_callback = self.async_amd_status_callback

        async_amd_status_callback_method: str | Unset = UNSET
        if not isinstance(self.async_amd_status_callback_method, Unset):
            async_amd_status_callback_method = (
                self.async_amd_status_callback_method.value
            )

        async_amd_partial_results = self.async_amd_partial_results

        recording_track: str | Unset = UNSET
        if not isinstance(self.recording_track, Unset):
            recording_track = self.recording_track.value

        max_price_per_minute = self.max_price_per_minute

        url = self.url

        application_sid = self.application_sid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "To": to,
                "From": from_,
            }
        )
        if method is not UNSET:
            field_dict["Method"] = method
        if fallback_url is not UNSET:
            field_dict["FallbackUrl"] = fallback_url
        if fallback_method is not UNSET:
            field_dict["FallbackMethod"] = fallback_method
        if status_callback is not UNSET:
            field_dict["StatusCallback"] = status_callback
        if status_callback_event is not UNSET:
            field_dict["StatusCallbackEvent"] = status_callback_event
        if status_callback_method is not UNSET:
            field_dict["StatusCallbackMethod"] = status_callback_method
        if send_digits is not UNSET:
            field_dict["SendDigits"] = send_digits
        if timeout is not UNSET:
            field_dict["Timeout"] = timeout
        if record is not UNSET:
            field_dict["Record"] = record
        if recording_channels is not UNSET:
            field_dict["RecordingChannels"] = recording_channels
        if recording_status_callback is not UNSET:
            field_dict["RecordingStatusCallback"] = recording_status_callback
        if recording_status_callback_method is not UNSET:
            field_dict["RecordingStatusCallbackMethod"] = (
                recording_status_callback_method
            )
        if sip_auth_username is not UNSET:
            field_dict["SipAuthUsername"] = sip_auth_username
        if sip_auth_password is not UNSET:
            field_dict["SipAuthPassword"] = sip_auth_password
        if machine_detection is not UNSET:
            field_dict["MachineDetection"] = machine_detection
        if machine_detection_timeout is not UNSET:
            field_dict["MachineDetectionTimeout"] = machine_detection_timeout
        if recording_status_callback_event is not UNSET:
            field_dict["RecordingStatusCallbackEvent"] = recording_status_callback_event
        if trim is not UNSET:
            field_dict["Trim"] = trim
        if caller_id is not UNSET:
            field_dict["CallerId"] = caller_id
        if machine_detection_speech_threshold is not UNSET:
            field_dict["MachineDetectionSpeechThreshold"] = (
                machine_detection_speech_threshold
            )
        if machine_detection_speech_end_threshold is not UNSET:
            field_dict["MachineDetectionSpeechEndThreshold"] = (
                machine_detection_speech_end_threshold
            )
        if machine_detection_silence_timeout is not UNSET:
            field_dict["MachineDetectionSilenceTimeout"] = (
                machine_detection_silence_timeout
            )
        if machine_words_threshold is not UNSET:
            field_dict["MachineWordsThreshold"] = machine_words_threshold
        if async_amd is not UNSET:
            field_dict["AsyncAmd"] = async_amd
        if async_amd_status_callback is not UNSET:
            field_dict["AsyncAmdStatusCallback"] = async_amd_status_callback
        if async_amd_status_callback_method is not UNSET:
            field_dict["AsyncAmdStatusCallbackMethod"] = (
                async_amd_status_callback_method
            )
        if async_amd_partial_results is not UNSET:
            field_dict["AsyncAmdPartialResults"] = async_amd_partial_results
        if recording_track is not UNSET:
            field_dict["RecordingTrack"] = recording_track
        if max_price_per_minute is not UNSET:
            field_dict["MaxPricePerMinute"] = max_price_per_minute
        if url is not UNSET:
            field_dict["Url"] = url
        if application_sid is not UNSET:
            field_dict["ApplicationSid"] = application_sid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        to = d.pop("To")

        from_ = d.pop("From")

        _method = d.pop("Method", UNSET)
        method: HttpMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = HttpMethod(_method)

        fallback_url = d.pop("FallbackUrl", UNSET)

        _fallback_method = d.pop("FallbackMethod", UNSET)
        fallback_method: HttpMethod | Unset
        if isinstance(_fallback_method, Unset):
            fallback_method = UNSET
        else:
            fallback_method = HttpMethod(_fallback_method)

        status_callback = d.pop("StatusCallback", UNSET)

        _status_callback_event = d.pop("StatusCallbackEvent", UNSET)
        status_callback_event: list[StatusCallbackEvent] | Unset = UNSET
        if _status_callback_event is not UNSET:
            status_callback_event = []
            for status_callback_event_item_data in _status_callback_event:
                status_callback_event_item = StatusCallbackEvent(
                    status_callback_event_item_data
                )

                status_callback_event.append(status_callback_event_item)

        _status_callback_method = d.pop("StatusCallbackMethod", UNSET)
        status_callback_method: HttpMethod | Unset
        if isinstance(_status_callback_method, Unset):
            status_callback_method = UNSET
        else:
            status_callback_method = HttpMethod(_status_callback_method)

        send_digits = d.pop("SendDigits", UNSET)

        timeout = d.pop("Timeout", UNSET)

        record = d.pop("Record", UNSET)

        _recording_channels = d.pop("RecordingChannels", UNSET)
        recording_channels: CreateCallRequestRecordingChannels | Unset
        if isinstance(_recording_channels, Unset):
            recording_channels = UNSET
        else:
            recording_channels = CreateCallRequestRecordingChannels(_recording_channels)

        recording_status_callback = d.pop("RecordingStatusCallback", UNSET)

        _recording_status_callback_method = d.pop(
            "RecordingStatusCallbackMethod", UNSET
        )
        recording_status_callback_method: HttpMethod | Unset
        if isinstance(_recording_status_callback_method, Unset):
            recording_status_callback_method = UNSET
        else:
            recording_status_callback_method = HttpMethod(
                _recording_status_callback_method
            )

        sip_auth_username = d.pop("SipAuthUsername", UNSET)

        sip_auth_password = d.pop("SipAuthPassword", UNSET)

        _machine_detection = d.pop("MachineDetection", UNSET)
        machine_detection: CreateCallRequestMachineDetection | Unset
        if isinstance(_machine_detection, Unset):
            machine_detection = UNSET
        else:
            machine_detection = CreateCallRequestMachineDetection(_machine_detection)

        machine_detection_timeout = d.pop("MachineDetectionTimeout", UNSET)

        recording_status_callback_event = d.pop("RecordingStatusCallbackEvent", UNSET)

        _trim = d.pop("Trim", UNSET)
        trim: CreateCallRequestTrim | Unset
        if isinstance(_trim, Unset):
            trim = UNSET
        else:
            trim = CreateCallRequestTrim(_trim)

        caller_id = d.pop("CallerId", UNSET)

        machine_detection_speech_threshold = d.pop(
            "MachineDetectionSpeechThreshold", UNSET
        )

        machine_detection_speech_end_threshold = d.pop(
            "MachineDetectionSpeechEndThreshold", UNSET
        )

        machine_detection_silence_timeout = d.pop(
            "MachineDetectionSilenceTimeout", UNSET
        )

        machine_words_threshold = d.pop("MachineWordsThreshold", UNSET)

        async_amd = d.pop("AsyncAmd", UNSET)

        async_amd_status_callback = d.pop("AsyncAmdStatusCallback", UNSET)

        _async_amd_status_callback_method = d.pop("AsyncAmdStatusCallbackMethod", UNSET)
        async_amd_status_callback_method: HttpMethod | Unset
        if isinstance(_async_amd_status_callback_method, Unset):
            async_amd_status_callback_method = UNSET
        else:
            async_amd_status_callback_method = HttpMethod(
                _async_amd_status_callback_method
            )

        async_amd_partial_results = d.pop("AsyncAmdPartialResults", UNSET)

        _recording_track = d.pop("RecordingTrack", UNSET)
        recording_track: CreateCallRequestRecordingTrack | Unset
        if isinstance(_recording_track, Unset):
            recording_track = UNSET
        else:
            recording_track = CreateCallRequestRecordingTrack(_recording_track)

        max_price_per_minute = d.pop("MaxPricePerMinute", UNSET)

        url = d.pop("Url", UNSET)

        application_sid = d.pop("ApplicationSid", UNSET)

        create_call_request = cls(
            to=to,
            from_=from_,
            method=method,
            fallback_url=fallback_url,
            fallback_method=fallback_method,
            status_callback=status_callback,
            status_callback_event=status_callback_event,
            status_callback_method=status_callback_method,
            send_digits=send_digits,
            timeout=timeout,
            record=record,
            recording_channels=recording_channels,
            recording_status_callback=recording_status_callback,
            recording_status_callback_method=recording_status_callback_method,
            sip_auth_username=sip_auth_username,
            sip_auth_password=sip_auth_password,
            machine_detection=machine_detection,
            machine_detection_timeout=machine_detection_timeout,
            recording_status_callback_event=recording_status_callback_event,
            trim=trim,
            caller_id=caller_id,
            machine_detection_speech_threshold=machine_detection_speech_threshold,
            machine_detection_speech_end_threshold=machine_detection_speech_end_threshold,
            machine_detection_silence_timeout=machine_detection_silence_timeout,
            machine_words_threshold=machine_words_threshold,
            async_amd=async_amd,
            async_amd_status_callback=async_amd_status_callback,
            async_amd_status_callback_method=async_amd_status_callback_method,
            async_amd_partial_results=async_amd_partial_results,
            recording_track=recording_track,
            max_price_per_minute=max_price_per_minute,
            url=url,
            application_sid=application_sid,
        )

        create_call_request.additional_properties = d
        return create_call_request

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
