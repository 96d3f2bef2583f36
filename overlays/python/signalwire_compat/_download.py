"""Downloading what a record's ``uri`` points at (a recording's audio, a message's media file):
into memory or streamed to a file, under the same limits, retries and errors as every call.

Nothing here knows a resource. A uri is a path (``/api/laml/...``) or a full URL of the
client's own origin; one whose path ends in ``.json`` (the record itself) is downloaded without
that suffix, which is where the service serves the content the record describes. Redirects are
followed (at most ``MAX_REDIRECTS``); the credentials go only to the client's own origin, never
to another one, nor back to it once a redirect has left it. The rules are the TypeScript
client's, step for step.
"""

from __future__ import annotations

import contextlib
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

import httpx

from ._config import is_loopback
from ._errors import (
    APIResponseValidationError,
    APIStatusError,
    FileWriteError,
    InvalidParameterError,
    RequestTimeoutError,
)
from ._operation import Operation
from ._paging import NOT_PLAIN, origin_of, without_dots
from ._prepare import Prepared
from ._settings import check_count, check_timeout, total_seconds
from ._status import status_error

if TYPE_CHECKING:
    from ._request import Answer
    from ._retry import RetryPolicy

MAX_URI_LENGTH = 8192
"""The longest uri taken (a service's is about 150 characters)."""
MAX_REDIRECTS = 5
REDIRECTS = frozenset({301, 302, 303, 307, 308})
DEFAULT_CONTENT_TYPE = "application/octet-stream"
"""The content type of a body the service sent without one (as RFC 9110 lets one assume)."""
DOWNLOAD = Operation(name="download", method="GET", path="")
"""Downloads are GETs: retried as ``fetch`` is, including when the outcome is unknown."""

PathArgument = str | os.PathLike[str]


@dataclass(frozen=True, slots=True, repr=False)
class Content:
    """What a download gave: the bytes (empty when written to a file), the content type the
    service reported, the size in bytes (decoded), and the file written, if any."""

    data: bytes
    content_type: str
    size: int
    path: str | None = None

    def __repr__(self) -> str:
        where = f", path={self.path!r}" if self.path is not None else ""
        return f"Content(content_type={self.content_type!r}, size={self.size}{where})"


def _refuse(problem: str) -> InvalidParameterError:
    return InvalidParameterError("uri", problem)


def download_url(uri: object, base_url: str) -> str:
    """The URL ``uri`` names, resolved against ``base_url``; ``InvalidParameterError`` if it is
    not a path or a full URL of the client's own origin (nothing is sent then)."""
    if uri is None:
        raise _refuse("is None: the record has no uri")
    if not isinstance(uri, str):
        raise _refuse(f"must be a string, not {type(uri).__name__}")
    if not uri:
        raise _refuse("must not be empty")
    if len(uri) > MAX_URI_LENGTH:
        raise _refuse(f"must be at most {MAX_URI_LENGTH} characters")
    if NOT_PLAIN.search(uri):
        raise _refuse(
            "is not a URL: it holds control characters, spaces, backslashes or lone surrogates"
        )
    scheme, authority = origin_of(uri)
    base_scheme, base_authority = origin_of(base_url)
    own = f"{base_scheme}://{base_authority}"
    if authority is not None and "@" in authority:
        raise _refuse("holds user info (a name or password before '@'); not sent")
    if scheme is None and authority is None:
        if not uri.startswith("/"):
            raise _refuse(f"must be a path starting with '/' or a full URL of {own}")
    elif (scheme, authority) != (base_scheme, base_authority):
        raise _refuse(
            f"is not on {own}: the client sends its credentials to its own origin only, so it "
            "does not download from another; download that URL without them"
        )
    try:
        resolved = urlsplit(urljoin(base_url, uri))
        path = without_dots(resolved.path).removesuffix(".json")
        url = httpx.URL(resolved._replace(path=path, fragment="").geturl())
    except (ValueError, httpx.InvalidURL):
        raise _refuse("is not a URL") from None
    if (url.scheme, _authority(url)) != (base_scheme, base_authority):  # never, once checked
        raise _refuse(f"is not on {own}")
    return str(url)


