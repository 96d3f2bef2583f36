from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import Model as _Model

from ..models.http_method import HttpMethod
from ..models.stream_codec import StreamCodec
from ..models.stream_track import StreamTrack

_FIELDS: tuple[tuple[str, str], ...] = (
    ("Url", "url"),
    ("Name", "name"),
    ("Track", "track"),
    ("StatusCallback", "status_callback"),
    ("StatusCallbackMethod", "status_callback_method"),
    ("StreamCodec", "stream_codec"),
    ("StreamRealTime", "stream_real_time"),
    ("AuthorizationBearerToken", "authorization_bearer_token"),
    ("Parameter1.Name", "parameter_1_name"),
    ("Parameter1.Value", "parameter_1_value"),
    ("Parameter2.Name", "parameter_2_name"),
    ("Parameter2.Value", "parameter_2_value"),
)
"""The fields of the model: (name in the body, Python name)."""


@_attrs_define
class CreateConferenceStreamRequest(_Model):
    """The settings of a new stream of a conference's audio."""

    url: str
    """ The wss:// URL of the WebSocket server that receives the audio (ws:// is refused). A WebSocket URL, so not
    checked as an http(s) one. """
    name: str | None = None
    """ A name for the stream, unique within the conference; the stream can be stopped by it. """
    track: StreamTrack | None = None
    """ Which audio to stream: inbound_track (what SignalWire receives), outbound_track (what it sends) or
    both_tracks. """
    status_callback: str | None = None
    """ The URL to request when the stream changes status. """
    status_callback_method: HttpMethod | None = None
    stream_codec: StreamCodec | None = None
    """ The audio codec of a conference stream. """
    stream_real_time: bool | None = None
    """ Whether the audio is streamed in real time. """
    authorization_bearer_token: str | None = None
    """ A bearer token that SignalWire presents to the WebSocket server. """
    parameter_1_name: str | None = None
    """ The name of a custom parameter passed to the WebSocket server. The service takes up to 99, Parameter1.Name
    to Parameter99.Name. """
    parameter_1_value: str | None = None
    """ The value of the custom parameter Parameter1.Name. """
    parameter_2_name: str | None = None
    """ The name of a second custom parameter passed to the WebSocket server. """
    parameter_2_value: str | None = None
    """ The value of the custom parameter Parameter2.Name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ The fields of the body that the model does not name, as received. """
    fields_set: frozenset[str] = _attrs_field(init=False, repr=False)
    """ The Python names of the fields the body held, null ones included; for a model built directly, those not None. """

    @fields_set.default
    def _fields_not_none(self) -> frozenset[str]:
        return frozenset(name for _, name in _FIELDS if getattr(self, name) is not None)
