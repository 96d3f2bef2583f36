"""Following ``next_page_uri``: only to a page of this API, and never to a page already read.

The rules are the TypeScript client's, step for step: refuse what is not plainly a URL, refuse
credentials and another scheme or authority as written, resolve (dot segments, ``%2e`` too), then
check the path that would be sent.
"""

from __future__ import annotations

import hashlib
import re
from collections import deque
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

import httpx

from ._errors import APIResponseValidationError

if TYPE_CHECKING:
    from ._prepare import Prepared
    from ._response import APIResponse

MAX_REMEMBERED = 10_000
"""Pages a listing remembers (as 16-byte digests), the latest ones: a server that sends a page
again within that many is refused, and a listing of any length stays in bounded memory."""

# Control characters, spaces, backslashes (read as "/" by browsers' URL parsers, as text by
# others) and lone surrogates: a service's next_page_uri holds none of them.
NOT_PLAIN = re.compile("[\x00-\x20\x7f\\\\\ud800-\udfff]")
# The scheme and authority of a URL or a scheme-relative reference, as written.
_ORIGIN = re.compile(r"^(?:([A-Za-z][A-Za-z0-9+.-]*):)?(?://([^/?#]*))?")
# Path segments that mean "." or ".." once percent-decoded.
_DOTS = {"%2e": ".", ".%2e": "..", "%2e.": "..", "%2e%2e": ".."}


class PageRefused(Exception):
    """Why a next page is not followed (the client turns it into the package's error);
    ``quotable`` is False where the URI holds what may be a password."""

    def __init__(self, why: str, *, quotable: bool = True) -> None:
        super().__init__(why)
        self.quotable = quotable


def origin_of(url: str) -> tuple[str | None, str | None]:
    """The scheme and authority of ``url``, lowercased, as written (``None`` where absent)."""
    match = _ORIGIN.match(url)
    assert match is not None  # every group is optional
    scheme, authority = match.group(1), match.group(2)
    return (scheme and scheme.lower()), (None if authority is None else authority.lower())


def next_page_url(uri: str, base_url: str) -> str:
    """The absolute URL of the page ``uri`` names, relative to ``base_url``; ``PageRefused``
    if it is not a page of that API."""
    elsewhere = f"is not a page of {base_url}"
    if NOT_PLAIN.search(uri):
        raise PageRefused("is not a URL")
    scheme, authority = origin_of(uri)
    base_scheme, base_authority = origin_of(base_url)
    if authority is not None and "@" in authority:
        raise PageRefused("holds credentials (user info before '@')", quotable=False)
    if scheme not in (None, base_scheme) or authority not in (None, base_authority):
        raise PageRefused(elsewhere)
    try:
        resolved = urlsplit(urljoin(base_url, uri))
    except ValueError:
        raise PageRefused("is not a URL") from None
    path = without_dots(resolved.path)
    base_path = urlsplit(base_url).path
    if origin_of(resolved.geturl()) != (base_scheme, base_authority):
        raise PageRefused(elsewhere)
    if not path.startswith(base_path + "/"):
        raise PageRefused(elsewhere)
    query = f"?{resolved.query}" if resolved.query else ""
    try:  # escaped as httpx escapes, so that every backend sends the same bytes
        return str(httpx.URL(base_url + path[len(base_path) :] + query))
    except httpx.InvalidURL:
        raise PageRefused("is not a URL") from None


def without_dots(path: str) -> str:
    """``path`` with its ``.`` and ``..`` segments (``%2e`` among them) applied, as RFC 3986
    and the WHATWG URL parser do; ``urljoin`` leaves those of an absolute URL in place."""
    segments = path.split("/")
    kept: list[str] = []
    for index, segment in enumerate(segments):
        dots = _DOTS.get(segment.lower(), segment)
        last = index == len(segments) - 1
        if dots == "..":
            if len(kept) > 1:
                kept.pop()
        elif dots != ".":
            kept.append(segment)
            continue
        if last:
            kept.append("")  # "a/.." and "a/." end with a slash
    return "/".join(kept)


class PageTrail:
    """The pages one listing has read, to refuse one read before (in any order of its query)."""

    __slots__ = ("_order", "_seen")

    def __init__(self) -> None:
        self._seen: set[bytes] = set()
        self._order: deque[bytes] = deque()

    @staticmethod
    def _digest(url: str) -> bytes:
        parts = urlsplit(url)
        query = "&".join(sorted(parts.query.split("&"))) if parts.query else ""
        key = f"{parts.path}?{query}".encode("utf-8", "surrogatepass")
        return hashlib.sha256(key).digest()[:16]

    def add(self, url: str) -> bool:
        """Remember ``url``; False if it was read before."""
        digest = self._digest(url)
        if digest in self._seen:
            return False
        if len(self._order) == MAX_REMEMBERED:
            self._seen.discard(self._order.popleft())
        self._seen.add(digest)
        self._order.append(digest)
        return True


def next_page(
    prepared: Prepared, response: APIResponse[Any], trail: PageTrail, base_url: str
) -> Prepared | None:
    """The request for the page after ``response``'s, or ``None`` on the last page.

    Only a page of ``base_url`` is followed, and only once (else
    ``APIResponseValidationError``): a ``next_page_uri`` elsewhere would carry the credentials
    there, and one already read would never end.
    """
    uri = getattr(response.parsed, "next_page_uri", None)
    if not isinstance(uri, str) or not uri:
        return None
    try:
        url = next_page_url(uri, base_url)
        if not trail.add(url):
            raise PageRefused("is a page already read")
    except PageRefused as refused:
        shown = f" {uri[:200]!r}" if refused.quotable else ""  # user info stays out
        raise APIResponseValidationError(
            f"next_page_uri{shown} {refused}; not followed", response=response.http_response
        ) from None
    return prepared.with_url(url)
