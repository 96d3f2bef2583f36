"""A parsed result together with the HTTP response it came from."""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    import httpx

    from ._request import Answer

T = TypeVar("T")


class APIResponse(Generic[T]):
    """``parsed`` is the typed result; ``http_response`` the raw ``httpx.Response``."""

    __slots__ = ("_answer", "parsed")

    def __init__(self, parsed: T, answer: Answer) -> None:
        self.parsed = parsed
        self._answer = answer

    @property
    def http_response(self) -> httpx.Response:
        """The ``httpx.Response`` (headers as received, body decoded); built on first use."""
        return self._answer.response()

    @property
    def status_code(self) -> int:
        """The HTTP status code."""
        return self._answer.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers."""
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        """The response body, decoded."""
        return self._answer.content

    def __repr__(self) -> str:
        return f"APIResponse(status_code={self.status_code}, parsed={self.parsed!r})"
