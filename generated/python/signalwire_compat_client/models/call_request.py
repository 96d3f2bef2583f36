from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import NOT_NONE as _NOT_NONE
from signalwire_compat._model import Model as _Model

from ..models.call_direction import CallDirection
from ..models.callback_call_status import CallbackCallStatus

_RENAMED: dict[str, str] = {
    "account_sid": "AccountSid",
    "call_sid": "CallSid",
    "from_": "From",
    "to": "To",
    "call_status": "CallStatus",
    "direction": "Direction",
    "api_version": "ApiVersion",
    "forwarded_from": "ForwardedFrom",
    "caller_name": "CallerName",
    "parent_call_sid": "ParentCallSid",
}
"""The fields whose name in the body is not their Python name: Python name, body name."""


@_attrs_define
class CallRequest(_Model):
    """The form SignalWire sends to a call's Url (or FallbackUrl) for its XML instructions. Every field is optional and
    sent as text.

    """

    account_sid: str | None = None
    """The unique ID of the project this call is associated with."""
    call_sid: str | None = None
    """A unique identifier for the call."""
    from_: str | None = None
    """The address that placed the call, in E.164 format for phone numbers."""
    to: str | None = None
    """The address that received the call, in E.164 format for phone numbers."""
    call_status: CallbackCallStatus | str | None = None
    """The status of the call."""
    direction: CallDirection | str | None = None
    """The direction of the call: inbound, outbound-api (REST API) or outbound-dial (the Dial verb)."""
    api_version: str | None = None
    """The version of the SignalWire API."""
    forwarded_from: str | None = None
    """The number this call was forwarded from."""
    caller_name: str | None = None
    """The name of the caller, when Caller ID lookup is enabled."""
    parent_call_sid: str | None = None
    """A unique identifier for the call that created this call."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """The fields of the body that the model does not name, as received."""
    fields_set: frozenset[str] = _attrs_field(init=False, repr=False, default=_NOT_NONE)
    """The Python names of the fields the body held, null ones included; for a model built
    directly, those not None."""
