from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
_NAMES: dict[str, str] = dict(_FIELDS)


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.url is not None:
            field_dict["Url"] = self.url
        elif "url" in self.fields_set:
            field_dict["Url"] = None
        if self.method is not None:
            method = self.method.value

            field_dict["Method"] = method
        elif "method" in self.fields_set:
            field_dict["Method"] = None
        if self.status is not None:
            status = self.status.value

            field_dict["Status"] = status
        elif "status" in self.fields_set:
            field_dict["Status"] = None
        if self.fallback_url is not None:
            field_dict["FallbackUrl"] = self.fallback_url
        elif "fallback_url" in self.fields_set:
            field_dict["FallbackUrl"] = None
        if self.fallback_method is not None:
            fallback_method = self.fallback_method.value

            field_dict["FallbackMethod"] = fallback_method
        elif "fallback_method" in self.fields_set:
            field_dict["FallbackMethod"] = None
        if self.status_callback is not None:
            field_dict["StatusCallback"] = self.status_callback
        elif "status_callback" in self.fields_set:
            field_dict["StatusCallback"] = None
        if self.status_callback_method is not None:
            status_callback_method = self.status_callback_method.value

            field_dict["StatusCallbackMethod"] = status_callback_method
        elif "status_callback_method" in self.fields_set:
            field_dict["StatusCallbackMethod"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a body; a field left out or null reads None, and `fields_set` tells them apart."""
        d = dict(src_dict)
        fields_set = frozenset(map(_NAMES.__getitem__, _NAMES.keys() & d.keys()))
        url: str | None = d.pop("Url", None)

        _method = d.pop("Method", None)
        method: HttpMethod | None = None
        if _method is not None:
            method = HttpMethod(_method)

        _status = d.pop("Status", None)
        status: UpdateCallStatus | None = None
        if _status is not None:
            status = UpdateCallStatus(_status)

        fallback_url: str | None = d.pop("FallbackUrl", None)

        _fallback_method = d.pop("FallbackMethod", None)
        fallback_method: HttpMethod | None = None
        if _fallback_method is not None:
            fallback_method = HttpMethod(_fallback_method)

        status_callback: str | None = d.pop("StatusCallback", None)

        _status_callback_method = d.pop("StatusCallbackMethod", None)
        status_callback_method: HttpMethod | None = None
        if _status_callback_method is not None:
            status_callback_method = HttpMethod(_status_callback_method)

        # Built without __init__, whose defaults (fields_set from the fields that are not None, an
        # empty additional_properties) would only be replaced; the model has no validators.
        update_call_request = cls.__new__(cls)
        update_call_request.url = url
        update_call_request.method = method
        update_call_request.status = status
        update_call_request.fallback_url = fallback_url
        update_call_request.fallback_method = fallback_method
        update_call_request.status_callback = status_callback
        update_call_request.status_callback_method = status_callback_method
        update_call_request.fields_set = fields_set

        update_call_request.additional_properties = d
        return update_call_request

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
