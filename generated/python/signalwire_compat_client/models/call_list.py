from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call import Call


T = TypeVar("T", bound="CallList")


@_attrs_define
class CallList:
    """One page of calls."""

    calls: list[Call]
    """ The calls on this page. """
    uri: None | str | Unset = UNSET
    """ The URI of this page. """
    first_page_uri: None | str | Unset = UNSET
    """ The URI of the first page. """
    next_page_uri: None | str | Unset = UNSET
    """ The URI of the next page; null on the last page. """
    previous_page_uri: None | str | Unset = UNSET
    """ The URI of the previous page; null on the first page. """
    page: int | None | Unset = UNSET
    """ The number of this page, from 0. """
    page_size: int | None | Unset = UNSET
    """ How many calls a page holds. """
    start: int | None | Unset = UNSET
    """ The position of this page's first call. """
    end: int | None | Unset = UNSET
    """ The position of this page's last call. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        calls = []
        for calls_item_data in self.calls:
            calls_item = calls_item_data.to_dict()
            calls.append(calls_item)

        uri: None | str | Unset
        if isinstance(self.uri, Unset):
            uri = UNSET
        else:
            uri = self.uri

        first_page_uri: None | str | Unset
        if isinstance(self.first_page_uri, Unset):
            first_page_uri = UNSET
        else:
            first_page_uri = self.first_page_uri

        next_page_uri: None | str | Unset
        if isinstance(self.next_page_uri, Unset):
            next_page_uri = UNSET
        else:
            next_page_uri = self.next_page_uri

        previous_page_uri: None | str | Unset
        if isinstance(self.previous_page_uri, Unset):
            previous_page_uri = UNSET
        else:
            previous_page_uri = self.previous_page_uri

        page: int | None | Unset
        if isinstance(self.page, Unset):
            page = UNSET
        else:
            page = self.page

        page_size: int | None | Unset
        if isinstance(self.page_size, Unset):
            page_size = UNSET
        else:
            page_size = self.page_size

        start: int | None | Unset
        if isinstance(self.start, Unset):
            start = UNSET
        else:
            start = self.start

        end: int | None | Unset
        if isinstance(self.end, Unset):
            end = UNSET
        else:
            end = self.end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "calls": calls,
            }
        )
        if uri is not UNSET:
            field_dict["uri"] = uri
        if first_page_uri is not UNSET:
            field_dict["first_page_uri"] = first_page_uri
        if next_page_uri is not UNSET:
            field_dict["next_page_uri"] = next_page_uri
        if previous_page_uri is not UNSET:
            field_dict["previous_page_uri"] = previous_page_uri
        if page is not UNSET:
            field_dict["page"] = page
        if page_size is not UNSET:
            field_dict["page_size"] = page_size
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.call import Call

        d = dict(src_dict)
        calls = []
        _calls = d.pop("calls")
        for calls_item_data in _calls:
            calls_item = Call.from_dict(calls_item_data)

            calls.append(calls_item)

        uri = cast("None | str | Unset", d.pop("uri", UNSET))

        first_page_uri = cast("None | str | Unset", d.pop("first_page_uri", UNSET))

        next_page_uri = cast("None | str | Unset", d.pop("next_page_uri", UNSET))

        previous_page_uri = cast(
            "None | str | Unset", d.pop("previous_page_uri", UNSET)
        )

        page = cast("int | None | Unset", d.pop("page", UNSET))

        page_size = cast("int | None | Unset", d.pop("page_size", UNSET))

        start = cast("int | None | Unset", d.pop("start", UNSET))

        end = cast("int | None | Unset", d.pop("end", UNSET))

        call_list = cls(
            calls=calls,
            uri=uri,
            first_page_uri=first_page_uri,
            next_page_uri=next_page_uri,
            previous_page_uri=previous_page_uri,
            page=page,
            page_size=page_size,
            start=start,
            end=end,
        )

        call_list.additional_properties = d
        return call_list

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
