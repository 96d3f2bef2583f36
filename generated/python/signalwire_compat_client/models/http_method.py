from enum import StrEnum
from typing import Literal


class HttpMethod(StrEnum):
    GET = "GET"
    POST = "POST"


HttpMethodLiteral = Literal["GET", "POST"]
"""The values of ``HttpMethod``, as plain strings."""
