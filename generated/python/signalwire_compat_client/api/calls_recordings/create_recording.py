"""Start recording a call: ``POST /Accounts/{AccountSid}/Calls/{CallSid}/Recordings``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from signalwire_compat._operation import Field, Operation, RequestOptions

if TYPE_CHECKING:
    from ...models.create_recording_request_recording_channels import (
        CreateRecordingRequestRecordingChannels,
        CreateRecordingRequestRecordingChannelsLiteral,
    )
    from ...models.create_recording_request_recording_track import (
        CreateRecordingRequestRecordingTrack,
        CreateRecordingRequestRecordingTrackLiteral,
    )
    from ...models.http_method import HttpMethod, HttpMethodLiteral
    from ...models.recording_trim import RecordingTrim, RecordingTrimLiteral


__all__ = ["OPERATION", "CreateRecordingParams"]


class CreateRecordingParams(RequestOptions, total=False):
    """The arguments of ``create_recording``; leave one out to leave it unset."""

    recording_channels: (
        CreateRecordingRequestRecordingChannels
        | CreateRecordingRequestRecordingChannelsLiteral
    )
    """mono records both parties on one channel; dual records each party on its own channel of
    the same file. Default is mono."""
    recording_status_callback: str
    """The URL to request when the recording changes status."""
    recording_status_callback_event: str
    """The recording events, separated by spaces, that trigger a request to
    RecordingStatusCallback: completed, in-progress, absent. Default is completed."""
    recording_status_callback_method: HttpMethod | HttpMethodLiteral
    """Whether the request to RecordingStatusCallback is a GET or a POST. Default is POST."""
    recording_track: (
        CreateRecordingRequestRecordingTrack
        | CreateRecordingRequestRecordingTrackLiteral
    )
    """Which audio to record: inbound (what the called party says), outbound (what SignalWire
    plays to them) or both. Default is both."""
    trim: RecordingTrim | RecordingTrimLiteral
    """Whether silence at the start and end of the recording is cut. Default is do-not-trim."""


OPERATION = Operation(
    name="create_recording",
    method="POST",
    path="/Accounts/{AccountSid}/Calls/{CallSid}/Recordings",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("CallSid", "call_sid"),
    ),
    body=(
        Field(
            "RecordingChannels", "recording_channels", "enum", choices=("mono", "dual")
        ),
        Field("RecordingStatusCallback", "recording_status_callback", "uri"),
        Field(
            "RecordingStatusCallbackEvent", "recording_status_callback_event", "string"
        ),
        Field(
            "RecordingStatusCallbackMethod",
            "recording_status_callback_method",
            "enum",
            choices=("GET", "POST"),
        ),
        Field(
            "RecordingTrack",
            "recording_track",
            "enum",
            choices=("inbound", "outbound", "both"),
        ),
        Field("Trim", "trim", "enum", choices=("trim-silence", "do-not-trim")),
    ),
    content_type="application/x-www-form-urlencoded",
    result="recording.Recording",
)
