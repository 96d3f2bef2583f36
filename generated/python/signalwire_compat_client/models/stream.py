from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import NOT_NONE as _NOT_NONE
from signalwire_compat._model import Model as _Model

from ..models.stream_status import StreamStatus


@_attrs_define
class Stream(_Model):
    """A stream of a call's or a conference's audio to a WebSocket server, as the service returns it. Fields the service
    may omit or send as null are optional and nullable.

    """

    sid: str
    """The unique identifier of the stream."""
    account_sid: None | str = None
    """The unique identifier of the project the stream belongs to."""
    call_sid: None | str = None
    """The unique identifier of the streamed call; absent for a conference stream."""
    conference_sid: None | str = None
    """The unique identifier of the streamed conference; absent for a call stream."""
    name: None | str = None
    """The name given to the stream; null if it was given none."""
    status: None | str | StreamStatus = None
    """The status of the stream."""
    date_updated: None | str = None
    """When the stream was last updated, in RFC 2822 format."""
    uri: None | str = None
    """The URI of the stream."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """The fields of the body that the model does not name, as received."""
    fields_set: frozenset[str] = _attrs_field(init=False, repr=False, default=_NOT_NONE)
    """The Python names of the fields the body held, null ones included; for a model built
    directly, those not None."""
