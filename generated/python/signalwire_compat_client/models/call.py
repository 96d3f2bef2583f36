from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.answered_by import AnsweredBy
from ..models.call_direction import CallDirection
from ..models.call_status import CallStatus

if TYPE_CHECKING:
    from ..models.subresource_uris import SubresourceUris


T = TypeVar("T", bound="Call")

_FIELDS: tuple[tuple[str, str], ...] = (
    ("sid", "sid"),
    ("account_sid", "account_sid"),
    ("annotation", "annotation"),
    ("answered_by", "answered_by"),
    ("api_version", "api_version"),
    ("date_created", "date_created"),
    ("date_updated", "date_updated"),
    ("direction", "direction"),
    ("duration", "duration"),
    ("end_time", "end_time"),
    ("forwarded_from", "forwarded_from"),
    ("from", "from_"),
    ("formatted_from", "formatted_from"),
    ("parent_call_sid", "parent_call_sid"),
    ("phone_number_sid", "phone_number_sid"),
    ("price", "price"),
    ("price_unit", "price_unit"),
    ("start_time", "start_time"),
    ("status", "status"),
    ("subresource_uris", "subresource_uris"),
    ("to", "to"),
    ("formatted_to", "formatted_to"),
    ("uri", "uri"),
    ("caller_name", "caller_name"),
    ("group_sid", "group_sid"),
    ("to_formatted", "to_formatted"),
    ("from_formatted", "from_formatted"),
    ("sip_result_code", "sip_result_code"),
    ("audio_in_mos", "audio_in_mos"),
    ("audio_rtt_avg", "audio_rtt_avg"),
    ("audio_rtt_min", "audio_rtt_min"),
    ("audio_rtt_max", "audio_rtt_max"),
    ("audio_out_jitter_min", "audio_out_jitter_min"),
    ("audio_out_jitter_max", "audio_out_jitter_max"),
    ("audio_out_jitter_avg", "audio_out_jitter_avg"),
    ("audio_out_lost", "audio_out_lost"),
)
"""The fields of the model: (name in the body, Python name)."""
_NAMES: dict[str, str] = dict(_FIELDS)


