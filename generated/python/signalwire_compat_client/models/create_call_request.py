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

T = TypeVar("T", bound="CreateCallRequest")

_FIELDS: tuple[tuple[str, str], ...] = (
    ("To", "to"),
    ("From", "from_"),
    ("Method", "method"),
    ("FallbackUrl", "fallback_url"),
    ("FallbackMethod", "fallback_method"),
    ("StatusCallback", "status_callback"),
    ("StatusCallbackEvent", "status_callback_event"),
    ("StatusCallbackMethod", "status_callback_method"),
    ("SendDigits", "send_digits"),
    ("Timeout", "timeout"),
    ("Record", "record"),
    ("RecordingChannels", "recording_channels"),
    ("RecordingStatusCallback", "recording_status_callback"),
    ("RecordingStatusCallbackMethod", "recording_status_callback_method"),
    ("SipAuthUsername", "sip_auth_username"),
    ("SipAuthPassword", "sip_auth_password"),
    ("MachineDetection", "machine_detection"),
    ("MachineDetectionTimeout", "machine_detection_timeout"),
    ("RecordingStatusCallbackEvent", "recording_status_callback_event"),
    ("Trim", "trim"),
    ("CallerId", "caller_id"),
    ("MachineDetectionSpeechThreshold", "machine_detection_speech_threshold"),
    ("MachineDetectionSpeechEndThreshold", "machine_detection_speech_end_threshold"),
    ("MachineDetectionSilenceTimeout", "machine_detection_silence_timeout"),
    ("MachineWordsThreshold", "machine_words_threshold"),
    ("AsyncAmd", "async_amd"),
    ("AsyncAmdStatusCallback", "async_amd_status_callback"),
    ("AsyncAmdStatusCallbackMethod", "async_amd_status_callback_method"),
    ("AsyncAmdPartialResults", "async_amd_partial_results"),
    ("RecordingTrack", "recording_track"),
    ("MaxPricePerMinute", "max_price_per_minute"),
    ("Url", "url"),
    ("ApplicationSid", "application_sid"),
)
"""The fields of the model: (name in the body, Python name)."""
_NAMES: dict[str, str] = dict(_FIELDS)


