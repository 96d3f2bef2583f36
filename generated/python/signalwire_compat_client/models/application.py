from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import NOT_NONE as _NOT_NONE
from signalwire_compat._model import Model as _Model

from ..models.http_method import HttpMethod


@_attrs_define
class Application(_Model):
    """A cXML application, as the service returns it. Fields the service may omit or send as null are optional and
    nullable.

    """

    sid: str
    """The unique identifier of the application."""
    account_sid: None | str = None
    """The unique identifier of the project the application belongs to."""
    api_version: None | str = None
    """The version of the API that created the application."""
    date_created: None | str = None
    """When the application was created, in RFC 2822 format."""
    date_updated: None | str = None
    """When the application was last updated, in RFC 2822 format."""
    friendly_name: None | str = None
    """The name of the application."""
    voice_url: None | str = None
    """The URL of the XML instructions that answer the application's calls."""
    voice_method: HttpMethod | None | str = None
    """Whether the request to voice_url is a GET or a POST."""
    voice_fallback_url: None | str = None
    """The URL requested when the request to voice_url fails."""
    voice_fallback_method: HttpMethod | None | str = None
    """Whether the request to voice_fallback_url is a GET or a POST."""
    status_callback: None | str = None
    """The URL the status changes of the application's calls are sent to."""
    status_callback_method: HttpMethod | None | str = None
    """Whether the request to status_callback is a GET or a POST."""
    voice_caller_id_lookup: bool | None = None
    """Whether the caller's name is looked up for incoming calls; the service sends null."""
    sms_url: None | str = None
    """The URL of the XML instructions that handle the application's messages."""
    sms_method: HttpMethod | None | str = None
    """Whether the request to sms_url is a GET or a POST."""
    sms_fallback_url: None | str = None
    """The URL requested when the request to sms_url fails."""
    sms_fallback_method: HttpMethod | None | str = None
    """Whether the request to sms_fallback_url is a GET or a POST."""
    sms_status_callback: None | str = None
    """The URL the status changes of the application's messages are sent to."""
    sms_status_callback_method: HttpMethod | None | str = None
    """Whether the request to sms_status_callback is a GET or a POST."""
    message_status_callback: None | str = None
    """The URL the status changes of a message that names this application are POSTed to."""
    uri: None | str = None
    """The URI of the application."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """The fields of the body that the model does not name, as received."""
    fields_set: frozenset[str] = _attrs_field(init=False, repr=False, default=_NOT_NONE)
    """The Python names of the fields the body held, null ones included; for a model built
    directly, those not None."""
