"""Create a call: ``POST /Accounts/{AccountSid}/Calls``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Required

from signalwire_compat._extras import ExtraValue
from signalwire_compat._operation import Field, Operation, RetryOptions

if TYPE_CHECKING:
    from ...models.create_call_request_machine_detection import (
        CreateCallRequestMachineDetection,
        CreateCallRequestMachineDetectionLiteral,
    )
    from ...models.create_call_request_recording_channels import (
        CreateCallRequestRecordingChannels,
        CreateCallRequestRecordingChannelsLiteral,
    )
    from ...models.create_call_request_recording_track import (
        CreateCallRequestRecordingTrack,
        CreateCallRequestRecordingTrackLiteral,
    )
    from ...models.create_call_request_trim import (
        CreateCallRequestTrim,
        CreateCallRequestTrimLiteral,
    )
    from ...models.http_method import HttpMethod, HttpMethodLiteral
    from ...models.status_callback_event import (
        StatusCallbackEvent,
        StatusCallbackEventLiteral,
    )


__all__ = ["OPERATION", "CreateACallParams"]


class CreateACallParams(RetryOptions, total=False):
    """The arguments of ``create_a_call``; leave one out to leave it unset."""

    extra_headers: Mapping[str, str]
    """As ``RequestOptions.extra_headers`` (``timeout`` here is the spec's field)."""
    extra_query: Mapping[str, ExtraValue]
    """As ``RequestOptions.extra_query``."""
    extra_body: Mapping[str, ExtraValue]
    """As ``RequestOptions.extra_body``."""

    to: Required[str]
    """The address that receives the call: an E.164 phone number, a SIP URI or a client
    identifier."""
    from_: Required[str]
    """The address that places the call: an E.164 phone number for calls to the phone network."""
    method: HttpMethod | HttpMethodLiteral
    """Whether the request to Url is a GET or a POST. Default is POST."""
    fallback_url: str
    """The URL SignalWire will request if errors occur when fetching the Url."""
    fallback_method: HttpMethod | HttpMethodLiteral
    """Whether the request to FallbackUrl is a GET or a POST. Default is POST."""
    status_callback: str
    """The URL SignalWire will send webhooks to on every requested StatusCallbackEvent event."""
    status_callback_event: Sequence[StatusCallbackEvent | StatusCallbackEventLiteral]
    """The call events that trigger a request to StatusCallback. Default is completed."""
    status_callback_method: HttpMethod | HttpMethodLiteral
    """Whether the request to StatusCallback is a GET or a POST. Default is POST."""
    send_digits: str
    """The digits to press once the call is connected: 0-9, #, *, w (wait 0.5 s) and W (wait 1
    s)."""
    timeout: int
    """How long, in seconds, to let the call ring before assuming no answer. Default is 60."""
    record: bool
    """Whether to record the call. Default is false."""
    recording_channels: (
        CreateCallRequestRecordingChannels | CreateCallRequestRecordingChannelsLiteral
    )
    """The number of channels in the recording. Default is mono."""
    recording_status_callback: str
    """The URL to request when the recording is available."""
    recording_status_callback_method: HttpMethod | HttpMethodLiteral
    """Whether the request to RecordingStatusCallback is a GET or a POST. Default is POST."""
    sip_auth_username: str
    """The username that authenticates the caller on an outbound SIP call."""
    sip_auth_password: str
    """The password that authenticates the caller on an outbound SIP call."""
    machine_detection: (
        CreateCallRequestMachineDetection | CreateCallRequestMachineDetectionLiteral
    )
    """Whether to detect if a human or a machine picked up the call. Default is none."""
    machine_detection_timeout: int
    """How long, in seconds, to wait for machine detection. Default is 30."""
    recording_status_callback_event: str
    """The recording events, separated by spaces, that trigger a request to
    RecordingStatusCallback: completed, in-progress, absent. Default is completed."""
    trim: CreateCallRequestTrim | CreateCallRequestTrimLiteral
    """Whether leading and trailing silence is trimmed from the recording. Default is trim-
    silence."""
    caller_id: str
    """The number, in E.164 format, or identifier shown to the called party, in place of From."""
    machine_detection_speech_threshold: int
    """How many milliseconds of voice mean a machine. Default is 2400."""
    machine_detection_speech_end_threshold: int
    """How many milliseconds of silence end the voice. Default is 1200."""
    machine_detection_silence_timeout: int
    """How many milliseconds to wait for initial voice. Default is 5000."""
    machine_words_threshold: int
    """How many words mean a machine. Default is 6."""
    async_amd: bool
    """Whether machine detection runs asynchronously. Default is false."""
    async_amd_status_callback: str
    """The URL to request when asynchronous machine detection completes."""
    async_amd_status_callback_method: HttpMethod | HttpMethodLiteral
    """Whether the request to AsyncAmdStatusCallback is a GET or a POST. Default is POST."""
    async_amd_partial_results: bool
    """Whether interim machine detection results are sent to AsyncAmdStatusCallback. Default is
    false."""
    recording_track: (
        CreateCallRequestRecordingTrack | CreateCallRequestRecordingTrackLiteral
    )
    """Which audio to record. Default is both."""
    max_price_per_minute: str
    """The highest price, in USD per minute, acceptable for the call, with up to 4 decimal
    places."""
    url: str
    """The URL of the XML instructions that handle the call. Required if ApplicationSid is not
    used."""
    application_sid: str
    """The unique identifier of the application that handles the call. Required if Url is not
    used."""


OPERATION = Operation(
    name="create_a_call",
    method="POST",
    path="/Accounts/{AccountSid}/Calls",
    path_params=(Field("AccountSid", "account_sid"),),
    body=(
        Field("To", "to", "string", required=True, min_length=1),
        Field("From", "from_", "string", required=True, min_length=1),
        Field("Method", "method", "enum", choices=("GET", "POST")),
        Field("FallbackUrl", "fallback_url", "uri"),
        Field("FallbackMethod", "fallback_method", "enum", choices=("GET", "POST")),
        Field("StatusCallback", "status_callback", "uri"),
        Field(
            "StatusCallbackEvent",
            "status_callback_event",
            "enum",
            choices=("initiated", "ringing", "answered", "completed"),
            array=True,
        ),
        Field(
            "StatusCallbackMethod",
            "status_callback_method",
            "enum",
            choices=("GET", "POST"),
        ),
        Field("SendDigits", "send_digits", "string", pattern="^[0-9#*wW]*$"),
        Field("Timeout", "timeout", "integer", minimum=1.0, maximum=600.0),
        Field("Record", "record", "boolean"),
        Field(
            "RecordingChannels", "recording_channels", "enum", choices=("mono", "dual")
        ),
        Field("RecordingStatusCallback", "recording_status_callback", "uri"),
        Field(
            "RecordingStatusCallbackMethod",
            "recording_status_callback_method",
            "enum",
            choices=("GET", "POST"),
        ),
        Field("SipAuthUsername", "sip_auth_username", "string"),
        Field("SipAuthPassword", "sip_auth_password", "string"),
        Field(
            "MachineDetection",
            "machine_detection",
            "enum",
            choices=("Enable", "DetectMessageEnd", "none"),
        ),
        Field(
            "MachineDetectionTimeout",
            "machine_detection_timeout",
            "integer",
            minimum=3.0,
            maximum=120.0,
        ),
        Field(
            "RecordingStatusCallbackEvent", "recording_status_callback_event", "string"
        ),
        Field("Trim", "trim", "enum", choices=("trim-silence", "do-not-trim")),
        Field("CallerId", "caller_id", "string"),
        Field(
            "MachineDetectionSpeechThreshold",
            "machine_detection_speech_threshold",
            "integer",
            minimum=1000.0,
            maximum=6000.0,
        ),
        Field(
            "MachineDetectionSpeechEndThreshold",
            "machine_detection_speech_end_threshold",
            "integer",
            minimum=500.0,
            maximum=5000.0,
        ),
        Field(
            "MachineDetectionSilenceTimeout",
            "machine_detection_silence_timeout",
            "integer",
            minimum=2000.0,
            maximum=10000.0,
        ),
        Field(
            "MachineWordsThreshold",
            "machine_words_threshold",
            "integer",
            minimum=1.0,
            maximum=100.0,
        ),
        Field("AsyncAmd", "async_amd", "boolean"),
        Field("AsyncAmdStatusCallback", "async_amd_status_callback", "uri"),
        Field(
            "AsyncAmdStatusCallbackMethod",
            "async_amd_status_callback_method",
            "enum",
            choices=("GET", "POST"),
        ),
        Field("AsyncAmdPartialResults", "async_amd_partial_results", "boolean"),
        Field(
            "RecordingTrack",
            "recording_track",
            "enum",
            choices=("inbound", "outbound", "both"),
        ),
        Field(
            "MaxPricePerMinute",
            "max_price_per_minute",
            "string",
            pattern="^[0-9]+(\\.[0-9]{1,4})?$",
        ),
        Field("Url", "url", "uri"),
        Field("ApplicationSid", "application_sid", "string"),
    ),
    body_required=True,
    content_type="application/x-www-form-urlencoded",
    result="call.Call",
)
