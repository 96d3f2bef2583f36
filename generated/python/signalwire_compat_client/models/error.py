from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
_NAMES: dict[str, str] = dict(_FIELDS)


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
        from ..models.error_item import ErrorItem

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.code is not None:
            field_dict["code"] = self.code
        elif "code" in self.fields_set:
            field_dict["code"] = None
        if self.message is not None:
            field_dict["message"] = self.message
        elif "message" in self.fields_set:
            field_dict["message"] = None
        if self.more_info is not None:
            field_dict["more_info"] = self.more_info
        elif "more_info" in self.fields_set:
            field_dict["more_info"] = None
        if self.status is not None:
            field_dict["status"] = self.status
        elif "status" in self.fields_set:
            field_dict["status"] = None
        if self.errors is not None:
            errors: list[dict[str, Any] | str] | None
            if isinstance(self.errors, list):
                errors = []
                for errors_type_0_item_data in self.errors:
                    errors_type_0_item: dict[str, Any] | str
                    if isinstance(errors_type_0_item_data, ErrorItem):
                        errors_type_0_item = errors_type_0_item_data.to_dict()
                    else:
                        errors_type_0_item = errors_type_0_item_data
                    errors.append(errors_type_0_item)

            else:
                errors = self.errors

            field_dict["errors"] = errors
        elif "errors" in self.fields_set:
            field_dict["errors"] = None
        if self.type_ is not None:
            field_dict["type"] = self.type_
        elif "type_" in self.fields_set:
            field_dict["type"] = None
        if self.attribute is not None:
            field_dict["attribute"] = self.attribute
        elif "attribute" in self.fields_set:
            field_dict["attribute"] = None
        if self.url is not None:
            field_dict["url"] = self.url
        elif "url" in self.fields_set:
            field_dict["url"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a body; a field left out or null reads None, and `fields_set` tells them apart."""
        from ..models.error_item import ErrorItem

        d = dict(src_dict)
        fields_set = frozenset(map(_NAMES.__getitem__, _NAMES.keys() & d.keys()))
        code: int | None | str = d.pop("code", None)

        message: None | str = d.pop("message", None)

        more_info: None | str = d.pop("more_info", None)

        status: int | None = d.pop("status", None)

        _errors = d.pop("errors", None)
        errors: list[ErrorItem | str] | None = None
        if _errors is not None:

            def _parse_errors(data: object) -> list[ErrorItem | str] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    errors_type_0 = []
                    _errors_type_0 = data
                    for errors_type_0_item_data in _errors_type_0:

                        def _parse_errors_type_0_item(data: object) -> ErrorItem | str:
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                errors_type_0_item_type_0 = ErrorItem.from_dict(data)

                                return errors_type_0_item_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            return cast(ErrorItem | str, data)

                        errors_type_0_item = _parse_errors_type_0_item(
                            errors_type_0_item_data
                        )

                        errors_type_0.append(errors_type_0_item)

                    return errors_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[ErrorItem | str] | None, data)

            errors = _parse_errors(_errors)

        type_: None | str = d.pop("type", None)

        attribute: None | str = d.pop("attribute", None)

        url: None | str = d.pop("url", None)

        # Built without __init__, whose defaults (fields_set from the fields that are not None, an
        # empty additional_properties) would only be replaced; the model has no validators.
        error = cls.__new__(cls)
        error.code = code
        error.message = message
        error.more_info = more_info
        error.status = status
        error.errors = errors
        error.type_ = type_
        error.attribute = attribute
        error.url = url
        error.fields_set = fields_set

        error.additional_properties = d
        return error

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
