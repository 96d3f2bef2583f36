from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import read as _read
from signalwire_compat._model import write as _write

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
        return _write(self)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a body; a field left out or null reads None, and `fields_set` tells them apart.
        A value of the wrong type is a `TypeError` naming its field."""
        return _read(cls, src_dict)

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
