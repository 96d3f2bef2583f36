"""Reading a response body: decoded as the service encoded it, never past a size limit, and
read as JSON.

Both transports hand over the raw bytes; decoding them here gives every backend the same
result for identity, gzip and deflate bodies, and bounds memory against compression bombs and
endless bodies.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable

ACCEPT_ENCODING = "gzip, deflate"
"""What every backend advertises, and all that ``BodyReader`` decodes."""

DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024
"""10 MiB: a call is about 2 KB; a larger body is not read."""


class UnreadableBody(Exception):
    """Reading stopped: the body is too large or its encoding cannot be decoded."""


def _decompressor(encoding: str) -> zlib._Decompress | None:
    if encoding in ("gzip", "x-gzip"):
        return zlib.decompressobj(16 + zlib.MAX_WBITS)
    if encoding == "deflate":
        return zlib.decompressobj(zlib.MAX_WBITS)
    return None


Sink = Callable[[bytes], None]
"""Where a streamed body's decoded bytes go, instead of memory (a file being written)."""


class BodyReader:
    """Feed it raw chunks; it keeps at most ``limit`` decoded bytes and raises past that.
    With a ``sink``, the decoded bytes go to it as they come, under the same limit."""

    def __init__(self, content_encoding: str | None, limit: int, sink: Sink | None = None) -> None:
        codings: list[str] = []
        if content_encoding:  # most answers have none
            codings = [c.strip().lower() for c in content_encoding.split(",")]
            codings = [c for c in codings if c and c != "identity"]
        self._limit = limit
        self._raw = 0
        self._parts: list[bytes] = []
        self._size = 0
        self._encoding = codings[0] if codings else "identity"
        self._decompress = _decompressor(self._encoding) if len(codings) == 1 else None
        self._raw_deflate_tried = False
        self._sink = sink
        if codings and self._decompress is None:
            raise UnreadableBody(f"unsupported Content-Encoding {', '.join(codings)!r:.60}")

    def feed(self, chunk: bytes) -> None:
        """Take the next raw chunk."""
        self._raw += len(chunk)
        if self._raw > self._limit:
            raise UnreadableBody(f"larger than {self._limit} bytes; not read")
        if self._decompress is None:
            self._keep(chunk)
            return
        try:
            out = self._decompress.decompress(chunk, self._limit - self._size + 1)
        except zlib.error:
            out = self._retry_as_raw_deflate(chunk)
        self._keep(out)

    def _retry_as_raw_deflate(self, chunk: bytes) -> bytes:
        # Some servers send raw deflate without the zlib header, as httpx also tolerates.
        if self._encoding != "deflate" or self._raw_deflate_tried or self._size:
            raise UnreadableBody(f"invalid {self._encoding} data") from None
        self._raw_deflate_tried = True
        self._decompress = zlib.decompressobj(-zlib.MAX_WBITS)
        try:
            return self._decompress.decompress(chunk, self._limit - self._size + 1)
        except zlib.error:
            raise UnreadableBody(f"invalid {self._encoding} data") from None

    def _keep(self, data: bytes) -> None:
        self._size += len(data)
        if self._size > self._limit:
            raise UnreadableBody(f"larger than {self._limit} bytes once decoded; not read")
        if data:
            if self._sink is not None:
                self._sink(data)
            else:
                self._parts.append(data)

    @property
    def size(self) -> int:
        """The decoded bytes read so far."""
        return self._size

    def finish(self) -> bytes:
        """The whole decoded body (empty with a sink: it has had every byte)."""
        if self._decompress is not None:
            try:
                self._keep(self._decompress.flush())
            except zlib.error:
                raise UnreadableBody(f"invalid {self._encoding} data") from None
            if not self._decompress.eof:
                raise UnreadableBody(f"{self._encoding} data ends early")
        return b"".join(self._parts)


TOO_DEEP = "JSON nested too deeply"


def _not_json(constant: str) -> object:
    raise ValueError(f"{constant} is not JSON")


_DECODER = json.JSONDecoder(parse_constant=_not_json)
"""One decoder for every body: ``json.loads`` with a keyword argument would make one per call."""


def load_json(content: bytes) -> tuple[object, str | None]:
    """The decoded JSON, or ``None`` and why it is unreadable (not JSON, as ``NaN`` and
    ``Infinity`` are not, nested too deeply)."""
    try:
        # An object that starts with an ASCII "{" is UTF-8 (json.detect_encoding says so too).
        plain = content[:1] == b"{" and content[1:2] != b"\x00"
        encoding = "utf-8" if plain else json.detect_encoding(content)
        text = content.decode(encoding, "surrogatepass")  # as json.loads
        return _DECODER.decode(text), None
    except RecursionError:
        return None, TOO_DEEP
    except ValueError:
        return None, f"not JSON ({len(content)} bytes)"
