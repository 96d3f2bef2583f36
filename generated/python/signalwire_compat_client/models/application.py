from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.http_method import HttpMethod

T = TypeVar("T", bound="Application")

_FIELDS: tuple[tuple[str, str], ...] = (
    ("sid", "sid"),
    ("account_sid", "account_sid"),
    ("api_version", "api_version"),
    ("date_created", "date_created"),
    ("date_updated", "date_updated"),
    ("friendly_name", "friendly_name"),
    ("voice_url", "voice_url"),
    ("voice_method", "voice_method"),
    ("voice_fallback_url", "voice_fallback_url"),
    ("voice_fallback_method", "voice_fallback_method"),
    ("status_callback", "status_callback"),
    ("status_callback_method", "status_callback_method"),
    ("voice_caller_id_lookup", "voice_caller_id_lookup"),
    ("sms_url", "sms_url"),
    ("sms_method", "sms_method"),
    ("sms_fallback_url", "sms_fallback_url"),
    ("sms_fallback_method", "sms_fallback_method"),
    ("sms_status_callback", "sms_status_callback"),
    ("sms_status_callback_method", "sms_status_callback_method"),
    ("message_status_callback", "message_status_callback"),
    ("uri", "uri"),
)
"""The fields of the model: (name in the body, Python name)."""
_NAMES: dict[str, str] = dict(_FIELDS)


