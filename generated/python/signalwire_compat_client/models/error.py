from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import read as _read
from signalwire_compat._model import write as _write

if TYPE_CHECKING:
    from ..models.error_item import ErrorItem


T = TypeVar("T", bound="Error")

_FIELDS: tuple[tuple[str, str], ...] = (
    ("code", "code"),
    ("message", "message"),
    ("more_info", "more_info"),
    ("status", "status"),
    ("errors", "errors"),
    ("type", "type_"),
    ("attribute", "attribute"),
    ("url", "url"),
)
"""The fields of the model: (name in the body, Python name)."""


@_attrs_define
class Error:
    """SignalWire's error body. The service sends it in several shapes, so every field is optional and fields not named
    here are kept. Most answers are flat: code, message, more_info and status. A create-call 400 lists its errors
    instead, each an object with its own code (as text), message and more_info; a conference recording or stream 422
    lists them as plain messages. A token's 422 sends code and message with type, attribute and url; an imported
    number's 422 sends its code as text.

    """

    code: int | None | str = None
    """ The SignalWire error code, a number or (in some answers) text. """
    message: None | str = None
    """ A human-readable description of the error. """
    more_info: None | str = None
    """ A link to more information about the error. """
    status: int | None = None
    """ The HTTP status code of the response. """
    errors: list[ErrorItem | str] | None = None
    """ The errors, when the service lists them rather than sending one code and message: each an ErrorItem, or its
    message alone. """
    type_: None | str = None
    """ The kind of error, sent with a token's errors. """
    attribute: None | str = None
    """ The request parameter the error is about, sent with a token's errors. """
    url: None | str = None
    """ A link to more information about the error, sent by token errors in place of more_info. """
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
