from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import Model as _Model

from ..models.fax_quality import FaxQuality
from ..models.fax_status_callback_event import FaxStatusCallbackEvent
from ..models.http_method import HttpMethod

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


@_attrs_define
class SendFaxRequest(_Model):
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
    """ The Python names of the fields the body held, null ones included; for a model built directly, those not None. """

    @fields_set.default
    def _fields_not_none(self) -> frozenset[str]:
        return frozenset(name for _, name in _FIELDS if getattr(self, name) is not None)
