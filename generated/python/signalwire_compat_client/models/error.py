from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import NOT_NONE as _NOT_NONE
from signalwire_compat._model import Model as _Model

if TYPE_CHECKING:
    from ..models.error_item import ErrorItem


_RENAMED: dict[str, str] = {
    "type_": "type",
}
"""The fields whose name in the body is not their Python name: Python name, body name."""


@_attrs_define
class Error(_Model):
    """SignalWire's error body. The service sends it in several shapes, so every field is optional and fields not named
    here are kept. Most answers are flat: code, message, more_info and status. A create-call 400 lists its errors
    instead, each an object with its own code (as text), message and more_info; a conference recording or stream 422
    lists them as plain messages. A token's 422 sends code and message with type, attribute and url; an imported
    number's 422 sends its code as text.

    """

    code: int | None | str = None
    """The SignalWire error code, a number or (in some answers) text."""
    message: None | str = None
    """A human-readable description of the error."""
    more_info: None | str = None
    """A link to more information about the error."""
    status: int | None = None
    """The HTTP status code of the response."""
    errors: list[ErrorItem | str] | None = None
    """The errors, when the service lists them rather than sending one code and message: each an ErrorItem, or its
    message alone."""
    type_: None | str = None
    """The kind of error, sent with a token's errors."""
    attribute: None | str = None
    """The request parameter the error is about, sent with a token's errors."""
    url: None | str = None
    """A link to more information about the error, sent by token errors in place of more_info."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """The fields of the body that the model does not name, as received."""
    fields_set: frozenset[str] = _attrs_field(init=False, repr=False, default=_NOT_NONE)
    """The Python names of the fields the body held, null ones included; for a model built
    directly, those not None."""
