from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.fax import Fax


T = TypeVar("T", bound="FaxList")

_FIELDS: tuple[tuple[str, str], ...] = (
    ("faxes", "faxes"),
    ("uri", "uri"),
    ("first_page_uri", "first_page_uri"),
    ("next_page_uri", "next_page_uri"),
    ("previous_page_uri", "previous_page_uri"),
    ("page", "page"),
    ("page_size", "page_size"),
    ("start", "start"),
    ("end", "end"),
)
"""The fields of the model: (name in the body, Python name)."""
_NAMES: dict[str, str] = dict(_FIELDS)


@_attrs_define
class FaxList:
    """One page of faxes."""

    faxes: list[Fax]
    """ The faxes on this page. """
    uri: None | str = None
    """ The URI of this page. """
    first_page_uri: None | str = None
    """ The URI of the first page. """
    next_page_uri: None | str = None
    """ The URI of the next page; null on the last page. """
    previous_page_uri: None | str = None
    """ The URI of the previous page; null on the first page. """
    page: int | None = None
    """ The number of this page, from 0. """
    page_size: int | None = None
    """ How many faxes a page holds. """
    start: int | None = None
    """ The position of this page's first fax. """
    end: int | None = None
    """ The position of this page's last fax. """
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
        faxes = []
        for faxes_item_data in self.faxes:
            faxes_item = faxes_item_data.to_dict()
            faxes.append(faxes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "faxes": faxes,
            }
        )
        if self.uri is not None:
            field_dict["uri"] = self.uri
        elif "uri" in self.fields_set:
            field_dict["uri"] = None
        if self.first_page_uri is not None:
            field_dict["first_page_uri"] = self.first_page_uri
        elif "first_page_uri" in self.fields_set:
            field_dict["first_page_uri"] = None
        if self.next_page_uri is not None:
            field_dict["next_page_uri"] = self.next_page_uri
        elif "next_page_uri" in self.fields_set:
            field_dict["next_page_uri"] = None
        if self.previous_page_uri is not None:
            field_dict["previous_page_uri"] = self.previous_page_uri
        elif "previous_page_uri" in self.fields_set:
            field_dict["previous_page_uri"] = None
        if self.page is not None:
            field_dict["page"] = self.page
        elif "page" in self.fields_set:
            field_dict["page"] = None
        if self.page_size is not None:
            field_dict["page_size"] = self.page_size
        elif "page_size" in self.fields_set:
            field_dict["page_size"] = None
        if self.start is not None:
            field_dict["start"] = self.start
        elif "start" in self.fields_set:
            field_dict["start"] = None
        if self.end is not None:
            field_dict["end"] = self.end
        elif "end" in self.fields_set:
            field_dict["end"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a body; a field left out or null reads None, and `fields_set` tells them apart."""
        from ..models.fax import Fax

        d = dict(src_dict)
        fields_set = frozenset(map(_NAMES.__getitem__, _NAMES.keys() & d.keys()))
        faxes = []
        _faxes = d.pop("faxes")
        for faxes_item_data in _faxes:
            faxes_item = Fax.from_dict(faxes_item_data)

            faxes.append(faxes_item)

        uri: None | str = d.pop("uri", None)

        first_page_uri: None | str = d.pop("first_page_uri", None)

        next_page_uri: None | str = d.pop("next_page_uri", None)

        previous_page_uri: None | str = d.pop("previous_page_uri", None)

        page: int | None = d.pop("page", None)

        page_size: int | None = d.pop("page_size", None)

        start: int | None = d.pop("start", None)

        end: int | None = d.pop("end", None)

        # Built without __init__, whose defaults (fields_set from the fields that are not None, an
        # empty additional_properties) would only be replaced; the model has no validators.
        fax_list = cls.__new__(cls)
        fax_list.faxes = faxes
        fax_list.uri = uri
        fax_list.first_page_uri = first_page_uri
        fax_list.next_page_uri = next_page_uri
        fax_list.previous_page_uri = previous_page_uri
        fax_list.page = page
        fax_list.page_size = page_size
        fax_list.start = start
        fax_list.end = end
        fax_list.fields_set = fields_set

        fax_list.additional_properties = d
        return fax_list

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