@_attrs_define
class CreateCallRequest:
    """The fields of a new call, listed in the order twilio-python sends them, so that the same arguments give the same
    form body.

    """

    to: str
    """ The address that receives the call: an E.164 phone number, a SIP URI or a client identifier. """
    from_: str
    """ The address that places the call: an E.164 phone number for calls to the phone network. """
    method: HttpMethod | None = HttpMethod.POST
    fallback_url: str | None = None
    """ The URL SignalWire will request if errors occur when fetching the Url. """
    fallback_method: HttpMethod | None = HttpMethod.POST
    status_callback: str | None = None
    """ The URL SignalWire will send webhooks to on every requested StatusCallbackEvent event. """
    status_callback_event: list[StatusCallbackEvent] | None = None
    """ The call events that trigger a request to StatusCallback. Default is completed. """
    status_callback_method: HttpMethod | None = HttpMethod.POST
    send_digits: str | None = None
    """ The digits to press once the call is connected: 0-9, #, *, w (wait 0.5 s) and W (wait 1 s). """
    timeout: int | None = 60
    """ How long, in seconds, to let the call ring before assuming no answer. Default is 60. """
    record: bool | None = False
    """ Whether to record the call. Default is false. """
    recording_channels: CreateCallRequestRecordingChannels | None = (
        CreateCallRequestRecordingChannels.MONO
    )
    """ The number of channels in the recording. Default is mono. """
    recording_status_callback: str | None = None
    """ The URL to request when the recording is available. """
    recording_status_callback_method: HttpMethod | None = HttpMethod.POST
    sip_auth_username: str | None = None
    """ The username that authenticates the caller on an outbound SIP call. """
    sip_auth_password: str | None = None
    """ The password that authenticates the caller on an outbound SIP call. """
    machine_detection: CreateCallRequestMachineDetection | None = (
        CreateCallRequestMachineDetection.NONE
    )
    """ Whether to detect if a human or a machine picked up the call. Default is none. """
    machine_detection_timeout: int | None = 30
    """ How long, in seconds, to wait for machine detection. Default is 30. """
    recording_status_callback_event: str | None = None
    """ The recording events, separated by spaces, that trigger a request to RecordingStatusCallback: completed, in-
    progress, absent. Default is completed. """
    trim: CreateCallRequestTrim | None = CreateCallRequestTrim.TRIM_SILENCE
    """ Whether leading and trailing silence is trimmed from the recording. Default is trim-silence. """
    caller_id: str | None = None
    """ The number, in E.164 format, or identifier shown to the called party, in place of From. """
    machine_detection_speech_threshold: int | None = 2400
    """ How many milliseconds of voice mean a machine. Default is 2400. """
    machine_detection_speech_end_threshold: int | None = 1200
    """ How many milliseconds of silence end the voice. Default is 1200. """
    machine_detection_silence_timeout: int | None = 5000
    """ How many milliseconds to wait for initial voice. Default is 5000. """
    machine_words_threshold: int | None = 6
    """ How many words mean a machine. Default is 6. """
    async_amd: bool | None = False
    """ Whether machine detection runs asynchronously. Default is false. """
    async_amd_status_callback: str | None = None
    """ The URL to request when asynchronous machine detection completes. """
    async_amd_status_callback_method: HttpMethod | None = HttpMethod.POST
    async_amd_partial_results: bool | None = False
    """ Whether interim machine detection results are sent to AsyncAmdStatusCallback. Default is false. """
    recording_track: CreateCallRequestRecordingTrack | None = (
        CreateCallRequestRecordingTrack.BOTH
    )
    """ Which audio to record. Default is both. """
    max_price_per_minute: str | None = None
    """ The highest price, in USD per minute, acceptable for the call, with up to 4 decimal places. """
    url: str | None = None
    """ The URL of the XML instructions that handle the call. Required if ApplicationSid is not used. """
    application_sid: str | None = None
    """ The unique identifier of the application that handles the call. Required if Url is not used. """
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
        to = self.to

        from_ = self.from_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "To": to,
                "From": from_,
            }
        )
        if self.method is not None:
            method = self.method.value

            field_dict["Method"] = method
        elif "method" in self.fields_set:
            field_dict["Method"] = None
        if self.fallback_url is not None:
            field_dict["FallbackUrl"] = self.fallback_url
        elif "fallback_url" in self.fields_set:
            field_dict["FallbackUrl"] = None
        if self.fallback_method is not None:
            fallback_method = self.fallback_method.value

            field_dict["FallbackMethod"] = fallback_method
        elif "fallback_method" in self.fields_set:
            field_dict["FallbackMethod"] = None
        if self.status_callback is not None:
            field_dict["StatusCallback"] = self.status_callback
        elif "status_callback" in self.fields_set:
            field_dict["StatusCallback"] = None
        if self.status_callback_event is not None:
            status_callback_event = []
            for status_callback_event_item_data in self.status_callback_event:
                status_callback_event_item = status_callback_event_item_data.value
                status_callback_event.append(status_callback_event_item)

            field_dict["StatusCallbackEvent"] = status_callback_event
        elif "status_callback_event" in self.fields_set:
            field_dict["StatusCallbackEvent"] = None
        if self.status_callback_method is not None:
            status_callback_method = self.status_callback_method.value

            field_dict["StatusCallbackMethod"] = status_callback_method
        elif "status_callback_method" in self.fields_set:
            field_dict["StatusCallbackMethod"] = None
        if self.send_digits is not None:
            field_dict["SendDigits"] = self.send_digits
        elif "send_digits" in self.fields_set:
            field_dict["SendDigits"] = None
        if self.timeout is not None:
            field_dict["Timeout"] = self.timeout
        elif "timeout" in self.fields_set:
            field_dict["Timeout"] = None
        if self.record is not None:
            field_dict["Record"] = self.record
        elif "record" in self.fields_set:
            field_dict["Record"] = None
        if self.recording_channels is not None:
            recording_channels = self.recording_channels.value

            field_dict["RecordingChannels"] = recording_channels
        elif "recording_channels" in self.fields_set:
            field_dict["RecordingChannels"] = None
        if self.recording_status_callback is not None:
            field_dict["RecordingStatusCallback"] = self.recording_status_callback
        elif "recording_status_callback" in self.fields_set:
            field_dict["RecordingStatusCallback"] = None
        if self.recording_status_callback_method is not None:
            recording_status_callback_method = (
                self.recording_status_callback_method.value
            )

            field_dict["RecordingStatusCallbackMethod"] = (
                recording_status_callback_method
            )
        elif "recording_status_callback_method" in self.fields_set:
            field_dict["RecordingStatusCallbackMethod"] = None
        if self.sip_auth_username is not None:
            field_dict["SipAuthUsername"] = self.sip_auth_username
        elif "sip_auth_username" in self.fields_set:
            field_dict["SipAuthUsername"] = None
        if self.sip_auth_password is not None:
            field_dict["SipAuthPassword"] = self.sip_auth_password
        elif "sip_auth_password" in self.fields_set:
            field_dict["SipAuthPassword"] = None
        if self.machine_detection is not None:
            machine_detection = self.machine_detection.value

            field_dict["MachineDetection"] = machine_detection
        elif "machine_detection" in self.fields_set:
            field_dict["MachineDetection"] = None
        if self.machine_detection_timeout is not None:
            field_dict["MachineDetectionTimeout"] = self.machine_detection_timeout
        elif "machine_detection_timeout" in self.fields_set:
            field_dict["MachineDetectionTimeout"] = None
        if self.recording_status_callback_event is not None:
            field_dict["RecordingStatusCallbackEvent"] = (
                self.recording_status_callback_event
            )
        elif "recording_status_callback_event" in self.fields_set:
            field_dict["RecordingStatusCallbackEvent"] = None
        if self.trim is not None:
            trim = self.trim.value

            field_dict["Trim"] = trim
        elif "trim" in self.fields_set:
            field_dict["Trim"] = None
        if self.caller_id is not None:
            field_dict["CallerId"] = self.caller_id
        elif "caller_id" in self.fields_set:
            field_dict["CallerId"] = None
        if self.machine_detection_speech_threshold is not None:
            field_dict["MachineDetectionSpeechThreshold"] = (
                self.machine_detection_speech_threshold
            )
        elif "machine_detection_speech_threshold" in self.fields_set:
            field_dict["MachineDetectionSpeechThreshold"] = None
        if self.machine_detection_speech_end_threshold is not None:
            field_dict["MachineDetectionSpeechEndThreshold"] = (
                self.machine_detection_speech_end_threshold
            )
        elif "machine_detection_speech_end_threshold" in self.fields_set:
            field_dict["MachineDetectionSpeechEndThreshold"] = None
        if self.machine_detection_silence_timeout is not None:
            field_dict["MachineDetectionSilenceTimeout"] = (
                self.machine_detection_silence_timeout
            )
        elif "machine_detection_silence_timeout" in self.fields_set:
            field_dict["MachineDetectionSilenceTimeout"] = None
        if self.machine_words_threshold is not None:
            field_dict["MachineWordsThreshold"] = self.machine_words_threshold
        elif "machine_words_threshold" in self.fields_set:
            field_dict["MachineWordsThreshold"] = None
        if self.async_amd is not None:
            field_dict["AsyncAmd"] = self.async_amd
        elif "async_amd" in self.fields_set:
            field_dict["AsyncAmd"] = None
        if self.async_amd_status_callback is not None:
            field_dict["AsyncAmdStatusCallback"] = self.async_amd_status_callback
        elif "async_amd_status_callback" in self.fields_set:
            field_dict["AsyncAmdStatusCallback"] = None
        if self.async_amd_status_callback_method is not None:
            async_amd_status_callback_method = (
                self.async_amd_status_callback_method.value
            )

            field_dict["AsyncAmdStatusCallbackMethod"] = (
                async_amd_status_callback_method
            )
        elif "async_amd_status_callback_method" in self.fields_set:
            field_dict["AsyncAmdStatusCallbackMethod"] = None
        if self.async_amd_partial_results is not None:
            field_dict["AsyncAmdPartialResults"] = self.async_amd_partial_results
        elif "async_amd_partial_results" in self.fields_set:
            field_dict["AsyncAmdPartialResults"] = None
        if self.recording_track is not None:
            recording_track = self.recording_track.value

            field_dict["RecordingTrack"] = recording_track
        elif "recording_track" in self.fields_set:
            field_dict["RecordingTrack"] = None
        if self.max_price_per_minute is not None:
            field_dict["MaxPricePerMinute"] = self.max_price_per_minute
        elif "max_price_per_minute" in self.fields_set:
            field_dict["MaxPricePerMinute"] = None
        if self.url is not None:
            field_dict["Url"] = self.url
        elif "url" in self.fields_set:
            field_dict["Url"] = None
        if self.application_sid is not None:
            field_dict["ApplicationSid"] = self.application_sid
        elif "application_sid" in self.fields_set:
            field_dict["ApplicationSid"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a body; a field left out or null reads None, and `fields_set` tells them apart."""
        d = dict(src_dict)
        fields_set = frozenset(map(_NAMES.__getitem__, _NAMES.keys() & d.keys()))
        to = d.pop("To")

        from_ = d.pop("From")

        _method = d.pop("Method", None)
        method: HttpMethod | None = None
        if _method is not None:
            method = HttpMethod(_method)

        fallback_url: str | None = d.pop("FallbackUrl", None)

        _fallback_method = d.pop("FallbackMethod", None)
        fallback_method: HttpMethod | None = None
        if _fallback_method is not None:
            fallback_method = HttpMethod(_fallback_method)

        status_callback: str | None = d.pop("StatusCallback", None)

        _status_callback_event = d.pop("StatusCallbackEvent", None)
        status_callback_event: list[StatusCallbackEvent] | None = None
        if _status_callback_event is not None:
            status_callback_event = []
            for status_callback_event_item_data in _status_callback_event:
                status_callback_event_item = StatusCallbackEvent(
                    status_callback_event_item_data
                )

                status_callback_event.append(status_callback_event_item)

        _status_callback_method = d.pop("StatusCallbackMethod", None)
        status_callback_method: HttpMethod | None = None
        if _status_callback_method is not None:
            status_callback_method = HttpMethod(_status_callback_method)

        send_digits: str | None = d.pop("SendDigits", None)

        timeout: int | None = d.pop("Timeout", None)

        record: bool | None = d.pop("Record", None)

        _recording_channels = d.pop("RecordingChannels", None)
        recording_channels: CreateCallRequestRecordingChannels | None = None
        if _recording_channels is not None:
            recording_channels = CreateCallRequestRecordingChannels(_recording_channels)

        recording_status_callback: str | None = d.pop("RecordingStatusCallback", None)

        _recording_status_callback_method = d.pop("RecordingStatusCallbackMethod", None)
        recording_status_callback_method: HttpMethod | None = None
        if _recording_status_callback_method is not None:
            recording_status_callback_method = HttpMethod(
                _recording_status_callback_method
            )

        sip_auth_username: str | None = d.pop("SipAuthUsername", None)

        sip_auth_password: str | None = d.pop("SipAuthPassword", None)

        _machine_detection = d.pop("MachineDetection", None)
        machine_detection: CreateCallRequestMachineDetection | None = None
        if _machine_detection is not None:
            machine_detection = CreateCallRequestMachineDetection(_machine_detection)

        machine_detection_timeout: int | None = d.pop("MachineDetectionTimeout", None)

        recording_status_callback_event: str | None = d.pop(
            "RecordingStatusCallbackEvent", None
        )

        _trim = d.pop("Trim", None)
        trim: CreateCallRequestTrim | None = None
        if _trim is not None:
            trim = CreateCallRequestTrim(_trim)

        caller_id: str | None = d.pop("CallerId", None)

        machine_detection_speech_threshold: int | None = d.pop(
            "MachineDetectionSpeechThreshold", None
        )

        machine_detection_speech_end_threshold: int | None = d.pop(
            "MachineDetectionSpeechEndThreshold", None
        )

        machine_detection_silence_timeout: int | None = d.pop(
            "MachineDetectionSilenceTimeout", None
        )

        machine_words_threshold: int | None = d.pop("MachineWordsThreshold", None)

        async_amd: bool | None = d.pop("AsyncAmd", None)

        async_amd_status_callback: str | None = d.pop("AsyncAmdStatusCallback", None)

        _async_amd_status_callback_method = d.pop("AsyncAmdStatusCallbackMethod", None)
        async_amd_status_callback_method: HttpMethod | None = None
        if _async_amd_status_callback_method is not None:
            async_amd_status_callback_method = HttpMethod(
                _async_amd_status_callback_method
            )

        async_amd_partial_results: bool | None = d.pop("AsyncAmdPartialResults", None)

        _recording_track = d.pop("RecordingTrack", None)
        recording_track: CreateCallRequestRecordingTrack | None = None
        if _recording_track is not None:
            recording_track = CreateCallRequestRecordingTrack(_recording_track)

        max_price_per_minute: str | None = d.pop("MaxPricePerMinute", None)

        url: str | None = d.pop("Url", None)

        application_sid: str | None = d.pop("ApplicationSid", None)

        # Built without __init__, whose defaults (fields_set from the fields that are not None, an
        # empty additional_properties) would only be replaced; the model has no validators.
        create_call_request = cls.__new__(cls)
        create_call_request.to = to
        create_call_request.from_ = from_
        create_call_request.method = method
        create_call_request.fallback_url = fallback_url
        create_call_request.fallback_method = fallback_method
        create_call_request.status_callback = status_callback
        create_call_request.status_callback_event = status_callback_event
        create_call_request.status_callback_method = status_callback_method
        create_call_request.send_digits = send_digits
        create_call_request.timeout = timeout
        create_call_request.record = record
        create_call_request.recording_channels = recording_channels
        create_call_request.recording_status_callback = recording_status_callback
        create_call_request.recording_status_callback_method = (
            recording_status_callback_method
        )
        create_call_request.sip_auth_username = sip_auth_username
        create_call_request.sip_auth_password = sip_auth_password
        create_call_request.machine_detection = machine_detection
        create_call_request.machine_detection_timeout = machine_detection_timeout
        create_call_request.recording_status_callback_event = (
            recording_status_callback_event
        )
        create_call_request.trim = trim
        create_call_request.caller_id = caller_id
        create_call_request.machine_detection_speech_threshold = (
            machine_detection_speech_threshold
        )
        create_call_request.machine_detection_speech_end_threshold = (
            machine_detection_speech_end_threshold
        )
        create_call_request.machine_detection_silence_timeout = (
            machine_detection_silence_timeout
        )
        create_call_request.machine_words_threshold = machine_words_threshold
        create_call_request.async_amd = async_amd
        create_call_request.async_amd_status_callback = async_amd_status_callback
        create_call_request.async_amd_status_callback_method = (
            async_amd_status_callback_method
        )
        create_call_request.async_amd_partial_results = async_amd_partial_results
        create_call_request.recording_track = recording_track
        create_call_request.max_price_per_minute = max_price_per_minute
        create_call_request.url = url
        create_call_request.application_sid = application_sid
        create_call_request.fields_set = fields_set

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