@_attrs_define
class Application:
    """A cXML application, as the service returns it. Fields the service may omit or send as null are optional and
    nullable.

    """

    sid: str
    """ The unique identifier of the application. """
    account_sid: None | str = None
    """ The unique identifier of the project the application belongs to. """
    api_version: None | str = None
    """ The version of the API that created the application. """
    date_created: None | str = None
    """ When the application was created, in RFC 2822 format. """
    date_updated: None | str = None
    """ When the application was last updated, in RFC 2822 format. """
    friendly_name: None | str = None
    """ The name of the application. """
    voice_url: None | str = None
    """ The URL of the XML instructions that answer the application's calls. """
    voice_method: HttpMethod | None | str = None
    """ Whether the request to voice_url is a GET or a POST. """
    voice_fallback_url: None | str = None
    """ The URL requested when the request to voice_url fails. """
    voice_fallback_method: HttpMethod | None | str = None
    """ Whether the request to voice_fallback_url is a GET or a POST. """
    status_callback: None | str = None
    """ The URL the status changes of the application's calls are sent to. """
    status_callback_method: HttpMethod | None | str = None
    """ Whether the request to status_callback is a GET or a POST. """
    voice_caller_id_lookup: bool | None = None
    """ Whether the caller's name is looked up for incoming calls; the service sends null. """
    sms_url: None | str = None
    """ The URL of the XML instructions that handle the application's messages. """
    sms_method: HttpMethod | None | str = None
    """ Whether the request to sms_url is a GET or a POST. """
    sms_fallback_url: None | str = None
    """ The URL requested when the request to sms_url fails. """
    sms_fallback_method: HttpMethod | None | str = None
    """ Whether the request to sms_fallback_url is a GET or a POST. """
    sms_status_callback: None | str = None
    """ The URL the status changes of the application's messages are sent to. """
    sms_status_callback_method: HttpMethod | None | str = None
    """ Whether the request to sms_status_callback is a GET or a POST. """
    message_status_callback: None | str = None
    """ The URL the status changes of a message that names this application are POSTed to. """
    uri: None | str = None
    """ The URI of the application. """
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
        if self.friendly_name is not None:
            field_dict["friendly_name"] = self.friendly_name
        elif "friendly_name" in self.fields_set:
            field_dict["friendly_name"] = None
        if self.voice_url is not None:
            field_dict["voice_url"] = self.voice_url
        elif "voice_url" in self.fields_set:
            field_dict["voice_url"] = None
        if self.voice_method is not None:
            voice_method: None | str
            if isinstance(self.voice_method, HttpMethod):
                voice_method = self.voice_method.value
            else:
                voice_method = self.voice_method

            field_dict["voice_method"] = voice_method
        elif "voice_method" in self.fields_set:
            field_dict["voice_method"] = None
        if self.voice_fallback_url is not None:
            field_dict["voice_fallback_url"] = self.voice_fallback_url
        elif "voice_fallback_url" in self.fields_set:
            field_dict["voice_fallback_url"] = None
        if self.voice_fallback_method is not None:
            voice_fallback_method: None | str
            if isinstance(self.voice_fallback_method, HttpMethod):
                voice_fallback_method = self.voice_fallback_method.value
            else:
                voice_fallback_method = self.voice_fallback_method

            field_dict["voice_fallback_method"] = voice_fallback_method
        elif "voice_fallback_method" in self.fields_set:
            field_dict["voice_fallback_method"] = None
        if self.status_callback is not None:
            field_dict["status_callback"] = self.status_callback
        elif "status_callback" in self.fields_set:
            field_dict["status_callback"] = None
        if self.status_callback_method is not None:
            status_callback_method: None | str
            if isinstance(self.status_callback_method, HttpMethod):
                status_callback_method = self.status_callback_method.value
            else:
                status_callback_method = self.status_callback_method

            field_dict["status_callback_method"] = status_callback_method
        elif "status_callback_method" in self.fields_set:
            field_dict["status_callback_method"] = None
        if self.voice_caller_id_lookup is not None:
            field_dict["voice_caller_id_lookup"] = self.voice_caller_id_lookup
        elif "voice_caller_id_lookup" in self.fields_set:
            field_dict["voice_caller_id_lookup"] = None
        if self.sms_url is not None:
            field_dict["sms_url"] = self.sms_url
        elif "sms_url" in self.fields_set:
            field_dict["sms_url"] = None
        if self.sms_method is not None:
            sms_method: None | str
            if isinstance(self.sms_method, HttpMethod):
                sms_method = self.sms_method.value
            else:
                sms_method = self.sms_method

            field_dict["sms_method"] = sms_method
        elif "sms_method" in self.fields_set:
            field_dict["sms_method"] = None
        if self.sms_fallback_url is not None:
            field_dict["sms_fallback_url"] = self.sms_fallback_url
        elif "sms_fallback_url" in self.fields_set:
            field_dict["sms_fallback_url"] = None
        if self.sms_fallback_method is not None:
            sms_fallback_method: None | str
            if isinstance(self.sms_fallback_method, HttpMethod):
                sms_fallback_method = self.sms_fallback_method.value
            else:
                sms_fallback_method = self.sms_fallback_method

            field_dict["sms_fallback_method"] = sms_fallback_method
        elif "sms_fallback_method" in self.fields_set:
            field_dict["sms_fallback_method"] = None
        if self.sms_status_callback is not None:
            field_dict["sms_status_callback"] = self.sms_status_callback
        elif "sms_status_callback" in self.fields_set:
            field_dict["sms_status_callback"] = None
        if self.sms_status_callback_method is not None:
            sms_status_callback_method: None | str
            if isinstance(self.sms_status_callback_method, HttpMethod):
                sms_status_callback_method = self.sms_status_callback_method.value
            else:
                sms_status_callback_method = self.sms_status_callback_method

            field_dict["sms_status_callback_method"] = sms_status_callback_method
        elif "sms_status_callback_method" in self.fields_set:
            field_dict["sms_status_callback_method"] = None
        if self.message_status_callback is not None:
            field_dict["message_status_callback"] = self.message_status_callback
        elif "message_status_callback" in self.fields_set:
            field_dict["message_status_callback"] = None
        if self.uri is not None:
            field_dict["uri"] = self.uri
        elif "uri" in self.fields_set:
            field_dict["uri"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a body; a field left out or null reads None, and `fields_set` tells them apart."""
        d = dict(src_dict)
        fields_set = frozenset(map(_NAMES.__getitem__, _NAMES.keys() & d.keys()))
        sid = d.pop("sid")

        account_sid: None | str = d.pop("account_sid", None)

        api_version: None | str = d.pop("api_version", None)

        date_created: None | str = d.pop("date_created", None)

        date_updated: None | str = d.pop("date_updated", None)

        friendly_name: None | str = d.pop("friendly_name", None)

        voice_url: None | str = d.pop("voice_url", None)

        _voice_method = d.pop("voice_method", None)
        voice_method: HttpMethod | None | str = None
        if _voice_method is not None:

            def _parse_voice_method(data: object) -> HttpMethod | None | str:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    voice_method_type_0 = HttpMethod(data)

                    return voice_method_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(HttpMethod | None | str, data)

            voice_method = _parse_voice_method(_voice_method)

        voice_fallback_url: None | str = d.pop("voice_fallback_url", None)

        _voice_fallback_method = d.pop("voice_fallback_method", None)
        voice_fallback_method: HttpMethod | None | str = None
        if _voice_fallback_method is not None:

            def _parse_voice_fallback_method(data: object) -> HttpMethod | None | str:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    voice_fallback_method_type_0 = HttpMethod(data)

                    return voice_fallback_method_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(HttpMethod | None | str, data)

            voice_fallback_method = _parse_voice_fallback_method(_voice_fallback_method)

        status_callback: None | str = d.pop("status_callback", None)

        _status_callback_method = d.pop("status_callback_method", None)
        status_callback_method: HttpMethod | None | str = None
        if _status_callback_method is not None:

            def _parse_status_callback_method(data: object) -> HttpMethod | None | str:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_callback_method_type_0 = HttpMethod(data)

                    return status_callback_method_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(HttpMethod | None | str, data)

            status_callback_method = _parse_status_callback_method(
                _status_callback_method
            )

        voice_caller_id_lookup: bool | None = d.pop("voice_caller_id_lookup", None)

        sms_url: None | str = d.pop("sms_url", None)

        _sms_method = d.pop("sms_method", None)
        sms_method: HttpMethod | None | str = None
        if _sms_method is not None:

            def _parse_sms_method(data: object) -> HttpMethod | None | str:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    sms_method_type_0 = HttpMethod(data)

                    return sms_method_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(HttpMethod | None | str, data)

            sms_method = _parse_sms_method(_sms_method)

        sms_fallback_url: None | str = d.pop("sms_fallback_url", None)

        _sms_fallback_method = d.pop("sms_fallback_method", None)
        sms_fallback_method: HttpMethod | None | str = None
        if _sms_fallback_method is not None:

            def _parse_sms_fallback_method(data: object) -> HttpMethod | None | str:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    sms_fallback_method_type_0 = HttpMethod(data)

                    return sms_fallback_method_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(HttpMethod | None | str, data)

            sms_fallback_method = _parse_sms_fallback_method(_sms_fallback_method)

        sms_status_callback: None | str = d.pop("sms_status_callback", None)

        _sms_status_callback_method = d.pop("sms_status_callback_method", None)
        sms_status_callback_method: HttpMethod | None | str = None
        if _sms_status_callback_method is not None:

            def _parse_sms_status_callback_method(
                data: object,
            ) -> HttpMethod | None | str:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    sms_status_callback_method_type_0 = HttpMethod(data)

                    return sms_status_callback_method_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(HttpMethod | None | str, data)

            sms_status_callback_method = _parse_sms_status_callback_method(
                _sms_status_callback_method
            )

        message_status_callback: None | str = d.pop("message_status_callback", None)

        uri: None | str = d.pop("uri", None)

        # Built without __init__, whose defaults (fields_set from the fields that are not None, an
        # empty additional_properties) would only be replaced; the model has no validators.
        application = cls.__new__(cls)
        application.sid = sid
        application.account_sid = account_sid
        application.api_version = api_version
        application.date_created = date_created
        application.date_updated = date_updated
        application.friendly_name = friendly_name
        application.voice_url = voice_url
        application.voice_method = voice_method
        application.voice_fallback_url = voice_fallback_url
        application.voice_fallback_method = voice_fallback_method
        application.status_callback = status_callback
        application.status_callback_method = status_callback_method
        application.voice_caller_id_lookup = voice_caller_id_lookup
        application.sms_url = sms_url
        application.sms_method = sms_method
        application.sms_fallback_url = sms_fallback_url
        application.sms_fallback_method = sms_fallback_method
        application.sms_status_callback = sms_status_callback
        application.sms_status_callback_method = sms_status_callback_method
        application.message_status_callback = message_status_callback
        application.uri = uri
        application.fields_set = fields_set

        application.additional_properties = d
        return application

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