def _authority(url: httpx.URL) -> str:
    return url.netloc.decode("ascii").lower()


def redirect_url(answer: Answer, current: str) -> str | None:
    """Where a redirect answer sends the download (resolved against ``current``), or ``None``
    if ``answer`` is not a redirect; ``APIStatusError`` if the target is refused."""
    if answer.status_code not in REDIRECTS:
        return None
    response = answer.response()
    location = response.headers.get("location")
    if location is None:
        return None  # a redirect with nowhere to go: the status error, as for any non-2xx

    def refused(why: str) -> APIStatusError:
        message = f"redirected to a URL that is not followed: {why}"
        return APIStatusError(message, response=response, code=None, more_info=None, body=None)

    if len(location) > MAX_URI_LENGTH or NOT_PLAIN.search(location):
        raise refused("it is not a URL")
    try:
        target = httpx.URL(urljoin(current, location))
    except (ValueError, httpx.InvalidURL):
        raise refused("it is not a URL") from None
    if target.userinfo:
        raise refused("it holds user info (a name or password before '@')")
    if target.scheme not in ("http", "https") or not target.host:
        raise refused("it is not an http(s) URL")
    if target.scheme == "http" and not is_loopback(target.host):
        raise refused("plain http:// only to a loopback host")
    if target.scheme == "http" and httpx.URL(current).scheme == "https":
        raise refused("it goes from https:// to http://")
    return str(target.copy_with(fragment=None))


class FileSink:
    """A download's bytes, written to a temporary file beside the target and renamed onto it
    only once complete; removed on any failure, so no partial file is ever left."""

    def __init__(self, target: PathArgument) -> None:
        import tempfile

        path = _target_path(target)
        try:
            fd, temporary = tempfile.mkstemp(
                prefix=f".{path.name}.", suffix=".part", dir=path.parent
            )
        except (OSError, ValueError) as exc:
            raise InvalidParameterError("to", f"cannot be written: {_reason(exc)}") from None
        self.target = str(path)
        self._temporary = temporary
        self._file: IO[bytes] | None = os.fdopen(fd, "wb")
        self.size = 0

    def __call__(self, data: bytes) -> None:
        if self._file is None:
            raise FileWriteError("the download was abandoned; nothing more is written")
        try:
            self._file.write(data)
        except (OSError, ValueError) as exc:
            raise FileWriteError(f"{self.target}: cannot be written: {_reason(exc)}") from None
        self.size += len(data)

    def restart(self) -> None:
        """Empty the file, for another attempt."""
        if self._file is None:
            raise FileWriteError("the download was abandoned")
        try:
            self._file.seek(0)
            self._file.truncate()
        except OSError as exc:
            raise FileWriteError(f"{self.target}: cannot be written: {_reason(exc)}") from None
        self.size = 0

    def commit(self) -> None:
        """Put the complete file in place of the target (atomically, on one file system)."""
        file, self._file = self._file, None
        if file is None:
            raise FileWriteError("the download was abandoned")
        try:
            with file:
                file.flush()
                os.fsync(file.fileno())
            os.replace(self._temporary, self.target)
            self._temporary = ""  # in place: nothing to remove
        except OSError as exc:
            self._remove()
            raise FileWriteError(f"{self.target}: cannot be written: {_reason(exc)}") from None

    def discard(self) -> None:
        """Remove the temporary file; the target is left as it was."""
        file, self._file = self._file, None
        if file is not None:
            with contextlib.suppress(OSError):
                file.close()
        self._remove()

    def _remove(self) -> None:
        if self._temporary:
            with contextlib.suppress(OSError):  # gone already, or its directory made read-only
                os.unlink(self._temporary)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


