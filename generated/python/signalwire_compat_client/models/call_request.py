from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_direction import CallDirection
from ..models.callback_call_status import CallbackCallStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallRequest")


@_attrs_define
class CallRequest:
    """The form SignalWire sends to a call's Url (or FallbackUrl) for its XML instructions. Every field is optional and
    sent as text.

    """

    account_sid: str | Unset = UNSET
    """ The unique ID of the project this call is associated with. """
    call_sid: str | Unset = UNSET
    """ A unique identifier for the call. """
    from_: str | Unset = UNSET
    """ The address that placed the call, in E.164 format for phone numbers. """
    to: str | Unset = UNSET
    """ The address that received the call, in E.164 format for phone numbers. """
    call_status: CallbackCallStatus | str | Unset = UNSET
    """ The status of the call. """
    direction: CallDirection | str | Unset = UNSET
    """ The direction of the call: inbound, outbound-api (REST API) or outbound-dial (the Dial verb). """
    api_version: str | Unset = UNSET
    """ The version of the SignalWire API. """
    forwarded_from: str | Unset = UNSET
    """ The number this call was forwarded from. """
    caller_name: str | Unset = UNSET
    """ The name of the caller, when Caller ID lookup is enabled. """
    parent_call_sid: str | Unset = UNSET
    """ A unique identifier for the call that created this call. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_sid = self.account_sid

        call_sid = self.call_sid

        from_ = self.from_

        to = self.to

        call_status: str | Unset
        if isinstance(self.call_status, Unset):
            call_status = UNSET
        elif isinstance(self.call_status, CallbackCallStatus):
            call_status = self.call_status.value
        else:
            call_status = self.call_status

        direction: str | Unset
        if isinstance(self.direction, Unset):
            direction = UNSET
        elif isinstance(self.direction, CallDirection):
            direction = self.direction.value
        else:
            direction = self.direction

        api_version = self.api_version

        forwarded_from = self.forwarded_from

        caller_name = self.caller_name

        parent_call_sid = self.parent_call_sid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_sid is not UNSET:
            field_dict["AccountSid"] = account_sid
        if call_sid is not UNSET:
            field_dict["CallSid"] = call_sid
        if from_ is not UNSET:
            field_dict["From"] = from_
        if to is not UNSET:
            field_dict["To"] = to
        if call_status is not UNSET:
            field_dict["CallStatus"] = call_status
        if direction is not UNSET:
            field_dict["Direction"] = direction
        if api_version is not UNSET:
            field_dict["ApiVersion"] = api_version
        if forwarded_from is not UNSET:
            field_dict["ForwardedFrom"] = forwarded_from
        if caller_name is not UNSET:
            field_dict["CallerName"] = caller_name
        if parent_call_sid is not UNSET:
            field_dict["ParentCallSid"] = parent_call_sid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_sid = d.pop("AccountSid", UNSET)

        call_sid = d.pop("CallSid", UNSET)

        from_ = d.pop("From", UNSET)

        to = d.pop("To", UNSET)

        def _parse_call_status(data: object) -> CallbackCallStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                call_status_type_0 = CallbackCallStatus(data)

                return call_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallbackCallStatus | str | Unset, data)

        call_status = _parse_call_status(d.pop("CallStatus", UNSET))

        def _parse_direction(data: object) -> CallDirection | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                direction_type_0 = CallDirection(data)

                return direction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallDirection | str | Unset, data)

        direction = _parse_direction(d.pop("Direction", UNSET))

        api_version = d.pop("ApiVersion", UNSET)

        forwarded_from = d.pop("ForwardedFrom", UNSET)

        caller_name = d.pop("CallerName", UNSET)

        parent_call_sid = d.pop("ParentCallSid", UNSET)

        call_request = cls(
            account_sid=account_sid,
            call_sid=call_sid,
            from_=from_,
            to=to,
            call_status=call_status,
            direction=direction,
            api_version=api_version,
            forwarded_from=forwarded_from,
            caller_name=caller_name,
            parent_call_sid=parent_call_sid,
        )

        call_request.additional_properties = d
        return call_request

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
