from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import NOT_NONE as _NOT_NONE
from signalwire_compat._model import Model as _Model

if TYPE_CHECKING:
    from ..models.call import Call


@_attrs_define
class CallList(_Model):
    """One page of calls."""

    calls: list[Call]
    """The calls on this page."""
    uri: None | str = None
    """The URI of this page."""
    first_page_uri: None | str = None
    """The URI of the first page."""
    next_page_uri: None | str = None
    """The URI of the next page; null on the last page."""
    previous_page_uri: None | str = None
    """The URI of the previous page; null on the first page."""
    page: int | None = None
    """The number of this page, from 0."""
    page_size: int | None = None
    """How many calls a page holds."""
    start: int | None = None
    """The position of this page's first call."""
    end: int | None = None
    """The position of this page's last call."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """The fields of the body that the model does not name, as received."""
    fields_set: frozenset[str] = _attrs_field(init=False, repr=False, default=_NOT_NONE)
    """The Python names of the fields the body held, null ones included; for a model built
    directly, those not None."""
