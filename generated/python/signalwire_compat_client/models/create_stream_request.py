from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import read as _read
from signalwire_compat._model import write as _write

from ..models.http_method import HttpMethod
from ..models.stream_track import StreamTrack

T = TypeVar("T", bound="CreateStreamRequest")

_FIELDS: tuple[tuple[str, str], ...] = (
    ("Url", "url"),
    ("Name", "name"),
    ("Track", "track"),
    ("StatusCallback", "status_callback"),
    ("StatusCallbackMethod", "status_callback_method"),
    ("AuthorizationBearerToken", "authorization_bearer_token"),
    ("Parameter1.Name", "parameter_1_name"),
    ("Parameter1.Value", "parameter_1_value"),
    ("Parameter2.Name", "parameter_2_name"),
    ("Parameter2.Value", "parameter_2_value"),
)
"""The fields of the model: (name in the body, Python name)."""


@_attrs_define
class CreateStreamRequest:
    """The settings of a new stream of a call's audio."""

    url: str
    """ The wss:// URL of the WebSocket server that receives the audio (ws:// is refused). A WebSocket URL, so not
    checked as an http(s) one. """
    name: str | None = None
    """ A name for the stream, unique within the call; the stream can be stopped by it. """
    track: StreamTrack | None = None
    """ Which audio to stream: inbound_track (what SignalWire receives), outbound_track (what it sends) or
    both_tracks. """
    status_callback: str | None = None
    """ The URL to request when the stream changes status. """
    status_callback_method: HttpMethod | None = None
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
    """ The Python names of the fields the body held, null ones included (as pydantic's `model_fields_set`): a
    field left out reads None and is not here. For a model built directly: its fields that are not None. It takes
    part in `==`, as `to_dict()` differs with it. """

    @fields_set.default
    def _fields_not_none(self) -> frozenset[str]:
        return frozenset(name for _, name in _FIELDS if getattr(self, name) is not None)

    def to_dict(self) -> dict[str, Any]:
        """The body as received: a field left out stays out, a null one stays null."""
        return _write(self)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a body; a field left out or null reads None, and `fields_set` tells them apart.
        A value of the wrong type is a `TypeError` naming its field."""
        return _read(cls, src_dict)

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
