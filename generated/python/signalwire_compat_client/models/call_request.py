from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_direction import CallDirection
from ..models.callback_call_status import CallbackCallStatus

T = TypeVar("T", bound="CallRequest")

_FIELDS: tuple[tuple[str, str], ...] = (
    ("AccountSid", "account_sid"),
    ("CallSid", "call_sid"),
    ("From", "from_"),
    ("To", "to"),
    ("CallStatus", "call_status"),
    ("Direction", "direction"),
    ("ApiVersion", "api_version"),
    ("ForwardedFrom", "forwarded_from"),
    ("CallerName", "caller_name"),
    ("ParentCallSid", "parent_call_sid"),
)
"""The fields of the model: (name in the body, Python name)."""
_NAMES: dict[str, str] = dict(_FIELDS)


@_attrs_define
class CallRequest:
    """The form SignalWire sends to a call's Url (or FallbackUrl) for its XML instructions. Every field is optional and
    sent as text.

    """

    account_sid: str | None = None
    """ The unique ID of the project this call is associated with. """
    call_sid: str | None = None
    """ A unique identifier for the call. """
    from_: str | None = None
    """ The address that placed the call, in E.164 format for phone numbers. """
    to: str | None = None
    """ The address that received the call, in E.164 format for phone numbers. """
    call_status: CallbackCallStatus | str | None = None
    """ The status of the call. """
    direction: CallDirection | str | None = None
    """ The direction of the call: inbound, outbound-api (REST API) or outbound-dial (the Dial verb). """
    api_version: str | None = None
    """ The version of the SignalWire API. """
    forwarded_from: str | None = None
    """ The number this call was forwarded from. """
    caller_name: str | None = None
    """ The name of the caller, when Caller ID lookup is enabled. """
    parent_call_sid: str | None = None
    """ A unique identifier for the call that created this call. """
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
        if self.account_sid is not None:
            field_dict["AccountSid"] = self.account_sid
        elif "account_sid" in self.fields_set:
            field_dict["AccountSid"] = None
        if self.call_sid is not None:
            field_dict["CallSid"] = self.call_sid
        elif "call_sid" in self.fields_set:
            field_dict["CallSid"] = None
        if self.from_ is not None:
            field_dict["From"] = self.from_
        elif "from_" in self.fields_set:
            field_dict["From"] = None
        if self.to is not None:
            field_dict["To"] = self.to
        elif "to" in self.fields_set:
            field_dict["To"] = None
        if self.call_status is not None:
            call_status: str
            if isinstance(self.call_status, CallbackCallStatus):
                call_status = self.call_status.value
            else:
                call_status = self.call_status

            field_dict["CallStatus"] = call_status
        elif "call_status" in self.fields_set:
            field_dict["CallStatus"] = None
        if self.direction is not None:
            direction: str
            if isinstance(self.direction, CallDirection):
                direction = self.direction.value
            else:
                direction = self.direction

            field_dict["Direction"] = direction
        elif "direction" in self.fields_set:
            field_dict["Direction"] = None
        if self.api_version is not None:
            field_dict["ApiVersion"] = self.api_version
        elif "api_version" in self.fields_set:
            field_dict["ApiVersion"] = None
        if self.forwarded_from is not None:
            field_dict["ForwardedFrom"] = self.forwarded_from
        elif "forwarded_from" in self.fields_set:
            field_dict["ForwardedFrom"] = None
        if self.caller_name is not None:
            field_dict["CallerName"] = self.caller_name
        elif "caller_name" in self.fields_set:
            field_dict["CallerName"] = None
        if self.parent_call_sid is not None:
            field_dict["ParentCallSid"] = self.parent_call_sid
        elif "parent_call_sid" in self.fields_set:
            field_dict["ParentCallSid"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a body; a field left out or null reads None, and `fields_set` tells them apart."""
        d = dict(src_dict)
        fields_set = frozenset(map(_NAMES.__getitem__, _NAMES.keys() & d.keys()))
        account_sid: str | None = d.pop("AccountSid", None)

        call_sid: str | None = d.pop("CallSid", None)

        from_: str | None = d.pop("From", None)

        to: str | None = d.pop("To", None)

        _call_status = d.pop("CallStatus", None)
        call_status: CallbackCallStatus | str | None = None
        if _call_status is not None:

            def _parse_call_status(data: object) -> CallbackCallStatus | str:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    call_status_type_0 = CallbackCallStatus(data)

                    return call_status_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(CallbackCallStatus | str, data)

            call_status = _parse_call_status(_call_status)

        _direction = d.pop("Direction", None)
        direction: CallDirection | str | None = None
        if _direction is not None:

            def _parse_direction(data: object) -> CallDirection | str:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    direction_type_0 = CallDirection(data)

                    return direction_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(CallDirection | str, data)

            direction = _parse_direction(_direction)

        api_version: str | None = d.pop("ApiVersion", None)

        forwarded_from: str | None = d.pop("ForwardedFrom", None)

        caller_name: str | None = d.pop("CallerName", None)

        parent_call_sid: str | None = d.pop("ParentCallSid", None)

        # Built without __init__, whose defaults (fields_set from the fields that are not None, an
        # empty additional_properties) would only be replaced; the model has no validators.
        call_request = cls.__new__(cls)
        call_request.account_sid = account_sid
        call_request.call_sid = call_sid
        call_request.from_ = from_
        call_request.to = to
        call_request.call_status = call_status
        call_request.direction = direction
        call_request.api_version = api_version
        call_request.forwarded_from = forwarded_from
        call_request.caller_name = caller_name
        call_request.parent_call_sid = parent_call_sid
        call_request.fields_set = fields_set

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
