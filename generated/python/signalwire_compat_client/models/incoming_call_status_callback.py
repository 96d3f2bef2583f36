from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_status import CallStatus

T = TypeVar("T", bound="IncomingCallStatusCallback")

_FIELDS: tuple[tuple[str, str], ...] = (
    ("CallSid", "call_sid"),
    ("AccountSid", "account_sid"),
    ("From", "from_"),
    ("To", "to"),
    ("Timestamp", "timestamp"),
    ("CallStatus", "call_status"),
    ("CallDuration", "call_duration"),
    ("AudioInMos", "audio_in_mos"),
)
"""The fields of the model: (name in the body, Python name)."""
_NAMES: dict[str, str] = dict(_FIELDS)


@_attrs_define
class IncomingCallStatusCallback:
    """The form SignalWire sends to a phone number's status callback URL when an inbound call ends. Every field is optional
    and sent as text; values the spec does not list pass through.

    """

    call_sid: str | None = None
    """ The unique identifier of the call. """
    account_sid: str | None = None
    """ The unique ID of the project the call belongs to. """
    from_: str | None = None
    """ The caller's number, in E.164 format. """
    to: str | None = None
    """ The number called, in E.164 format. """
    timestamp: str | None = None
    """ When the call was created. """
    call_status: CallStatus | str | None = None
    """ How the call ended: completed or failed. """
    call_duration: str | None = None
    """ The call's duration in seconds (a number, sent as text). """
    audio_in_mos: str | None = None
    """ The call's audio quality, a mean opinion score from 1 to 5 (a number, sent as text). """
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
        if self.call_sid is not None:
            field_dict["CallSid"] = self.call_sid
        elif "call_sid" in self.fields_set:
            field_dict["CallSid"] = None
        if self.account_sid is not None:
            field_dict["AccountSid"] = self.account_sid
        elif "account_sid" in self.fields_set:
            field_dict["AccountSid"] = None
        if self.from_ is not None:
            field_dict["From"] = self.from_
        elif "from_" in self.fields_set:
            field_dict["From"] = None
        if self.to is not None:
            field_dict["To"] = self.to
        elif "to" in self.fields_set:
            field_dict["To"] = None
        if self.timestamp is not None:
            field_dict["Timestamp"] = self.timestamp
        elif "timestamp" in self.fields_set:
            field_dict["Timestamp"] = None
        if self.call_status is not None:
            call_status: str
            if isinstance(self.call_status, CallStatus):
                call_status = self.call_status.value
            else:
                call_status = self.call_status

            field_dict["CallStatus"] = call_status
        elif "call_status" in self.fields_set:
            field_dict["CallStatus"] = None
        if self.call_duration is not None:
            field_dict["CallDuration"] = self.call_duration
        elif "call_duration" in self.fields_set:
            field_dict["CallDuration"] = None
        if self.audio_in_mos is not None:
            field_dict["AudioInMos"] = self.audio_in_mos
        elif "audio_in_mos" in self.fields_set:
            field_dict["AudioInMos"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a body; a field left out or null reads None, and `fields_set` tells them apart."""
        d = dict(src_dict)
        fields_set = frozenset(map(_NAMES.__getitem__, _NAMES.keys() & d.keys()))
        call_sid: str | None = d.pop("CallSid", None)

        account_sid: str | None = d.pop("AccountSid", None)

        from_: str | None = d.pop("From", None)

        to: str | None = d.pop("To", None)

        timestamp: str | None = d.pop("Timestamp", None)

        _call_status = d.pop("CallStatus", None)
        call_status: CallStatus | str | None = None
        if _call_status is not None:

            def _parse_call_status(data: object) -> CallStatus | str:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    call_status_type_0 = CallStatus(data)

                    return call_status_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(CallStatus | str, data)

            call_status = _parse_call_status(_call_status)

        call_duration: str | None = d.pop("CallDuration", None)

        audio_in_mos: str | None = d.pop("AudioInMos", None)

        # Built without __init__, whose defaults (fields_set from the fields that are not None, an
        # empty additional_properties) would only be replaced; the model has no validators.
        incoming_call_status_callback = cls.__new__(cls)
        incoming_call_status_callback.call_sid = call_sid
        incoming_call_status_callback.account_sid = account_sid
        incoming_call_status_callback.from_ = from_
        incoming_call_status_callback.to = to
        incoming_call_status_callback.timestamp = timestamp
        incoming_call_status_callback.call_status = call_status
        incoming_call_status_callback.call_duration = call_duration
        incoming_call_status_callback.audio_in_mos = audio_in_mos
        incoming_call_status_callback.fields_set = fields_set

        incoming_call_status_callback.additional_properties = d
        return incoming_call_status_callback

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