def _target_path(target: object) -> Path:
    if isinstance(target, bytes) or not isinstance(target, str | os.PathLike):
        raise InvalidParameterError(
            "to", f"must be a path (str or os.PathLike), not {type(target).__name__}"
        )
    text = os.fspath(target)
    if not isinstance(text, str):
        raise InvalidParameterError("to", "must be a path (str or os.PathLike)")
    if not text or "\x00" in text:
        raise InvalidParameterError("to", "must be a file's path" if not text else "holds NUL")
    path = Path(text)
    if path.is_dir():
        raise InvalidParameterError("to", f"{text!r} is a directory; give the file's path")
    if not path.parent.is_dir():
        raise InvalidParameterError("to", f"the directory {str(path.parent)!r} does not exist")
    return path


class Download:
    """One download: checked before anything is sent, then each attempt's chain of redirects,
    and the ``Content`` of the answer."""

    def __init__(
        self,
        uri: object,
        *,
        to: PathArgument | None,
        timeout: object,
        max_bytes: object,
        max_retries: object,
        base_url: str,
        deadline: float,
        policy: RetryPolicy,
        limit: int,
    ) -> None:
        from ._defaults import overridden

        url = download_url(uri, base_url)
        http_timeout: httpx.Timeout | None = None
        if timeout is not None:
            http_timeout = check_timeout(timeout, "timeout", InvalidParameterError)
            deadline = total_seconds(http_timeout)
        if max_bytes is not None:
            fail = InvalidParameterError
            limit = check_count(max_bytes, "max_bytes", fail, low=1024, high=2**40)
        policy = overridden(policy, max_retries, None, InvalidParameterError)
        self.limit = limit
        self.base_url = base_url
        self.first = Prepared(
            "GET", url, {}, None, http_timeout, deadline, policy, f"download {url!r}", DOWNLOAD
        )
        self.sink = FileSink(to) if to is not None else None  # last: nothing to undo before
        self._started = 0.0
        self._hops = 0

    def restart(self) -> Prepared:
        """The first request of a new attempt (the file emptied)."""
        if self.sink is not None:
            self.sink.restart()
        self._started = time.monotonic()
        self._hops = 0
        return self.first

    def follow(self, prepared: Prepared, answer: Answer) -> Prepared | None:
        """The next request of this attempt's chain, or ``None`` if ``answer`` is the last."""
        target = redirect_url(answer, prepared.url)
        if target is None:
            return None
        self._hops += 1
        if self._hops > MAX_REDIRECTS:
            response = answer.response()
            message = f"more than {MAX_REDIRECTS} redirects; not followed"
            raise APIStatusError(message, response=response, code=None, more_info=None, body=None)
        left = self.first.deadline - (time.monotonic() - self._started)
        if left <= 0:
            raise RequestTimeoutError("request timed out (the attempt's deadline passed)")
        own = origin_of(self.base_url)
        credentials = prepared.credentials and origin_of(target) == own
        label = f"{self.first.label} (redirect {self._hops})"
        return prepared._replace(url=target, deadline=left, credentials=credentials, label=label)

    def content(self, answer: Answer, secrets: tuple[str, ...] = ()) -> Content:
        """The answer's ``Content``; the typed error of a failure, with ``secrets`` redacted
        from its texts."""
        if not 200 <= answer.status_code < 300:
            raise status_error(answer.response(), answer.problem, secrets)
        if answer.problem is not None:
            raise APIResponseValidationError(
                f"{answer.status_code} response body is unreadable: {answer.problem}",
                response=answer.response(),
            )
        content_type = answer.response().headers.get("content-type") or DEFAULT_CONTENT_TYPE
        if self.sink is not None:
            return Content(b"", content_type, self.sink.size, self.sink.target)
        return Content(answer.content, content_type, len(answer.content))

    def finish(self, content: Content) -> Content:
        """Put the file in place, if there is one."""
        if self.sink is not None:
            self.sink.commit()
        return content

    def discard(self) -> None:
        if self.sink is not None:
            self.sink.discard()
