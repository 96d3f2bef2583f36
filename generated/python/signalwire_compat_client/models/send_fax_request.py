from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fax_quality import FaxQuality
from ..models.fax_status_callback_event import FaxStatusCallbackEvent
from ..models.http_method import HttpMethod

T = TypeVar("T", bound="SendFaxRequest")

_FIELDS: tuple[tuple[str, str], ...] = (
    ("MediaUrl", "media_url"),
    ("To", "to"),
    ("From", "from_"),
    ("Quality", "quality"),
    ("StatusCallback", "status_callback"),
    ("StatusCallbackMethod", "status_callback_method"),
    ("StatusCallbackEvent", "status_callback_event"),
    ("StoreMedia", "store_media"),
    ("Ttl", "ttl"),
    ("SipAuthUsername", "sip_auth_username"),
    ("SipAuthPassword", "sip_auth_password"),
)
"""The fields of the model: (name in the body, Python name)."""
_NAMES: dict[str, str] = dict(_FIELDS)


@_attrs_define
class SendFaxRequest:
    """The fields of a new fax, in the reference's order (twilio-python has no fax API to follow)."""

    media_url: str
    """ The URL of the document to fax, a PDF. """
    to: str
    """ The phone number, in E.164 format, or the SIP URI that receives the fax. """
    from_: str
    """ The phone number, in E.164 format, or the client identifier that sends the fax. """
    quality: FaxQuality | None = None
    """ The resolution a fax is sent at: standard, fine or superfine (the finer, the slower to send). """
    status_callback: str | None = None
    """ The URL SignalWire requests each time the fax changes status. """
    status_callback_method: HttpMethod | None = None
    status_callback_event: list[FaxStatusCallbackEvent] | None = None
    """ The events that trigger a request to StatusCallback. Default is completed. """
    store_media: bool | None = None
    """ Whether SignalWire keeps a copy of the fax's document. Default is true. """
    ttl: int | None = None
    """ How many minutes, from 5 to 300, SignalWire keeps trying to send the fax. Default is 60. """
    sip_auth_username: str | None = None
    """ The user name that authenticates the fax on a SIP URI. """
    sip_auth_password: str | None = None
    """ The password that authenticates the fax on a SIP URI. """
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
        media_url = self.media_url

        to = self.to

        from_ = self.from_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "MediaUrl": media_url,
                "To": to,
                "From": from_,
            }
        )
        if self.quality is not None:
            quality = self.quality.value

            field_dict["Quality"] = quality
        elif "quality" in self.fields_set:
            field_dict["Quality"] = None
        if self.status_callback is not None:
            field_dict["StatusCallback"] = self.status_callback
        elif "status_callback" in self.fields_set:
            field_dict["StatusCallback"] = None
        if self.status_callback_method is not None:
            status_callback_method = self.status_callback_method.value

            field_dict["StatusCallbackMethod"] = status_callback_method
        elif "status_callback_method" in self.fields_set:
            field_dict["StatusCallbackMethod"] = None
        if self.status_callback_event is not None:
            status_callback_event = []
            for status_callback_event_item_data in self.status_callback_event:
                status_callback_event_item = status_callback_event_item_data.value
                status_callback_event.append(status_callback_event_item)

            field_dict["StatusCallbackEvent"] = status_callback_event
        elif "status_callback_event" in self.fields_set:
            field_dict["StatusCallbackEvent"] = None
        if self.store_media is not None:
            field_dict["StoreMedia"] = self.store_media
        elif "store_media" in self.fields_set:
            field_dict["StoreMedia"] = None
        if self.ttl is not None:
            field_dict["Ttl"] = self.ttl
        elif "ttl" in self.fields_set:
            field_dict["Ttl"] = None
        if self.sip_auth_username is not None:
            field_dict["SipAuthUsername"] = self.sip_auth_username
        elif "sip_auth_username" in self.fields_set:
            field_dict["SipAuthUsername"] = None
        if self.sip_auth_password is not None:
            field_dict["SipAuthPassword"] = self.sip_auth_password
        elif "sip_auth_password" in self.fields_set:
            field_dict["SipAuthPassword"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a body; a field left out or null reads None, and `fields_set` tells them apart."""
        d = dict(src_dict)
        fields_set = frozenset(map(_NAMES.__getitem__, _NAMES.keys() & d.keys()))
        media_url = d.pop("MediaUrl")

        to = d.pop("To")

        from_ = d.pop("From")

        _quality = d.pop("Quality", None)
        quality: FaxQuality | None = None
        if _quality is not None:
            quality = FaxQuality(_quality)

        status_callback: str | None = d.pop("StatusCallback", None)

        _status_callback_method = d.pop("StatusCallbackMethod", None)
        status_callback_method: HttpMethod | None = None
        if _status_callback_method is not None:
            status_callback_method = HttpMethod(_status_callback_method)

        _status_callback_event = d.pop("StatusCallbackEvent", None)
        status_callback_event: list[FaxStatusCallbackEvent] | None = None
        if _status_callback_event is not None:
            status_callback_event = []
            for status_callback_event_item_data in _status_callback_event:
                status_callback_event_item = FaxStatusCallbackEvent(
                    status_callback_event_item_data
                )

                status_callback_event.append(status_callback_event_item)

        store_media: bool | None = d.pop("StoreMedia", None)

        ttl: int | None = d.pop("Ttl", None)

        sip_auth_username: str | None = d.pop("SipAuthUsername", None)

        sip_auth_password: str | None = d.pop("SipAuthPassword", None)

        # Built without __init__, whose defaults (fields_set from the fields that are not None, an
        # empty additional_properties) would only be replaced; the model has no validators.
        send_fax_request = cls.__new__(cls)
        send_fax_request.media_url = media_url
        send_fax_request.to = to
        send_fax_request.from_ = from_
        send_fax_request.quality = quality
        send_fax_request.status_callback = status_callback
        send_fax_request.status_callback_method = status_callback_method
        send_fax_request.status_callback_event = status_callback_event
        send_fax_request.store_media = store_media
        send_fax_request.ttl = ttl
        send_fax_request.sip_auth_username = sip_auth_username
        send_fax_request.sip_auth_password = sip_auth_password
        send_fax_request.fields_set = fields_set

        send_fax_request.additional_properties = d
        return send_fax_request

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
