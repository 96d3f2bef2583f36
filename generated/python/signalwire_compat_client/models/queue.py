from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import NOT_NONE as _NOT_NONE
from signalwire_compat._model import Model as _Model


@_attrs_define
class Queue(_Model):
    """A call queue, as the service returns it. Fields the service may omit or send as null are optional and nullable."""

    sid: str
    """The unique identifier of the queue."""
    account_sid: None | str = None
    """The unique identifier of the project the queue belongs to."""
    friendly_name: None | str = None
    """The name of the queue."""
    max_size: int | None = None
    """The most calls that may wait in the queue at once; null when there is no limit."""
    current_size: int | None = None
    """How many calls wait in the queue now."""
    average_wait_time: int | None = None
    """How long, in seconds, the queue's calls have waited on average."""
    date_created: None | str = None
    """When the queue was created, in RFC 2822 format."""
    date_updated: None | str = None
    """When the queue was last updated, in RFC 2822 format."""
    api_version: None | str = None
    """The version of the API that created the queue."""
    uri: None | str = None
    """The URI of the queue."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """The fields of the body that the model does not name, as received."""
    fields_set: frozenset[str] = _attrs_field(init=False, repr=False, default=_NOT_NONE)
    """The Python names of the fields the body held, null ones included; for a model built
    directly, those not None."""
