from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import NOT_NONE as _NOT_NONE
from signalwire_compat._model import Model as _Model


@_attrs_define
class Media(_Model):
    """A media file attached to a message, as the service describes it. Fields the service may omit or send as null are
    optional and nullable.

    """

    sid: str
    """The unique identifier of the media file."""
    account_sid: None | str = None
    """The unique identifier of the project the message belongs to."""
    content_type: None | str = None
    """The MIME type of the media file, such as image/jpeg."""
    date_created: None | str = None
    """The date, in RFC 2822 format, the media file was created."""
    date_updated: None | str = None
    """The date, in RFC 2822 format, the media file was last updated."""
    parent_sid: None | str = None
    """The unique identifier of the message the media file belongs to."""
    uri: None | str = None
    """The URI of the media file's description."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """The fields of the body that the model does not name, as received."""
    fields_set: frozenset[str] = _attrs_field(init=False, repr=False, default=_NOT_NONE)
    """The Python names of the fields the body held, null ones included; for a model built
    directly, those not None."""
