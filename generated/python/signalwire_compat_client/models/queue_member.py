from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import NOT_NONE as _NOT_NONE
from signalwire_compat._model import Model as _Model


@_attrs_define
class QueueMember(_Model):
    """A call waiting in a queue, as the service returns it. Fields the service may omit or send as null are optional and
    nullable.

    """

    call_sid: str
    """The sid of the waiting call."""
    account_sid: None | str = None
    """The unique identifier of the project the queue belongs to."""
    queue_sid: None | str = None
    """The unique identifier of the queue."""
    date_enqueued: None | str = None
    """When the call joined the queue, in RFC 2822 format."""
    position: int | None = None
    """The call's place in the queue, from 1 at the front."""
    wait_time: int | None = None
    """How long, in seconds, the call has waited in the queue."""
    member_type: None | str = None
    """The kind of member, such as laml_call."""
    uri: None | str = None
    """The URI of the queue member."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """The fields of the body that the model does not name, as received."""
    fields_set: frozenset[str] = _attrs_field(init=False, repr=False, default=_NOT_NONE)
    """The Python names of the fields the body held, null ones included; for a model built
    directly, those not None."""
