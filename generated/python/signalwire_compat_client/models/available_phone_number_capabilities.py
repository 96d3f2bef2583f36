from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import NOT_NONE as _NOT_NONE
from signalwire_compat._model import Model as _Model

_RENAMED: dict[str, str] = {
    "sms": "SMS",
    "mms": "MMS",
}
"""The fields whose name in the body is not their Python name: Python name, body name."""


@_attrs_define
class AvailablePhoneNumberCapabilities(_Model):
    """What a number to buy can do; the keys are spelled as the service sends them."""

    voice: bool | None = None
    """Whether the number takes voice calls."""
    sms: bool | None = None
    """Whether the number takes SMS messages."""
    mms: bool | None = None
    """Whether the number takes MMS messages."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """The fields of the body that the model does not name, as received."""
    fields_set: frozenset[str] = _attrs_field(init=False, repr=False, default=_NOT_NONE)
    """The Python names of the fields the body held, null ones included; for a model built
    directly, those not None."""
