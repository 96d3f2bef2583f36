from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import read as _read
from signalwire_compat._model import write as _write

from ..models.http_method import HttpMethod
from ..models.update_call_status import UpdateCallStatus

T = TypeVar("T", bound="UpdateCallRequest")

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
class UpdateCallRequest:
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
