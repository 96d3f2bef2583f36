"""What an answer means: the generated model for a 2xx, else the typed exception, whose class
the status decides and whose code, message, link and errors come from SignalWire's error body
(read by ``_error_body``)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import httpx

from ._body import TOO_DEEP, load_json
from ._error_body import read_error_body, too_deep
from ._errors import (
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerOutcomeUnknownError,
    ServiceUnavailableError,
    UnprocessableEntityError,
)
from ._generated import model, secret_names
from ._text import hide, redact

if TYPE_CHECKING:
    from ._operation import Operation
    from ._request import Answer

_SNIPPET = 200

_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _error_class(status: int) -> type[APIStatusError]:
    if status == 503:
        return ServiceUnavailableError
    if status >= 500:
        return ServerOutcomeUnknownError
    return _BY_STATUS.get(status, APIStatusError)


def _text_snippet(content: bytes, secrets: tuple[str, ...]) -> str:
    window = content[: _SNIPPET * 4]
    text = hide(window.decode("utf-8", "replace"), secrets)
    if len(content) > len(window):  # a secret cut at the window's end would show in part
        text = text[: len(text) + 1 - max(map(len, secrets), default=1)]
    text = " ".join(text.split())
    return text[:_SNIPPET] + ("…" if len(text) > _SNIPPET else "")


def status_error(
    response: httpx.Response,
    problem: str | None = None,
    secrets: tuple[str, ...] = (),
    secret_fields: frozenset[str] = frozenset(),
) -> APIStatusError:
    """Build the exception for a non-2xx ``response``; never raises while doing so.

    The status alone decides the class; ``problem`` says why the body could not be read.
    Every text taken from the response has ``secrets`` redacted and control characters escaped,
    and so the values the body holds under ``secret_fields`` (the secret fields of the
    operation's result).
    """
    body, unreadable = (None, problem) if problem else load_json(response.content)
    if unreadable is None and too_deep(response.content, body):
        body, unreadable = None, TOO_DEEP
    secrets = secrets + _secret_values(body, secret_fields)
    code, message, more_info, errors = read_error_body(body, secrets)
    if not message:
        reason = response.reason_phrase or "Error"
        if problem or unreadable == TOO_DEEP:
            message = f"{reason} (response body unreadable: {problem or unreadable})"
        else:
            snippet = _text_snippet(response.content, secrets)
            message = f"{reason}: {snippet}" if snippet else reason
        message = redact(message, secrets)
    return _error_class(response.status_code)(
        message, response=response, code=code, more_info=more_info, errors=errors, body=body
    )


def _secret_values(body: object, names: frozenset[str]) -> tuple[str, ...]:
    """The text of each value ``body`` holds under one of ``names`` (anywhere in it), as
    given and as JSON escapes it, longest first: what an error about the body must not show."""
    found: set[str] = set()
    todo = [body]
    while todo and names:
        node = todo.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                if key in names:
                    found.update(_texts(value))
                else:
                    todo.append(value)
        elif isinstance(node, list):
            todo.extend(node)
    return tuple(sorted(found, key=len, reverse=True))


def _texts(value: object) -> set[str]:
    """Every text a secret value holds, as given and as JSON writes it."""
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list):
        return {text for part in value for text in _texts(part)}
    if not isinstance(value, str) or not value:
        return set()
    return {value, json.dumps(value)[1:-1], json.dumps(value, ensure_ascii=False)[1:-1]}


def parse_result(operation: Operation, answer: Answer, secrets: tuple[str, ...] = ()) -> object:
    """The generated model for a 2xx answer (``None`` if the operation returns no body);
    a typed exception for anything else, with ``secrets`` (and the values of the result's
    secret fields the body holds) redacted from its texts."""
    status = answer.status_code
    if not 200 <= status < 300:
        names = secret_names(operation.result) if operation.result else frozenset()
        raise status_error(answer.response(), answer.problem, secrets, names)
    if operation.result is None:
        return None
    data, problem = (None, answer.problem) if answer.problem else load_json(answer.content)
    if problem is not None:
        raise APIResponseValidationError(
            f"{status} response body is unreadable: {problem}", response=answer.response()
        )
    if not isinstance(data, dict):
        raise APIResponseValidationError(
            f"{status} response body is not a JSON object", response=answer.response()
        )
    kind = model(operation.result)
    try:
        result = kind.from_dict(data)  # checks each value's type
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        what = kind.__name__.lower()
        raise APIResponseValidationError(
            f"{status} response body is not a {what}: {type(exc).__name__} {exc}",
            response=answer.response(),
        ) from None
    return result
