"""A parsed result together with the HTTP response it came from."""

from __future__ import annotations

from typing import Generic, TypeVar

import httpx

T = TypeVar("T")


class APIResponse(Generic[T]):
    """``parsed`` is the typed result; ``http_response`` the raw ``httpx.Response``."""

    __slots__ = ("http_response", "parsed")

    def __init__(self, parsed: T, http_response: httpx.Response) -> None:
        self.parsed = parsed
        self.http_response = http_response

    @property
    def status_code(self) -> int:
        """The HTTP status code."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers."""
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        """The raw response body."""
        return self.http_response.content

    def __repr__(self) -> str:
        return f"APIResponse(status_code={self.status_code}, parsed={self.parsed!r})"
