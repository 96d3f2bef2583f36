from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import NOT_NONE as _NOT_NONE
from signalwire_compat._model import Model as _Model

from ..models.fax_direction import FaxDirection
from ..models.fax_quality import FaxQuality
from ..models.fax_status import FaxStatus

if TYPE_CHECKING:
    from ..models.fax_links import FaxLinks


_RENAMED: dict[str, str] = {
    "from_": "from",
}
"""The fields whose name in the body is not their Python name: Python name, body name."""


@_attrs_define
class Fax(_Model):
    """A fax, as the service returns it. Fields the service may omit or send as null are optional and nullable."""

    sid: str
    """The unique identifier of the fax."""
    account_sid: None | str = None
    """The unique identifier of the project that sent or received the fax."""
    api_version: None | str = None
    """The version of the SignalWire API that handled the fax."""
    date_created: None | str = None
    """The date and time, in ISO 8601 format, the fax was created."""
    date_updated: None | str = None
    """The date and time, in ISO 8601 format, the fax was last updated."""
    direction: FaxDirection | None | str = None
    """The direction of the fax."""
    duration: int | None | str = None
    """How many seconds the fax took to send (a number, possibly sent as text); null until it is sent."""
    error_code: int | None | str = None
    """The error code of a failed fax; null otherwise."""
    error_message: None | str = None
    """What went wrong with a failed fax; null otherwise."""
    from_: None | str = None
    """The phone number, in E.164 format, that sent the fax."""
    links: FaxLinks | None = None
    """The URIs of the fax's sub-resources."""
    media_sid: None | str = None
    """The unique identifier of the fax's media file."""
    media_url: None | str = None
    """The URL of the fax's document: the one sent, or where a received fax can be downloaded; null if there is none."""
    num_pages: int | None | str = None
    """How many pages the fax has (a number, possibly sent as text); null until it is known."""
    price: float | None | str = None
    """The charge for the fax; null until it is known."""
    price_unit: None | str = None
    """The currency, in ISO 4217 format, of the price."""
    quality: FaxQuality | None | str = None
    """The resolution the fax was sent at."""
    status: FaxStatus | None | str = None
    """The status of the fax."""
    to: None | str = None
    """The phone number, in E.164 format, or the SIP URI that received the fax."""
    url: None | str = None
    """The URI of the fax."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """The fields of the body that the model does not name, as received."""
    fields_set: frozenset[str] = _attrs_field(init=False, repr=False, default=_NOT_NONE)
    """The Python names of the fields the body held, null ones included; for a model built
    directly, those not None."""
