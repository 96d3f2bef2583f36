from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from signalwire_compat._model import NOT_NONE as _NOT_NONE
from signalwire_compat._model import Model as _Model


@_attrs_define
class LamlBin(_Model):
    """A cXML script (LaML bin), as the service returns it. Fields the service may omit or send as null are optional and
    nullable.

    """

    sid: str
    """The unique identifier of the script."""
    account_sid: None | str = None
    """The unique identifier of the project the script belongs to."""
    api_version: None | str = None
    """The version of the API that created the script."""
    date_created: None | str = None
    """When the script was created, in ISO 8601 format."""
    date_updated: None | str = None
    """When the script was last updated, in ISO 8601 format."""
    date_last_accessed: None | str = None
    """When request_url was last requested, in ISO 8601 format; null if never."""
    name: None | str = None
    """The name of the script."""
    contents: None | str = None
    """The cXML document the script serves."""
    request_url: None | str = None
    """The URL that serves the script's contents: the XML instructions URL to give a call, a phone number or an
    application."""
    num_requests: int | None = None
    """How many times request_url has been requested."""
    uri: None | str = None
    """The URI of the script."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """The fields of the body that the model does not name, as received."""
    fields_set: frozenset[str] = _attrs_field(init=False, repr=False, default=_NOT_NONE)
    """The Python names of the fields the body held, null ones included; for a model built
    directly, those not None."""
