from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
_NAMES: dict[str, str] = dict(_FIELDS)


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
        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Url": url,
            }
        )
        if self.name is not None:
            field_dict["Name"] = self.name
        elif "name" in self.fields_set:
            field_dict["Name"] = None
        if self.track is not None:
            track = self.track.value

            field_dict["Track"] = track
        elif "track" in self.fields_set:
            field_dict["Track"] = None
        if self.status_callback is not None:
            field_dict["StatusCallback"] = self.status_callback
        elif "status_callback" in self.fields_set:
            field_dict["StatusCallback"] = None
        if self.status_callback_method is not None:
            status_callback_method = self.status_callback_method.value

            field_dict["StatusCallbackMethod"] = status_callback_method
        elif "status_callback_method" in self.fields_set:
            field_dict["StatusCallbackMethod"] = None
        if self.authorization_bearer_token is not None:
            field_dict["AuthorizationBearerToken"] = self.authorization_bearer_token
        elif "authorization_bearer_token" in self.fields_set:
            field_dict["AuthorizationBearerToken"] = None
        if self.parameter_1_name is not None:
            field_dict["Parameter1.Name"] = self.parameter_1_name
        elif "parameter_1_name" in self.fields_set:
            field_dict["Parameter1.Name"] = None
        if self.parameter_1_value is not None:
            field_dict["Parameter1.Value"] = self.parameter_1_value
        elif "parameter_1_value" in self.fields_set:
            field_dict["Parameter1.Value"] = None
        if self.parameter_2_name is not None:
            field_dict["Parameter2.Name"] = self.parameter_2_name
        elif "parameter_2_name" in self.fields_set:
            field_dict["Parameter2.Name"] = None
        if self.parameter_2_value is not None:
            field_dict["Parameter2.Value"] = self.parameter_2_value
        elif "parameter_2_value" in self.fields_set:
            field_dict["Parameter2.Value"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a body; a field left out or null reads None, and `fields_set` tells them apart."""
        d = dict(src_dict)
        fields_set = frozenset(map(_NAMES.__getitem__, _NAMES.keys() & d.keys()))
        url = d.pop("Url")

        name: str | None = d.pop("Name", None)

        _track = d.pop("Track", None)
        track: StreamTrack | None = None
        if _track is not None:
            track = StreamTrack(_track)

        status_callback: str | None = d.pop("StatusCallback", None)

        _status_callback_method = d.pop("StatusCallbackMethod", None)
        status_callback_method: HttpMethod | None = None
        if _status_callback_method is not None:
            status_callback_method = HttpMethod(_status_callback_method)

        authorization_bearer_token: str | None = d.pop("AuthorizationBearerToken", None)

        parameter_1_name: str | None = d.pop("Parameter1.Name", None)

        parameter_1_value: str | None = d.pop("Parameter1.Value", None)

        parameter_2_name: str | None = d.pop("Parameter2.Name", None)

        parameter_2_value: str | None = d.pop("Parameter2.Value", None)

        # Built without __init__, whose defaults (fields_set from the fields that are not None, an
        # empty additional_properties) would only be replaced; the model has no validators.
        create_stream_request = cls.__new__(cls)
        create_stream_request.url = url
        create_stream_request.name = name
        create_stream_request.track = track
        create_stream_request.status_callback = status_callback
        create_stream_request.status_callback_method = status_callback_method
        create_stream_request.authorization_bearer_token = authorization_bearer_token
        create_stream_request.parameter_1_name = parameter_1_name
        create_stream_request.parameter_1_value = parameter_1_value
        create_stream_request.parameter_2_name = parameter_2_name
        create_stream_request.parameter_2_value = parameter_2_value
        create_stream_request.fields_set = fields_set

        create_stream_request.additional_properties = d
        return create_stream_request

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
