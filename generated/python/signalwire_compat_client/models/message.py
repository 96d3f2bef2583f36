from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_direction import MessageDirection
from ..models.message_status import MessageStatus

if TYPE_CHECKING:
    from ..models.message_subresource_uris import MessageSubresourceUris


T = TypeVar("T", bound="Message")

_FIELDS: tuple[tuple[str, str], ...] = (
    ("sid", "sid"),
    ("account_sid", "account_sid"),
    ("api_version", "api_version"),
    ("body", "body"),
    ("num_segments", "num_segments"),
    ("num_media", "num_media"),
    ("date_created", "date_created"),
    ("date_sent", "date_sent"),
    ("date_updated", "date_updated"),
    ("direction", "direction"),
    ("error_code", "error_code"),
    ("error_message", "error_message"),
    ("from", "from_"),
    ("messaging_service_sid", "messaging_service_sid"),
    ("price", "price"),
    ("price_unit", "price_unit"),
    ("status", "status"),
    ("subresource_uris", "subresource_uris"),
    ("to", "to"),
    ("uri", "uri"),
)
"""The fields of the model: (name in the body, Python name)."""
_NAMES: dict[str, str] = dict(_FIELDS)


@_attrs_define
class Message:
    """A message, as the service returns it. Fields the service may omit or send as null are optional and nullable."""

    sid: str
    """ The unique identifier of the message. """
    account_sid: None | str = None
    """ The unique identifier of the project that sent or received the message. """
    api_version: None | str = None
    """ The version of the SignalWire API that handled the message. """
    body: None | str = None
    """ The text of the message, up to 1600 characters; empty once redacted, null when filtered as spam. """
    num_segments: int | None | str = None
    """ How many segments the message was split into (a number, possibly sent as text). """
    num_media: int | None | str = None
    """ How many media files the message carries (a number, possibly sent as text). """
    date_created: None | str = None
    """ The date, in RFC 2822 format, the message was created. """
    date_sent: None | str = None
    """ The date, in RFC 2822 format, the message was sent; null until then. """
    date_updated: None | str = None
    """ The date, in RFC 2822 format, the message was last updated. """
    direction: MessageDirection | None | str = None
    """ The direction of the message. """
    error_code: int | None | str = None
    """ The error code of a failed or undelivered message; null otherwise. """
    error_message: None | str = None
    """ What went wrong with a failed or undelivered message; null otherwise. """
    from_: None | str = None
    """ The phone number, in E.164 format, that sent the message. """
    messaging_service_sid: None | str = None
    """ The unique identifier of the number group that sent the message, if one did. """
    price: float | None | str = None
    """ The charge for the message; null until it is known. """
    price_unit: None | str = None
    """ The currency, in ISO 4217 format, of the price. """
    status: MessageStatus | None | str = None
    """ The status of the message. """
    subresource_uris: MessageSubresourceUris | None = None
    """ The URIs of the message's sub-resources. """
    to: None | str = None
    """ The phone number, in E.164 format, that received the message. """
    uri: None | str = None
    """ The URI of the message. """
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
        from ..models.message_subresource_uris import MessageSubresourceUris

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
        if self.body is not None:
            field_dict["body"] = self.body
        elif "body" in self.fields_set:
            field_dict["body"] = None
        if self.num_segments is not None:
            field_dict["num_segments"] = self.num_segments
        elif "num_segments" in self.fields_set:
            field_dict["num_segments"] = None
        if self.num_media is not None:
            field_dict["num_media"] = self.num_media
        elif "num_media" in self.fields_set:
            field_dict["num_media"] = None
        if self.date_created is not None:
            field_dict["date_created"] = self.date_created
        elif "date_created" in self.fields_set:
            field_dict["date_created"] = None
        if self.date_sent is not None:
            field_dict["date_sent"] = self.date_sent
        elif "date_sent" in self.fields_set:
            field_dict["date_sent"] = None
        if self.date_updated is not None:
            field_dict["date_updated"] = self.date_updated
        elif "date_updated" in self.fields_set:
            field_dict["date_updated"] = None
        if self.direction is not None:
            direction: None | str
            if isinstance(self.direction, MessageDirection):
                direction = self.direction.value
            else:
                direction = self.direction

            field_dict["direction"] = direction
        elif "direction" in self.fields_set:
            field_dict["direction"] = None
        if self.error_code is not None:
            field_dict["error_code"] = self.error_code
        elif "error_code" in self.fields_set:
            field_dict["error_code"] = None
        if self.error_message is not None:
            field_dict["error_message"] = self.error_message
        elif "error_message" in self.fields_set:
            field_dict["error_message"] = None
        if self.from_ is not None:
            field_dict["from"] = self.from_
        elif "from_" in self.fields_set:
            field_dict["from"] = None
        if self.messaging_service_sid is not None:
            field_dict["messaging_service_sid"] = self.messaging_service_sid
        elif "messaging_service_sid" in self.fields_set:
            field_dict["messaging_service_sid"] = None
        if self.price is not None:
            field_dict["price"] = self.price
        elif "price" in self.fields_set:
            field_dict["price"] = None
        if self.price_unit is not None:
            field_dict["price_unit"] = self.price_unit
        elif "price_unit" in self.fields_set:
            field_dict["price_unit"] = None
        if self.status is not None:
            status: None | str
            if isinstance(self.status, MessageStatus):
                status = self.status.value
            else:
                status = self.status

            field_dict["status"] = status
        elif "status" in self.fields_set:
            field_dict["status"] = None
        if self.subresource_uris is not None:
            subresource_uris: dict[str, Any] | None
            if isinstance(self.subresource_uris, MessageSubresourceUris):
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
        if self.uri is not None:
            field_dict["uri"] = self.uri
        elif "uri" in self.fields_set:
            field_dict["uri"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a body; a field left out or null reads None, and `fields_set` tells them apart."""
        from ..models.message_subresource_uris import MessageSubresourceUris

        d = dict(src_dict)
        fields_set = frozenset(map(_NAMES.__getitem__, _NAMES.keys() & d.keys()))
        sid = d.pop("sid")

        account_sid: None | str = d.pop("account_sid", None)

        api_version: None | str = d.pop("api_version", None)

        body: None | str = d.pop("body", None)

        num_segments: int | None | str = d.pop("num_segments", None)

        num_media: int | None | str = d.pop("num_media", None)

        date_created: None | str = d.pop("date_created", None)

        date_sent: None | str = d.pop("date_sent", None)

        date_updated: None | str = d.pop("date_updated", None)

        _direction = d.pop("direction", None)
        direction: MessageDirection | None | str = None
        if _direction is not None:

            def _parse_direction(data: object) -> MessageDirection | None | str:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    direction_type_0 = MessageDirection(data)

                    return direction_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(MessageDirection | None | str, data)

            direction = _parse_direction(_direction)

        error_code: int | None | str = d.pop("error_code", None)

        error_message: None | str = d.pop("error_message", None)

        from_: None | str = d.pop("from", None)

        messaging_service_sid: None | str = d.pop("messaging_service_sid", None)

        price: float | None | str = d.pop("price", None)

        price_unit: None | str = d.pop("price_unit", None)

        _status = d.pop("status", None)
        status: MessageStatus | None | str = None
        if _status is not None:

            def _parse_status(data: object) -> MessageStatus | None | str:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_type_0 = MessageStatus(data)

                    return status_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(MessageStatus | None | str, data)

            status = _parse_status(_status)

        _subresource_uris = d.pop("subresource_uris", None)
        subresource_uris: MessageSubresourceUris | None = None
        if _subresource_uris is not None:

            def _parse_subresource_uris(data: object) -> MessageSubresourceUris | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    subresource_uris_type_0 = MessageSubresourceUris.from_dict(data)

                    return subresource_uris_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(MessageSubresourceUris | None, data)

            subresource_uris = _parse_subresource_uris(_subresource_uris)

        to: None | str = d.pop("to", None)

        uri: None | str = d.pop("uri", None)

        # Built without __init__, whose defaults (fields_set from the fields that are not None, an
        # empty additional_properties) would only be replaced; the model has no validators.
        message = cls.__new__(cls)
        message.sid = sid
        message.account_sid = account_sid
        message.api_version = api_version
        message.body = body
        message.num_segments = num_segments
        message.num_media = num_media
        message.date_created = date_created
        message.date_sent = date_sent
        message.date_updated = date_updated
        message.direction = direction
        message.error_code = error_code
        message.error_message = error_message
        message.from_ = from_
        message.messaging_service_sid = messaging_service_sid
        message.price = price
        message.price_unit = price_unit
        message.status = status
        message.subresource_uris = subresource_uris
        message.to = to
        message.uri = uri
        message.fields_set = fields_set

        message.additional_properties = d
        return message

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
