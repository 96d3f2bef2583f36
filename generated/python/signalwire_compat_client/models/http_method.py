from enum import StrEnum
from typing import Literal


class HttpMethod(StrEnum):
    GET = "GET"
    POST = "POST"

    def __str__(self) -> str:
        return str(self.value)


HttpMethodLiteral = Literal["GET", "POST"]
"""The values of ``HttpMethod``, as plain strings."""
