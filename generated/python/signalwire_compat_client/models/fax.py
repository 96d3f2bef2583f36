from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fax_direction import FaxDirection
from ..models.fax_quality import FaxQuality
from ..models.fax_status import FaxStatus

if TYPE_CHECKING:
    from ..models.fax_links import FaxLinks


T = TypeVar("T", bound="Fax")

_FIELDS: tuple[tuple[str, str], ...] = (
    ("sid", "sid"),
    ("account_sid", "account_sid"),
    ("api_version", "api_version"),
    ("date_created", "date_created"),
    ("date_updated", "date_updated"),
    ("direction", "direction"),
    ("duration", "duration"),
    ("error_code", "error_code"),
    ("error_message", "error_message"),
    ("from", "from_"),
    ("links", "links"),
    ("media_sid", "media_sid"),
    ("media_url", "media_url"),
    ("num_pages", "num_pages"),
    ("price", "price"),
    ("price_unit", "price_unit"),
    ("quality", "quality"),
    ("status", "status"),
    ("to", "to"),
    ("url", "url"),
)
"""The fields of the model: (name in the body, Python name)."""
_NAMES: dict[str, str] = dict(_FIELDS)


@_attrs_define
class Fax:
    """A fax, as the service returns it. Fields the service may omit or send as null are optional and nullable."""

    sid: str
    """ The unique identifier of the fax. """
    account_sid: None | str = None
    """ The unique identifier of the project that sent or received the fax. """
    api_version: None | str = None
    """ The version of the SignalWire API that handled the fax. """
    date_created: None | str = None
    """ The date and time, in ISO 8601 format, the fax was created. """
    date_updated: None | str = None
    """ The date and time, in ISO 8601 format, the fax was last updated. """
    direction: FaxDirection | None | str = None
    """ The direction of the fax. """
    duration: int | None | str = None
    """ How many seconds the fax took to send (a number, possibly sent as text); null until it is sent. """
    error_code: int | None | str = None
    """ The error code of a failed fax; null otherwise. """
    error_message: None | str = None
    """ What went wrong with a failed fax; null otherwise. """
    from_: None | str = None
    """ The phone number, in E.164 format, that sent the fax. """
    links: FaxLinks | None = None
    """ The URIs of the fax's sub-resources. """
    media_sid: None | str = None
    """ The unique identifier of the fax's media file. """
    media_url: None | str = None
    """ The URL of the fax's document: the one sent, or where a received fax can be downloaded; null if there is
    none. """
    num_pages: int | None | str = None
    """ How many pages the fax has (a number, possibly sent as text); null until it is known. """
    price: float | None | str = None
    """ The charge for the fax; null until it is known. """
    price_unit: None | str = None
    """ The currency, in ISO 4217 format, of the price. """
    quality: FaxQuality | None | str = None
    """ The resolution the fax was sent at. """
    status: FaxStatus | None | str = None
    """ The status of the fax. """
    to: None | str = None
    """ The phone number, in E.164 format, or the SIP URI that received the fax. """
    url: None | str = None
    """ The URI of the fax. """
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
        from ..models.fax_links import FaxLinks

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
        if self.direction is not None:
            direction: None | str
            if isinstance(self.direction, FaxDirection):
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
        if self.links is not None:
            links: dict[str, Any] | None
            if isinstance(self.links, FaxLinks):
                links = self.links.to_dict()
            else:
                links = self.links

            field_dict["links"] = links
        elif "links" in self.fields_set:
            field_dict["links"] = None
        if self.media_sid is not None:
            field_dict["media_sid"] = self.media_sid
        elif "media_sid" in self.fields_set:
            field_dict["media_sid"] = None
        if self.media_url is not None:
            field_dict["media_url"] = self.media_url
        elif "media_url" in self.fields_set:
            field_dict["media_url"] = None
        if self.num_pages is not None:
            field_dict["num_pages"] = self.num_pages
        elif "num_pages" in self.fields_set:
            field_dict["num_pages"] = None
        if self.price is not None:
            field_dict["price"] = self.price
        elif "price" in self.fields_set:
            field_dict["price"] = None
        if self.price_unit is not None:
            field_dict["price_unit"] = self.price_unit
        elif "price_unit" in self.fields_set:
            field_dict["price_unit"] = None
        if self.quality is not None:
            quality: None | str
            if isinstance(self.quality, FaxQuality):
                quality = self.quality.value
            else:
                quality = self.quality

            field_dict["quality"] = quality
        elif "quality" in self.fields_set:
            field_dict["quality"] = None
        if self.status is not None:
            status: None | str
            if isinstance(self.status, FaxStatus):
                status = self.status.value
            else:
                status = self.status

            field_dict["status"] = status
        elif "status" in self.fields_set:
            field_dict["status"] = None
        if self.to is not None:
            field_dict["to"] = self.to
        elif "to" in self.fields_set:
            field_dict["to"] = None
        if self.url is not None:
            field_dict["url"] = self.url
        elif "url" in self.fields_set:
            field_dict["url"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a body; a field left out or null reads None, and `fields_set` tells them apart."""
        from ..models.fax_links import FaxLinks

        d = dict(src_dict)
        fields_set = frozenset(map(_NAMES.__getitem__, _NAMES.keys() & d.keys()))
        sid = d.pop("sid")

        account_sid: None | str = d.pop("account_sid", None)

        api_version: None | str = d.pop("api_version", None)

        date_created: None | str = d.pop("date_created", None)

        date_updated: None | str = d.pop("date_updated", None)

        _direction = d.pop("direction", None)
        direction: FaxDirection | None | str = None
        if _direction is not None:

            def _parse_direction(data: object) -> FaxDirection | None | str:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    direction_type_0 = FaxDirection(data)

                    return direction_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(FaxDirection | None | str, data)

            direction = _parse_direction(_direction)

        duration: int | None | str = d.pop("duration", None)

        error_code: int | None | str = d.pop("error_code", None)

        error_message: None | str = d.pop("error_message", None)

        from_: None | str = d.pop("from", None)

        _links = d.pop("links", None)
        links: FaxLinks | None = None
        if _links is not None:

            def _parse_links(data: object) -> FaxLinks | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    links_type_0 = FaxLinks.from_dict(data)

                    return links_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(FaxLinks | None, data)

            links = _parse_links(_links)

        media_sid: None | str = d.pop("media_sid", None)

        media_url: None | str = d.pop("media_url", None)

        num_pages: int | None | str = d.pop("num_pages", None)

        price: float | None | str = d.pop("price", None)

        price_unit: None | str = d.pop("price_unit", None)

        _quality = d.pop("quality", None)
        quality: FaxQuality | None | str = None
        if _quality is not None:

            def _parse_quality(data: object) -> FaxQuality | None | str:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    quality_type_0 = FaxQuality(data)

                    return quality_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(FaxQuality | None | str, data)

            quality = _parse_quality(_quality)

        _status = d.pop("status", None)
        status: FaxStatus | None | str = None
        if _status is not None:

            def _parse_status(data: object) -> FaxStatus | None | str:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_type_0 = FaxStatus(data)

                    return status_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(FaxStatus | None | str, data)

            status = _parse_status(_status)

        to: None | str = d.pop("to", None)

        url: None | str = d.pop("url", None)

        # Built without __init__, whose defaults (fields_set from the fields that are not None, an
        # empty additional_properties) would only be replaced; the model has no validators.
        fax = cls.__new__(cls)
        fax.sid = sid
        fax.account_sid = account_sid
        fax.api_version = api_version
        fax.date_created = date_created
        fax.date_updated = date_updated
        fax.direction = direction
        fax.duration = duration
        fax.error_code = error_code
        fax.error_message = error_message
        fax.from_ = from_
        fax.links = links
        fax.media_sid = media_sid
        fax.media_url = media_url
        fax.num_pages = num_pages
        fax.price = price
        fax.price_unit = price_unit
        fax.quality = quality
        fax.status = status
        fax.to = to
        fax.url = url
        fax.fields_set = fields_set

        fax.additional_properties = d
        return fax

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
