"""Start a conference stream: ``POST /Accounts/{AccountSid}/Conferences/{ConferenceSid}/Streams``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Required

from signalwire_compat._operation import Field, Operation, RequestOptions

if TYPE_CHECKING:
    from ...models.http_method import HttpMethod, HttpMethodLiteral
    from ...models.stream_codec import StreamCodec, StreamCodecLiteral
    from ...models.stream_track import StreamTrack, StreamTrackLiteral


__all__ = ["OPERATION", "CreateConferenceStreamParams"]


class CreateConferenceStreamParams(RequestOptions, total=False):
    """The arguments of ``create_conference_stream``; leave one out to leave it unset."""

    url: Required[str]
    """The wss:// URL of the WebSocket server that receives the audio (ws:// is refused). A
    WebSocket URL, so not checked as an http(s) one."""
    name: str
    """A name for the stream, unique within the conference; the stream can be stopped by it."""
    track: StreamTrack | StreamTrackLiteral
    """Which audio to stream. Default is both_tracks."""
    status_callback: str
    """The URL to request when the stream changes status."""
    status_callback_method: HttpMethod | HttpMethodLiteral
    """Whether the request to StatusCallback is a GET or a POST. Default is POST."""
    stream_codec: StreamCodec | StreamCodecLiteral
    """The audio codec of the stream."""
    stream_real_time: bool
    """Whether the audio is streamed in real time."""
    authorization_bearer_token: str
    """A bearer token that SignalWire presents to the WebSocket server."""
    parameter_1_name: str
    """The name of a custom parameter passed to the WebSocket server. The service takes up to 99,
    Parameter1.Name to Parameter99.Name."""
    parameter_1_value: str
    """The value of the custom parameter Parameter1.Name."""
    parameter_2_name: str
    """The name of a second custom parameter passed to the WebSocket server."""
    parameter_2_value: str
    """The value of the custom parameter Parameter2.Name."""


OPERATION = Operation(
    name="create_conference_stream",
    method="POST",
    path="/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Streams",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("ConferenceSid", "conference_sid"),
    ),
    body=(
        Field("Url", "url", "string", required=True, pattern="^wss://[^\\s]+$"),
        Field("Name", "name", "string"),
        Field(
            "Track",
            "track",
            "enum",
            choices=("inbound_track", "outbound_track", "both_tracks"),
        ),
        Field("StatusCallback", "status_callback", "uri"),
        Field(
            "StatusCallbackMethod",
            "status_callback_method",
            "enum",
            choices=("GET", "POST"),
        ),
        Field(
            "StreamCodec",
            "stream_codec",
            "enum",
            choices=("PCMU", "PCMA", "L16", "L16@16000h", "L16@24000h"),
        ),
        Field("StreamRealTime", "stream_real_time", "boolean"),
        Field("AuthorizationBearerToken", "authorization_bearer_token", "string"),
        Field("Parameter1.Name", "parameter_1_name", "string"),
        Field("Parameter1.Value", "parameter_1_value", "string"),
        Field("Parameter2.Name", "parameter_2_name", "string"),
        Field("Parameter2.Value", "parameter_2_value", "string"),
    ),
    body_required=True,
    content_type="application/x-www-form-urlencoded",
    result="stream.Stream",
)
