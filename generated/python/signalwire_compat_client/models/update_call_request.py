from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.http_method import HttpMethod
from ..models.update_call_status import UpdateCallStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateCallRequest")


@_attrs_define
class UpdateCallRequest:
    url: str | Unset = UNSET
    """ The URL to handle the call. This parameter allows you to specify a webhook or different route in your code
    containing XML instructions for how to handle the call. This is required if ApplicationSid is not used. """
    method: HttpMethod | Unset = HttpMethod.POST
    status: UpdateCallStatus | Unset = UNSET
    """ The status to move the call to: canceled ends a queued or ringing call, completed ends a call in any state.
    """
    fallback_url: str | Unset = UNSET
    """ The URL SignalWire will request if errors occur when fetching the Url. If ApplicationSid is present, this
    parameter is ignored. """
    fallback_method: HttpMethod | Unset = HttpMethod.POST
    status_callback: str | Unset = UNSET
    """ The URL SignalWire will send webhooks to on every requested StatusCallbackEvent event. See here for the list
    of parameters passed back to your endpoint. """
    status_callback_method: HttpMethod | Unset = HttpMethod.POST
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        fallback_url = self.fallback_url

        fallback_method: str | Unset = UNSET
        if not isinstance(self.fallback_method, Unset):
            fallback_method = self.fallback_method.value

        status_callback = self.status_callback

        status_callback_method: str | Unset = UNSET
        if not isinstance(self.status_callback_method, Unset):
            status_callback_method = self.status_callback_method.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["Url"] = url
        if method is not UNSET:
            field_dict["Method"] = method
        if status is not UNSET:
            field_dict["Status"] = status
        if fallback_url is not UNSET:
            field_dict["FallbackUrl"] = fallback_url
        if fallback_method is not UNSET:
            field_dict["FallbackMethod"] = fallback_method
        if status_callback is not UNSET:
            field_dict["StatusCallback"] = status_callback
        if status_callback_method is not UNSET:
            field_dict["StatusCallbackMethod"] = status_callback_method

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("Url", UNSET)

        _method = d.pop("Method", UNSET)
        method: HttpMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = HttpMethod(_method)

        _status = d.pop("Status", UNSET)
        status: UpdateCallStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = UpdateCallStatus(_status)

        fallback_url = d.pop("FallbackUrl", UNSET)

        _fallback_method = d.pop("FallbackMethod", UNSET)
        fallback_method: HttpMethod | Unset
        if isinstance(_fallback_method, Unset):
            fallback_method = UNSET
        else:
            fallback_method = HttpMethod(_fallback_method)

        status_callback = d.pop("StatusCallback", UNSET)

        _status_callback_method = d.pop("StatusCallbackMethod", UNSET)
        status_callback_method: HttpMethod | Unset
        if isinstance(_status_callback_method, Unset):
            status_callback_method = UNSET
        else:
            status_callback_method = HttpMethod(_status_callback_method)

        update_call_request = cls(
            url=url,
            method=method,
            status=status,
            fallback_url=fallback_url,
            fallback_method=fallback_method,
            status_callback=status_callback,
            status_callback_method=status_callback_method,
        )

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
