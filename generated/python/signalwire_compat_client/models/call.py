from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import NOT_NONE as _NOT_NONE
from signalwire_compat._model import Model as _Model

from ..models.answered_by import AnsweredBy
from ..models.call_direction import CallDirection
from ..models.call_status import CallStatus

if TYPE_CHECKING:
    from ..models.subresource_uris import SubresourceUris


_RENAMED: dict[str, str] = {
    "from_": "from",
}
"""The fields whose name in the body is not their Python name: Python name, body name."""


@_attrs_define
class Call(_Model):
    """A call, as the service returns it. Fields the service may omit or send as null are optional and nullable."""

    sid: str
    """The unique identifier for the call."""
    account_sid: None | str = None
    """The unique identifier for the account that created this call."""
    annotation: None | str = None
    """The annotation for the call."""
    answered_by: AnsweredBy | None | str = None
    """Who/what the call was answered by. Possible values are human or machine."""
    api_version: None | str = None
    """The version of the SignalWire API."""
    date_created: None | str = None
    """The date, in RFC 2822 GMT format, this call was created."""
    date_updated: None | str = None
    """The date, in RFC 2822 GMT format, this call was updated."""
    direction: CallDirection | None | str = None
    """The direction of the call."""
    duration: int | None = None
    """The duration, in seconds, of the call."""
    end_time: None | str = None
    """The time, in RFC 2822 GMT format, on which the call was terminated."""
    forwarded_from: None | str = None
    """The number this call was forwarded from."""
    from_: None | str = None
    """The address that initiated the call. Can be either a E.164 formatted number (+xxxxxxxxxxx), or a SIP endpoint
    (sip:xxx@yyy.zzz)."""
    formatted_from: None | str = None
    """The formatted number that initiated the call."""
    parent_call_sid: None | str = None
    """The unique identifier for the call that created this call."""
    phone_number_sid: None | str = None
    """Outbound call: the unique identifier for OutgoingCallerId. Inbound call: the unique identifier for
    IncomingPhoneNumber."""
    price: float | None | str = None
    """The charge for the call."""
    price_unit: None | str = None
    """The currency, in ISO 4127 format, for the price of the call."""
    start_time: None | str = None
    """The time, in RFC 2822 GMT format, on which the call began."""
    status: CallStatus | None | str = None
    """The status of the call."""
    subresource_uris: None | SubresourceUris = None
    """A Map of available sub-resources."""
    to: None | str = None
    """The address that received the call. Can be either a E.164 formatted number (+xxxxxxxxxxx), or a SIP endpoint
    (sip:xxx@yyy.zzz)."""
    formatted_to: None | str = None
    """The formatted number that received the call."""
    uri: None | str = None
    """The URI for the call."""
    caller_name: None | str = None
    """The caller name."""
    group_sid: None | str = None
    """The group SID for the call."""
    to_formatted: None | str = None
    """The formatted number that received the call (the same as formatted_to)."""
    from_formatted: None | str = None
    """The formatted number that initiated the call (the same as formatted_from)."""
    sip_result_code: int | None | str = None
    """The SIP result code of the call."""
    audio_in_mos: float | None | str = None
    """The Mean Opinion Score of the inbound audio (1.0-5.0)."""
    audio_rtt_avg: float | None | str = None
    """The average round-trip time of the audio, in milliseconds."""
    audio_rtt_min: float | None | str = None
    """The minimum round-trip time of the audio, in milliseconds."""
    audio_rtt_max: float | None | str = None
    """The maximum round-trip time of the audio, in milliseconds."""
    audio_out_jitter_min: float | None | str = None
    """The minimum jitter of the outbound audio, in milliseconds."""
    audio_out_jitter_max: float | None | str = None
    """The maximum jitter of the outbound audio, in milliseconds."""
    audio_out_jitter_avg: float | None | str = None
    """The average jitter of the outbound audio, in milliseconds."""
    audio_out_lost: float | None | str = None
    """The number of outbound audio packets lost."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """The fields of the body that the model does not name, as received."""
    fields_set: frozenset[str] = _attrs_field(init=False, repr=False, default=_NOT_NONE)
    """The Python names of the fields the body held, null ones included; for a model built
    directly, those not None."""
