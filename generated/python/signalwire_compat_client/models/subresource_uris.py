from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubresourceUris")


@_attrs_define
class SubresourceUris:
    """A Map of available sub-resources."""

    notifications: None | str | Unset = UNSET
    """ The URI for notifications """
    recordings: None | str | Unset = UNSET
    """ The URI for recordings """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notifications: None | str | Unset
        if isinstance(self.notifications, Unset):
            notifications = UNSET
        else:
            notifications = self.notifications

        recordings: None | str | Unset
        if isinstance(self.recordings, Unset):
            recordings = UNSET
        else:
            recordings = self.recordings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notifications is not UNSET:
            field_dict["notifications"] = notifications
        if recordings is not UNSET:
            field_dict["recordings"] = recordings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        notifications = cast("None | str | Unset", d.pop("notifications", UNSET))

        recordings = cast("None | str | Unset", d.pop("recordings", UNSET))

        subresource_uris = cls(
            notifications=notifications,
            recordings=recordings,
        )

        subresource_uris.additional_properties = d
        return subresource_uris

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
