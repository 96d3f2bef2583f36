"""A parsed result together with the HTTP response it came from."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

import httpx

T = TypeVar("T")


@dataclass(frozen=True)
class APIResponse(Generic[T]):
    """``parsed`` is the typed result; ``http_response`` the raw ``httpx.Response``."""

    parsed: T
    http_response: httpx.Response

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
