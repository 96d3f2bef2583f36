from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.fax_media import FaxMedia


T = TypeVar("T", bound="FaxMediaList")

_FIELDS: tuple[tuple[str, str], ...] = (
    ("media", "media"),
    ("fax_media", "fax_media"),
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
class FaxMediaList:
    """One page of a fax's media files."""

    media: list[FaxMedia]
    """ The media files on this page. """
    fax_media: list[FaxMedia] | None = None
    """ The same media files again, under the name the reference also gives them. """
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
    """ How many media files a page holds. """
    start: int | None = None
    """ The position of this page's first media file. """
    end: int | None = None
    """ The position of this page's last media file. """
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
        media = []
        for media_item_data in self.media:
            media_item = media_item_data.to_dict()
            media.append(media_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "media": media,
            }
        )
        if self.fax_media is not None:
            fax_media: list[dict[str, Any]] | None
            if isinstance(self.fax_media, list):
                fax_media = []
                for fax_media_type_0_item_data in self.fax_media:
                    fax_media_type_0_item = fax_media_type_0_item_data.to_dict()
                    fax_media.append(fax_media_type_0_item)

            else:
                fax_media = self.fax_media

            field_dict["fax_media"] = fax_media
        elif "fax_media" in self.fields_set:
            field_dict["fax_media"] = None
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
        from ..models.fax_media import FaxMedia

        d = dict(src_dict)
        fields_set = frozenset(map(_NAMES.__getitem__, _NAMES.keys() & d.keys()))
        media = []
        _media = d.pop("media")
        for media_item_data in _media:
            media_item = FaxMedia.from_dict(media_item_data)

            media.append(media_item)

        _fax_media = d.pop("fax_media", None)
        fax_media: list[FaxMedia] | None = None
        if _fax_media is not None:

            def _parse_fax_media(data: object) -> list[FaxMedia] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    fax_media_type_0 = []
                    _fax_media_type_0 = data
                    for fax_media_type_0_item_data in _fax_media_type_0:
                        fax_media_type_0_item = FaxMedia.from_dict(
                            fax_media_type_0_item_data
                        )

                        fax_media_type_0.append(fax_media_type_0_item)

                    return fax_media_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[FaxMedia] | None, data)

            fax_media = _parse_fax_media(_fax_media)

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
        fax_media_list = cls.__new__(cls)
        fax_media_list.media = media
        fax_media_list.fax_media = fax_media
        fax_media_list.uri = uri
        fax_media_list.first_page_uri = first_page_uri
        fax_media_list.next_page_uri = next_page_uri
        fax_media_list.previous_page_uri = previous_page_uri
        fax_media_list.page = page
        fax_media_list.page_size = page_size
        fax_media_list.start = start
        fax_media_list.end = end
        fax_media_list.fields_set = fields_set

        fax_media_list.additional_properties = d
        return fax_media_list

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
