from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.answered_by import AnsweredBy
from ..models.call_direction import CallDirection
from ..models.call_status import CallStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subresource_uris import SubresourceUris


T = TypeVar("T", bound="Call")


@_attrs_define
class Call:
    """A call, as the service returns it. Fields the service may omit or send as null are optional and nullable."""

    sid: str
    """ The unique identifier for the call. """
    account_sid: None | str | Unset = UNSET
    """ The unique identifier for the account that created this call. """
    annotation: None | str | Unset = UNSET
    """ The annotation for the call. """
    answered_by: AnsweredBy | None | str | Unset = UNSET
    """ Who/what the call was answered by. Possible values are human or machine. """
    api_version: None | str | Unset = UNSET
    """ The version of the SignalWire API. """
    date_created: None | str | Unset = UNSET
    """ The date, in RFC 2822 GMT format, this call was created. """
    date_updated: None | str | Unset = UNSET
    """ The date, in RFC 2822 GMT format, this call was updated. """
    direction: CallDirection | None | str | Unset = UNSET
    """ The direction of the call. """
    duration: int | None | Unset = UNSET
    """ The duration, in seconds, of the call. """
    end_time: None | str | Unset = UNSET
    """ The time, in RFC 2822 GMT format, on which the call was terminated. """
    forwarded_from: None | str | Unset = UNSET
    """ The number this call was forwarded from. """
    from_: None | str | Unset = UNSET
    """ The address that initiated the call. Can be either a E.164 formatted number (+xxxxxxxxxxx), or a SIP
    endpoint (sip:xxx@yyy.zzz). """
    formatted_from: None | str | Unset = UNSET
    """ The formatted number that initiated the call. """
    parent_call_sid: None | str | Unset = UNSET
    """ The unique identifier for the call that created this call. """
    phone_number_sid: None | str | Unset = UNSET
    """ Outbound call: the unique identifier for OutgoingCallerId. Inbound call: the unique identifier for
    IncomingPhoneNumber. """
    price: float | None | str | Unset = UNSET
    """ The charge for the call. """
    price_unit: None | str | Unset = UNSET
    """ The currency, in ISO 4127 format, for the price of the call. """
    start_time: None | str | Unset = UNSET
    """ The time, in RFC 2822 GMT format, on which the call began. """
    status: CallStatus | None | str | Unset = UNSET
    """ The status of the call. """
    subresource_uris: None | SubresourceUris | Unset = UNSET
    """ A Map of available sub-resources. """
    to: None | str | Unset = UNSET
    """ The address that received the call. Can be either a E.164 formatted number (+xxxxxxxxxxx), or a SIP endpoint
    (sip:xxx@yyy.zzz). """
    formatted_to: None | str | Unset = UNSET
    """ The formatted number that received the call. """
    uri: None | str | Unset = UNSET
    """ The URI for the call. """
    caller_name: None | str | Unset = UNSET
    """ The caller name. """
    group_sid: None | str | Unset = UNSET
    """ The group SID for the call. """
    to_formatted: None | str | Unset = UNSET
    """ The formatted number that received the call (the same as formatted_to). """
    from_formatted: None | str | Unset = UNSET
    """ The formatted number that initiated the call (the same as formatted_from). """
    sip_result_code: int | None | str | Unset = UNSET
    """ The SIP result code of the call. """
    audio_in_mos: float | None | str | Unset = UNSET
    """ The Mean Opinion Score of the inbound audio (1.0-5.0). """
    audio_rtt_avg: float | None | str | Unset = UNSET
    """ The average round-trip time of the audio, in milliseconds. """
    audio_rtt_min: float | None | str | Unset = UNSET
    """ The minimum round-trip time of the audio, in milliseconds. """
    audio_rtt_max: float | None | str | Unset = UNSET
    """ The maximum round-trip time of the audio, in milliseconds. """
    audio_out_jitter_min: float | None | str | Unset = UNSET
    """ The minimum jitter of the outbound audio, in milliseconds. """
    audio_out_jitter_max: float | None | str | Unset = UNSET
    """ The maximum jitter of the outbound audio, in milliseconds. """
    audio_out_jitter_avg: float | None | str | Unset = UNSET
    """ The average jitter of the outbound audio, in milliseconds. """
    audio_out_lost: float | None | str | Unset = UNSET
    """ The number of outbound audio packets lost. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.subresource_uris import SubresourceUris

        sid = self.sid

        account_sid: None | str | Unset
        if isinstance(self.account_sid, Unset):
            account_sid = UNSET
        else:
            account_sid = self.account_sid

        annotation: None | str | Unset
        if isinstance(self.annotation, Unset):
            annotation = UNSET
        else:
            annotation = self.annotation

        answered_by: None | str | Unset
        if isinstance(self.answered_by, Unset):
            answered_by = UNSET
        elif isinstance(self.answered_by, AnsweredBy):
            answered_by = self.answered_by.value
        else:
            answered_by = self.answered_by

        api_version: None | str | Unset
        if isinstance(self.api_version, Unset):
            api_version = UNSET
        else:
            api_version = self.api_version

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        else:
            date_created = self.date_created

        date_updated: None | str | Unset
        if isinstance(self.date_updated, Unset):
            date_updated = UNSET
        else:
            date_updated = self.date_updated

        direction: None | str | Unset
        if isinstance(self.direction, Unset):
            direction = UNSET
        elif isinstance(self.direction, CallDirection):
            direction = self.direction.value
        else:
            direction = self.direction

        duration: int | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        forwarded_from: None | str | Unset
        if isinstance(self.forwarded_from, Unset):
            forwarded_from = UNSET
        else:
            forwarded_from = self.forwarded_from

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        formatted_from: None | str | Unset
        if isinstance(self.formatted_from, Unset):
            formatted_from = UNSET
        else:
            formatted_from = self.formatted_from

        parent_call_sid: None | str | Unset
        if isinstance(self.parent_call_sid, Unset):
            parent_call_sid = UNSET
        else:
            parent_call_sid = self.parent_call_sid

        phone_number_sid: None | str | Unset
        if isinstance(self.phone_number_sid, Unset):
            phone_number_sid = UNSET
        else:
            phone_number_sid = self.phone_number_sid

        price: float | None | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        price_unit: None | str | Unset
        if isinstance(self.price_unit, Unset):
            price_unit = UNSET
        else:
            price_unit = self.price_unit

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, CallStatus):
            status = self.status.value
        else:
            status = self.status

        subresource_uris: dict[str, Any] | None | Unset
        if isinstance(self.subresource_uris, Unset):
            subresource_uris = UNSET
        elif isinstance(self.subresource_uris, SubresourceUris):
            subresource_uris = self.subresource_uris.to_dict()
        else:
            subresource_uris = self.subresource_uris

        to: None | str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        else:
            to = self.to

        formatted_to: None | str | Unset
        if isinstance(self.formatted_to, Unset):
            formatted_to = UNSET
        else:
            formatted_to = self.formatted_to

        uri: None | str | Unset
        if isinstance(self.uri, Unset):
            uri = UNSET
        else:
            uri = self.uri

        caller_name: None | str | Unset
        if isinstance(self.caller_name, Unset):
            caller_name = UNSET
        else:
            caller_name = self.caller_name

        group_sid: None | str | Unset
        if isinstance(self.group_sid, Unset):
            group_sid = UNSET
        else:
            group_sid = self.group_sid

        to_formatted: None | str | Unset
        if isinstance(self.to_formatted, Unset):
            to_formatted = UNSET
        else:
            to_formatted = self.to_formatted

        from_formatted: None | str | Unset
        if isinstance(self.from_formatted, Unset):
            from_formatted = UNSET
        else:
            from_formatted = self.from_formatted

        sip_result_code: int | None | str | Unset
        if isinstance(self.sip_result_code, Unset):
            sip_result_code = UNSET
        else:
            sip_result_code = self.sip_result_code

        audio_in_mos: float | None | str | Unset
        if isinstance(self.audio_in_mos, Unset):
            audio_in_mos = UNSET
        else:
            audio_in_mos = self.audio_in_mos

        audio_rtt_avg: float | None | str | Unset
        if isinstance(self.audio_rtt_avg, Unset):
            audio_rtt_avg = UNSET
        else:
            audio_rtt_avg = self.audio_rtt_avg

        audio_rtt_min: float | None | str | Unset
        if isinstance(self.audio_rtt_min, Unset):
            audio_rtt_min = UNSET
        else:
            audio_rtt_min = self.audio_rtt_min

        audio_rtt_max: float | None | str | Unset
        if isinstance(self.audio_rtt_max, Unset):
            audio_rtt_max = UNSET
        else:
            audio_rtt_max = self.audio_rtt_max

        audio_out_jitter_min: float | None | str | Unset
        if isinstance(self.audio_out_jitter_min, Unset):
            audio_out_jitter_min = UNSET
        else:
            audio_out_jitter_min = self.audio_out_jitter_min

        audio_out_jitter_max: float | None | str | Unset
        if isinstance(self.audio_out_jitter_max, Unset):
            audio_out_jitter_max = UNSET
        else:
            audio_out_jitter_max = self.audio_out_jitter_max

        audio_out_jitter_avg: float | None | str | Unset
        if isinstance(self.audio_out_jitter_avg, Unset):
            audio_out_jitter_avg = UNSET
        else:
            audio_out_jitter_avg = self.audio_out_jitter_avg

        audio_out_lost: float | None | str | Unset
        if isinstance(self.audio_out_lost, Unset):
            audio_out_lost = UNSET
        else:
            audio_out_lost = self.audio_out_lost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sid": sid,
            }
        )
        if account_sid is not UNSET:
            field_dict["account_sid"] = account_sid
        if annotation is not UNSET:
            field_dict["annotation"] = annotation
        if answered_by is not UNSET:
            field_dict["answered_by"] = answered_by
        if api_version is not UNSET:
            field_dict["api_version"] = api_version
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated
        if direction is not UNSET:
            field_dict["direction"] = direction
        if duration is not UNSET:
            field_dict["duration"] = duration
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if forwarded_from is not UNSET:
            field_dict["forwarded_from"] = forwarded_from
        if from_ is not UNSET:
            field_dict["from"] = from_
        if formatted_from is not UNSET:
            field_dict["formatted_from"] = formatted_from
        if parent_call_sid is not UNSET:
            field_dict["parent_call_sid"] = parent_call_sid
        if phone_number_sid is not UNSET:
            field_dict["phone_number_sid"] = phone_number_sid
        if price is not UNSET:
            field_dict["price"] = price
        if price_unit is not UNSET:
            field_dict["price_unit"] = price_unit
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if status is not UNSET:
            field_dict["status"] = status
        if subresource_uris is not UNSET:
            field_dict["subresource_uris"] = subresource_uris
        if to is not UNSET:
            field_dict["to"] = to
        if formatted_to is not UNSET:
            field_dict["formatted_to"] = formatted_to
        if uri is not UNSET:
            field_dict["uri"] = uri
        if caller_name is not UNSET:
            field_dict["caller_name"] = caller_name
        if group_sid is not UNSET:
            field_dict["group_sid"] = group_sid
        if to_formatted is not UNSET:
            field_dict["to_formatted"] = to_formatted
        if from_formatted is not UNSET:
            field_dict["from_formatted"] = from_formatted
        if sip_result_code is not UNSET:
            field_dict["sip_result_code"] = sip_result_code
        if audio_in_mos is not UNSET:
            field_dict["audio_in_mos"] = audio_in_mos
        if audio_rtt_avg is not UNSET:
            field_dict["audio_rtt_avg"] = audio_rtt_avg
        if audio_rtt_min is not UNSET:
            field_dict["audio_rtt_min"] = audio_rtt_min
        if audio_rtt_max is not UNSET:
            field_dict["audio_rtt_max"] = audio_rtt_max
        if audio_out_jitter_min is not UNSET:
            field_dict["audio_out_jitter_min"] = audio_out_jitter_min
        if audio_out_jitter_max is not UNSET:
            field_dict["audio_out_jitter_max"] = audio_out_jitter_max
        if audio_out_jitter_avg is not UNSET:
            field_dict["audio_out_jitter_avg"] = audio_out_jitter_avg
        if audio_out_lost is not UNSET:
            field_dict["audio_out_lost"] = audio_out_lost

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.subresource_uris import SubresourceUris

        d = dict(src_dict)
        sid = d.pop("sid")

        account_sid = cast("None | str | Unset", d.pop("account_sid", UNSET))

        annotation = cast("None | str | Unset", d.pop("annotation", UNSET))

        def _parse_answered_by(data: object) -> AnsweredBy | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                answered_by_type_0 = AnsweredBy(data)

                return answered_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnsweredBy | None | str | Unset, data)

        answered_by = _parse_answered_by(d.pop("answered_by", UNSET))

        api_version = cast("None | str | Unset", d.pop("api_version", UNSET))

        date_created = cast("None | str | Unset", d.pop("date_created", UNSET))

        date_updated = cast("None | str | Unset", d.pop("date_updated", UNSET))

        def _parse_direction(data: object) -> CallDirection | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                direction_type_0 = CallDirection(data)

                return direction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallDirection | None | str | Unset, data)

        direction = _parse_direction(d.pop("direction", UNSET))

        duration = cast("int | None | Unset", d.pop("duration", UNSET))

        end_time = cast("None | str | Unset", d.pop("end_time", UNSET))

        forwarded_from = cast("None | str | Unset", d.pop("forwarded_from", UNSET))

        from_ = cast("None | str | Unset", d.pop("from", UNSET))

        formatted_from = cast("None | str | Unset", d.pop("formatted_from", UNSET))

        parent_call_sid = cast("None | str | Unset", d.pop("parent_call_sid", UNSET))

        phone_number_sid = cast("None | str | Unset", d.pop("phone_number_sid", UNSET))

        price = cast("float | None | str | Unset", d.pop("price", UNSET))

        price_unit = cast("None | str | Unset", d.pop("price_unit", UNSET))

        start_time = cast("None | str | Unset", d.pop("start_time", UNSET))

        def _parse_status(data: object) -> CallStatus | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = CallStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallStatus | None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_subresource_uris(data: object) -> None | SubresourceUris | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subresource_uris_type_0 = SubresourceUris.from_dict(data)

                return subresource_uris_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubresourceUris | Unset, data)

        subresource_uris = _parse_subresource_uris(d.pop("subresource_uris", UNSET))

        to = cast("None | str | Unset", d.pop("to", UNSET))

        formatted_to = cast("None | str | Unset", d.pop("formatted_to", UNSET))

        uri = cast("None | str | Unset", d.pop("uri", UNSET))

        caller_name = cast("None | str | Unset", d.pop("caller_name", UNSET))

        group_sid = cast("None | str | Unset", d.pop("group_sid", UNSET))

        to_formatted = cast("None | str | Unset", d.pop("to_formatted", UNSET))

        from_formatted = cast("None | str | Unset", d.pop("from_formatted", UNSET))

        sip_result_code = cast(
            "int | None | str | Unset", d.pop("sip_result_code", UNSET)
        )

        audio_in_mos = cast("float | None | str | Unset", d.pop("audio_in_mos", UNSET))

        audio_rtt_avg = cast(
            "float | None | str | Unset", d.pop("audio_rtt_avg", UNSET)
        )

        audio_rtt_min = cast(
            "float | None | str | Unset", d.pop("audio_rtt_min", UNSET)
        )

        audio_rtt_max = cast(
            "float | None | str | Unset", d.pop("audio_rtt_max", UNSET)
        )

        audio_out_jitter_min = cast(
            "float | None | str | Unset", d.pop("audio_out_jitter_min", UNSET)
        )

        audio_out_jitter_max = cast(
            "float | None | str | Unset", d.pop("audio_out_jitter_max", UNSET)
        )

        audio_out_jitter_avg = cast(
            "float | None | str | Unset", d.pop("audio_out_jitter_avg", UNSET)
        )

        audio_out_lost = cast(
            "float | None | str | Unset", d.pop("audio_out_lost", UNSET)
        )

        call = cls(
            sid=sid,
            account_sid=account_sid,
            annotation=annotation,
            answered_by=answered_by,
            api_version=api_version,
            date_created=date_created,
            date_updated=date_updated,
            direction=direction,
            duration=duration,
            end_time=end_time,
            forwarded_from=forwarded_from,
            from_=from_,
            formatted_from=formatted_from,
            parent_call_sid=parent_call_sid,
            phone_number_sid=phone_number_sid,
            price=price,
            price_unit=price_unit,
            start_time=start_time,
            status=status,
            subresource_uris=subresource_uris,
            to=to,
            formatted_to=formatted_to,
            uri=uri,
            caller_name=caller_name,
            group_sid=group_sid,
            to_formatted=to_formatted,
            from_formatted=from_formatted,
            sip_result_code=sip_result_code,
            audio_in_mos=audio_in_mos,
            audio_rtt_avg=audio_rtt_avg,
            audio_rtt_min=audio_rtt_min,
            audio_rtt_max=audio_rtt_max,
            audio_out_jitter_min=audio_out_jitter_min,
            audio_out_jitter_max=audio_out_jitter_max,
            audio_out_jitter_avg=audio_out_jitter_avg,
            audio_out_lost=audio_out_lost,
        )

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