@_attrs_define
class Call:
    """A call, as the service returns it. Fields the service may omit or send as null are optional and nullable."""

    sid: str
    """ The unique identifier for the call. """
    account_sid: None | str = None
    """ The unique identifier for the account that created this call. """
    annotation: None | str = None
    """ The annotation for the call. """
    answered_by: AnsweredBy | None | str = None
    """ Who/what the call was answered by. Possible values are human or machine. """
    api_version: None | str = None
    """ The version of the SignalWire API. """
    date_created: None | str = None
    """ The date, in RFC 2822 GMT format, this call was created. """
    date_updated: None | str = None
    """ The date, in RFC 2822 GMT format, this call was updated. """
    direction: CallDirection | None | str = None
    """ The direction of the call. """
    duration: int | None = None
    """ The duration, in seconds, of the call. """
    end_time: None | str = None
    """ The time, in RFC 2822 GMT format, on which the call was terminated. """
    forwarded_from: None | str = None
    """ The number this call was forwarded from. """
    from_: None | str = None
    """ The address that initiated the call. Can be either a E.164 formatted number (+xxxxxxxxxxx), or a SIP
    endpoint (sip:xxx@yyy.zzz). """
    formatted_from: None | str = None
    """ The formatted number that initiated the call. """
    parent_call_sid: None | str = None
    """ The unique identifier for the call that created this call. """
    phone_number_sid: None | str = None
    """ Outbound call: the unique identifier for OutgoingCallerId. Inbound call: the unique identifier for
    IncomingPhoneNumber. """
    price: float | None | str = None
    """ The charge for the call. """
    price_unit: None | str = None
    """ The currency, in ISO 4127 format, for the price of the call. """
    start_time: None | str = None
    """ The time, in RFC 2822 GMT format, on which the call began. """
    status: CallStatus | None | str = None
    """ The status of the call. """
    subresource_uris: None | SubresourceUris = None
    """ A Map of available sub-resources. """
    to: None | str = None
    """ The address that received the call. Can be either a E.164 formatted number (+xxxxxxxxxxx), or a SIP endpoint
    (sip:xxx@yyy.zzz). """
    formatted_to: None | str = None
    """ The formatted number that received the call. """
    uri: None | str = None
    """ The URI for the call. """
    caller_name: None | str = None
    """ The caller name. """
    group_sid: None | str = None
    """ The group SID for the call. """
    to_formatted: None | str = None
    """ The formatted number that received the call (the same as formatted_to). """
    from_formatted: None | str = None
    """ The formatted number that initiated the call (the same as formatted_from). """
    sip_result_code: int | None | str = None
    """ The SIP result code of the call. """
    audio_in_mos: float | None | str = None
    """ The Mean Opinion Score of the inbound audio (1.0-5.0). """
    audio_rtt_avg: float | None | str = None
    """ The average round-trip time of the audio, in milliseconds. """
    audio_rtt_min: float | None | str = None
    """ The minimum round-trip time of the audio, in milliseconds. """
    audio_rtt_max: float | None | str = None
    """ The maximum round-trip time of the audio, in milliseconds. """
    audio_out_jitter_min: float | None | str = None
    """ The minimum jitter of the outbound audio, in milliseconds. """
    audio_out_jitter_max: float | None | str = None
    """ The maximum jitter of the outbound audio, in milliseconds. """
    audio_out_jitter_avg: float | None | str = None
    """ The average jitter of the outbound audio, in milliseconds. """
    audio_out_lost: float | None | str = None
    """ The number of outbound audio packets lost. """
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
        from ..models.subresource_uris import SubresourceUris

        sid = self.sid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sid": sid,
            }
        )
        if self.account_sid is not None:
            field_dict["account_sid"] = self.account_sid
        elif "account_sid" in self.fields_set:
            field_dict["account_sid"] = None
        if self.annotation is not None:
            field_dict["annotation"] = self.annotation
        elif "annotation" in self.fields_set:
            field_dict["annotation"] = None
        if self.answered_by is not None:
            answered_by: None | str
            if isinstance(self.answered_by, AnsweredBy):
                answered_by = self.answered_by.value
            else:
                answered_by = self.answered_by

            field_dict["answered_by"] = answered_by
        elif "answered_by" in self.fields_set:
            field_dict["answered_by"] = None
        if self.api_version is not None:
            field_dict["api_version"] = self.api_version
        elif "api_version" in self.fields_set:
            field_dict["api_version"] = None
        if self.date_created is not None:
            field_dict["date_created"] = self.date_created
        elif "date_created" in self.fields_set:
            field_dict["date_created"] = None
        if self.date_updated is not None:
            field_dict["date_updated"] = self.date_updated
        elif "date_updated" in self.fields_set:
            field_dict["date_updated"] = None
        if self.direction is not None:
            direction: None | str
            if isinstance(self.direction, CallDirection):
                direction = self.direction.value
            else:
                direction = self.direction

            field_dict["direction"] = direction
        elif "direction" in self.fields_set:
            field_dict["direction"] = None
        if self.duration is not None:
            field_dict["duration"] = self.duration
        elif "duration" in self.fields_set:
            field_dict["duration"] = None
        if self.end_time is not None:
            field_dict["end_time"] = self.end_time
        elif "end_time" in self.fields_set:
            field_dict["end_time"] = None
        if self.forwarded_from is not None:
            field_dict["forwarded_from"] = self.forwarded_from
        elif "forwarded_from" in self.fields_set:
            field_dict["forwarded_from"] = None
        if self.from_ is not None:
            field_dict["from"] = self.from_
        elif "from_" in self.fields_set:
            field_dict["from"] = None
        if self.formatted_from is not None:
            field_dict["formatted_from"] = self.formatted_from
        elif "formatted_from" in self.fields_set:
            field_dict["formatted_from"] = None
        if self.parent_call_sid is not None:
            field_dict["parent_call_sid"] = self.parent_call_sid
        elif "parent_call_sid" in self.fields_set:
            field_dict["parent_call_sid"] = None
        if self.phone_number_sid is not None:
            field_dict["phone_number_sid"] = self.phone_number_sid
        elif "phone_number_sid" in self.fields_set:
            field_dict["phone_number_sid"] = None
        if self.price is not None:
            field_dict["price"] = self.price
        elif "price" in self.fields_set:
            field_dict["price"] = None
        if self.price_unit is not None:
            field_dict["price_unit"] = self.price_unit
        elif "price_unit" in self.fields_set:
            field_dict["price_unit"] = None
        if self.start_time is not None:
            field_dict["start_time"] = self.start_time
        elif "start_time" in self.fields_set:
            field_dict["start_time"] = None
        if self.status is not None:
            status: None | str
            if isinstance(self.status, CallStatus):
                status = self.status.value
            else:
                status = self.status

            field_dict["status"] = status
        elif "status" in self.fields_set:
            field_dict["status"] = None
        if self.subresource_uris is not None:
            subresource_uris: dict[str, Any] | None
            if isinstance(self.subresource_uris, SubresourceUris):
                subresource_uris = self.subresource_uris.to_dict()
            else:
                subresource_uris = self.subresource_uris

            field_dict["subresource_uris"] = subresource_uris
        elif "subresource_uris" in self.fields_set:
            field_dict["subresource_uris"] = None
        if self.to is not None:
            field_dict["to"] = self.to
        elif "to" in self.fields_set:
            field_dict["to"] = None
        if self.formatted_to is not None:
            field_dict["formatted_to"] = self.formatted_to
        elif "formatted_to" in self.fields_set:
            field_dict["formatted_to"] = None
        if self.uri is not None:
            field_dict["uri"] = self.uri
        elif "uri" in self.fields_set:
            field_dict["uri"] = None
        if self.caller_name is not None:
            field_dict["caller_name"] = self.caller_name
        elif "caller_name" in self.fields_set:
            field_dict["caller_name"] = None
        if self.group_sid is not None:
            field_dict["group_sid"] = self.group_sid
        elif "group_sid" in self.fields_set:
            field_dict["group_sid"] = None
        if self.to_formatted is not None:
            field_dict["to_formatted"] = self.to_formatted
        elif "to_formatted" in self.fields_set:
            field_dict["to_formatted"] = None
        if self.from_formatted is not None:
            field_dict["from_formatted"] = self.from_formatted
        elif "from_formatted" in self.fields_set:
            field_dict["from_formatted"] = None
        if self.sip_result_code is not None:
            field_dict["sip_result_code"] = self.sip_result_code
        elif "sip_result_code" in self.fields_set:
            field_dict["sip_result_code"] = None
        if self.audio_in_mos is not None:
            field_dict["audio_in_mos"] = self.audio_in_mos
        elif "audio_in_mos" in self.fields_set:
            field_dict["audio_in_mos"] = None
        if self.audio_rtt_avg is not None:
            field_dict["audio_rtt_avg"] = self.audio_rtt_avg
        elif "audio_rtt_avg" in self.fields_set:
            field_dict["audio_rtt_avg"] = None
        if self.audio_rtt_min is not None:
            field_dict["audio_rtt_min"] = self.audio_rtt_min
        elif "audio_rtt_min" in self.fields_set:
            field_dict["audio_rtt_min"] = None
        if self.audio_rtt_max is not None:
            field_dict["audio_rtt_max"] = self.audio_rtt_max
        elif "audio_rtt_max" in self.fields_set:
            field_dict["audio_rtt_max"] = None
        if self.audio_out_jitter_min is not None:
            field_dict["audio_out_jitter_min"] = self.audio_out_jitter_min
        elif "audio_out_jitter_min" in self.fields_set:
            field_dict["audio_out_jitter_min"] = None
        if self.audio_out_jitter_max is not None:
            field_dict["audio_out_jitter_max"] = self.audio_out_jitter_max
        elif "audio_out_jitter_max" in self.fields_set:
            field_dict["audio_out_jitter_max"] = None
        if self.audio_out_jitter_avg is not None:
            field_dict["audio_out_jitter_avg"] = self.audio_out_jitter_avg
        elif "audio_out_jitter_avg" in self.fields_set:
            field_dict["audio_out_jitter_avg"] = None
        if self.audio_out_lost is not None:
            field_dict["audio_out_lost"] = self.audio_out_lost
        elif "audio_out_lost" in self.fields_set:
            field_dict["audio_out_lost"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a body; a field left out or null reads None, and `fields_set` tells them apart."""
        from ..models.subresource_uris import SubresourceUris

        d = dict(src_dict)
        fields_set = frozenset(map(_NAMES.__getitem__, _NAMES.keys() & d.keys()))
        sid = d.pop("sid")

        account_sid: None | str = d.pop("account_sid", None)

        annotation: None | str = d.pop("annotation", None)

        _answered_by = d.pop("answered_by", None)
        answered_by: AnsweredBy | None | str = None
        if _answered_by is not None:

            def _parse_answered_by(data: object) -> AnsweredBy | None | str:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    answered_by_type_0 = AnsweredBy(data)

                    return answered_by_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AnsweredBy | None | str, data)

            answered_by = _parse_answered_by(_answered_by)

        api_version: None | str = d.pop("api_version", None)

        date_created: None | str = d.pop("date_created", None)

        date_updated: None | str = d.pop("date_updated", None)

        _direction = d.pop("direction", None)
        direction: CallDirection | None | str = None
        if _direction is not None:

            def _parse_direction(data: object) -> CallDirection | None | str:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    direction_type_0 = CallDirection(data)

                    return direction_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(CallDirection | None | str, data)

            direction = _parse_direction(_direction)

        duration: int | None = d.pop("duration", None)

        end_time: None | str = d.pop("end_time", None)

        forwarded_from: None | str = d.pop("forwarded_from", None)

        from_: None | str = d.pop("from", None)

        formatted_from: None | str = d.pop("formatted_from", None)

        parent_call_sid: None | str = d.pop("parent_call_sid", None)

        phone_number_sid: None | str = d.pop("phone_number_sid", None)

        price: float | None | str = d.pop("price", None)

        price_unit: None | str = d.pop("price_unit", None)

        start_time: None | str = d.pop("start_time", None)

        _status = d.pop("status", None)
        status: CallStatus | None | str = None
        if _status is not None:

            def _parse_status(data: object) -> CallStatus | None | str:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_type_0 = CallStatus(data)

                    return status_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(CallStatus | None | str, data)

            status = _parse_status(_status)

        _subresource_uris = d.pop("subresource_uris", None)
        subresource_uris: None | SubresourceUris = None
        if _subresource_uris is not None:

            def _parse_subresource_uris(data: object) -> None | SubresourceUris:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    subresource_uris_type_0 = SubresourceUris.from_dict(data)

                    return subresource_uris_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | SubresourceUris, data)

            subresource_uris = _parse_subresource_uris(_subresource_uris)

        to: None | str = d.pop("to", None)

        formatted_to: None | str = d.pop("formatted_to", None)

        uri: None | str = d.pop("uri", None)

        caller_name: None | str = d.pop("caller_name", None)

        group_sid: None | str = d.pop("group_sid", None)

        to_formatted: None | str = d.pop("to_formatted", None)

        from_formatted: None | str = d.pop("from_formatted", None)

        sip_result_code: int | None | str = d.pop("sip_result_code", None)

        audio_in_mos: float | None | str = d.pop("audio_in_mos", None)

        audio_rtt_avg: float | None | str = d.pop("audio_rtt_avg", None)

        audio_rtt_min: float | None | str = d.pop("audio_rtt_min", None)

        audio_rtt_max: float | None | str = d.pop("audio_rtt_max", None)

        audio_out_jitter_min: float | None | str = d.pop("audio_out_jitter_min", None)

        audio_out_jitter_max: float | None | str = d.pop("audio_out_jitter_max", None)

        audio_out_jitter_avg: float | None | str = d.pop("audio_out_jitter_avg", None)

        audio_out_lost: float | None | str = d.pop("audio_out_lost", None)

        # Built without __init__, whose defaults (fields_set from the fields that are not None, an
        # empty additional_properties) would only be replaced; the model has no validators.
        call = cls.__new__(cls)
        call.sid = sid
        call.account_sid = account_sid
        call.annotation = annotation
        call.answered_by = answered_by
        call.api_version = api_version
        call.date_created = date_created
        call.date_updated = date_updated
        call.direction = direction
        call.duration = duration
        call.end_time = end_time
        call.forwarded_from = forwarded_from
        call.from_ = from_
        call.formatted_from = formatted_from
        call.parent_call_sid = parent_call_sid
        call.phone_number_sid = phone_number_sid
        call.price = price
        call.price_unit = price_unit
        call.start_time = start_time
        call.status = status
        call.subresource_uris = subresource_uris
        call.to = to
        call.formatted_to = formatted_to
        call.uri = uri
        call.caller_name = caller_name
        call.group_sid = group_sid
        call.to_formatted = to_formatted
        call.from_formatted = from_formatted
        call.sip_result_code = sip_result_code
        call.audio_in_mos = audio_in_mos
        call.audio_rtt_avg = audio_rtt_avg
        call.audio_rtt_min = audio_rtt_min
        call.audio_rtt_max = audio_rtt_max
        call.audio_out_jitter_min = audio_out_jitter_min
        call.audio_out_jitter_max = audio_out_jitter_max
        call.audio_out_jitter_avg = audio_out_jitter_avg
        call.audio_out_lost = audio_out_lost
        call.fields_set = fields_set

        call.additional_properties = d
        return call

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
