"""What the sandbox serves that is not JSON, as the service does: a recording's audio and a
message media's file, at the URLs their records' ``uri`` give without ``.json``.

A recording (a record of any ``.../Recordings`` collection) is WAV at its suffix-less and
``.wav`` URLs and MP3 at ``.mp3``, served without authentication, as the service's audio URLs
are. A media file (of any ``.../Media`` collection) is served in its record's content type, with
the API's authentication. These answers are outside the spec's JSON operations: the responses
are not checked against it, as no operation describes them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Literal
from urllib.parse import unquote

from ._files import media_file, mp3, wav
from ._resources import Resource, Resources
from ._spec import API_PREFIX
from ._store import Record, RecordStore

Kind = Literal["audio", "media"]
_PARAM = re.compile(r"\\\{(\w+)\\\}")
_KINDS: Mapping[str, Kind] = {"Recordings": "audio", "Media": "media"}
"""A collection's last segment, and what its records' content URLs serve."""
_AUDIO: Mapping[str, tuple[str, Callable[[], bytes]]] = {
    "": ("audio/x-wav", wav),
    ".wav": ("audio/x-wav", wav),
    ".mp3": ("audio/mpeg", mp3),
}


@dataclass(frozen=True)
class ContentRoute:
    """The content URLs of one resource's records."""

    kind: Kind
    resource: Resource
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class Found:
    """A content URL matched: its route, the ids in it, and the audio suffix (or ``""``)."""

    route: ContentRoute
    ids: dict[str, str]
    suffix: str


def content_routes(resources: Resources) -> list[ContentRoute]:
    """The content URLs of the recordings and media collections of the document."""
    routes = []
    for resource in resources.by_path.values():
        last = resource.path.rsplit("/", 1)[-1]
        kind = _KINDS.get(last)
        if kind is None or not resource.instance:
            continue
        template = _PARAM.sub(r"(?P<\1>[^/]+?)", re.escape(API_PREFIX + resource.instance))
        suffix = r"(?P<suffix>\.wav|\.mp3)?" if kind == "audio" else r"(?P<suffix>)"
        routes.append(ContentRoute(kind, resource, re.compile(f"{template}{suffix}$")))
    return routes


def find(routes: list[ContentRoute], method: str, raw_path: str) -> Found | None:
    """The content URL a GET is for, if it is one (a ``.json`` URL is the record's)."""
    path = raw_path.split("?", 1)[0]
    if method != "GET" or path.endswith(".json"):
        return None
    for route in routes:
        matched = route.pattern.match(path)
        if matched is not None:
            groups = matched.groupdict()
            suffix = groups.pop("suffix") or ""
            return Found(route, {k: unquote(v) for k, v in groups.items()}, suffix)
    return None


def content_of(store: RecordStore, found: Found) -> tuple[str, bytes]:
    """The content type and bytes at ``found``; ``ServiceError`` 404 if there is no record."""
    record: Record = store.fetch(found.route.resource, found.ids)
    if found.route.kind == "audio":
        content_type, make = _AUDIO[found.suffix]
        return content_type, make()
    declared = record.get("content_type")
    media_type = declared if isinstance(declared, str) and declared else "application/octet-stream"
    return media_type, media_file(media_type)
