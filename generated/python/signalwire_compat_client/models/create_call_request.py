from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import Model as _Model

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


@_attrs_define
class CreateCallRequest(_Model):
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
    """ The Python names of the fields the body held, null ones included; for a model built directly, those not None. """

    @fields_set.default
    def _fields_not_none(self) -> frozenset[str]:
        return frozenset(name for _, name in _FIELDS if getattr(self, name) is not None)
