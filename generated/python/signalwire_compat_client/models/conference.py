from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import NOT_NONE as _NOT_NONE
from signalwire_compat._model import Model as _Model

from ..models.conference_status import ConferenceStatus

if TYPE_CHECKING:
    from ..models.conference_subresource_uris import ConferenceSubresourceUris


@_attrs_define
class Conference(_Model):
    """A conference, as the service returns it. Fields the service may omit or send as null are optional and nullable."""

    sid: str
    """The unique identifier of the conference."""
    account_sid: None | str = None
    """The unique identifier of the project the conference belongs to."""
    date_created: None | str = None
    """When the conference was created, in RFC 2822 format."""
    date_updated: None | str = None
    """When the conference was last updated, in RFC 2822 format."""
    friendly_name: None | str = None
    """The name of the conference room, up to 64 characters."""
    status: ConferenceStatus | None | str = None
    """The status of the conference."""
    api_version: None | str = None
    """The version of the API that handled the conference."""
    region: None | str = None
    """The region whose media server mixed the conference's audio, such as us1."""
    uri: None | str = None
    """The URI of the conference."""
    subresource_uris: ConferenceSubresourceUris | None = None
    """The URIs of the conference's sub-resources."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """The fields of the body that the model does not name, as received."""
    fields_set: frozenset[str] = _attrs_field(init=False, repr=False, default=_NOT_NONE)
    """The Python names of the fields the body held, null ones included; for a model built
    directly, those not None."""
