from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import Model as _Model

from ..models.http_method import HttpMethod
from ..models.update_call_status import UpdateCallStatus

_FIELDS: tuple[tuple[str, str], ...] = (
    ("Url", "url"),
    ("Method", "method"),
    ("Status", "status"),
    ("FallbackUrl", "fallback_url"),
    ("FallbackMethod", "fallback_method"),
    ("StatusCallback", "status_callback"),
    ("StatusCallbackMethod", "status_callback_method"),
)
"""The fields of the model: (name in the body, Python name)."""


@_attrs_define
class UpdateCallRequest(_Model):
    url: str | None = None
    """ The URL to handle the call. This parameter allows you to specify a webhook or different route in your code
    containing XML instructions for how to handle the call. This is required if ApplicationSid is not used. """
    method: HttpMethod | None = HttpMethod.POST
    status: UpdateCallStatus | None = None
    """ The status to move the call to: canceled ends a queued or ringing call, completed ends a call in any state.
    """
    fallback_url: str | None = None
    """ The URL SignalWire will request if errors occur when fetching the Url. If ApplicationSid is present, this
    parameter is ignored. """
    fallback_method: HttpMethod | None = HttpMethod.POST
    status_callback: str | None = None
    """ The URL SignalWire will send webhooks to on every requested StatusCallbackEvent event. See here for the list
    of parameters passed back to your endpoint. """
    status_callback_method: HttpMethod | None = HttpMethod.POST
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ The fields of the body that the model does not name, as received. """
    fields_set: frozenset[str] = _attrs_field(init=False, repr=False)
    """ The Python names of the fields the body held, null ones included; for a model built directly, those not None. """

    @fields_set.default
    def _fields_not_none(self) -> frozenset[str]:
        return frozenset(name for _, name in _FIELDS if getattr(self, name) is not None)
