"""What an answer means: the generated model for a 2xx, else the typed exception, whose class
the status decides and whose code, message and link come from SignalWire's error body."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import httpx

from ._body import TOO_DEEP, load_json
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
    scrub,
)
from ._generated import check_types, model, secret_names
from ._text import REDACTED

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


def _text_snippet(content: bytes, secrets: tuple[str, ...] = ()) -> str:
    longest = max((len(secret.encode()) for secret in secrets), default=0)
    text = content[: _SNIPPET * 4 + longest].decode("utf-8", "replace")
    for secret in secrets:  # before it is cut: no part of a secret is left
        text = text.replace(secret, REDACTED)
    text = " ".join(text.split())
    return text[:_SNIPPET] + ("…" if len(text) > _SNIPPET else "")


def status_error(
    response: httpx.Response, problem: str | None = None, secret_names: frozenset[str] = frozenset()
) -> APIStatusError:
    """Build the exception for a non-2xx ``response``; never raises while doing so.

    The status alone decides the class; ``problem`` says why the body could not be read. The
    values the body holds under ``secret_names`` (the secret fields of the operation's result) are
    redacted from every text of the exception.
    """
    body, unreadable = (None, problem) if problem else load_json(response.content)
    secrets = _secret_values(body, secret_names)
    code: int | str | None = None
    more_info: str | None = None
    message: str | None = None
    if isinstance(body, dict):
        Error = model("error.Error")  # the spec's error body, shared by every operation
        try:
            error = Error.from_dict(body)
        except (TypeError, ValueError, KeyError, AttributeError):
            error = Error()
        code = error.code if isinstance(error.code, int | str) else None
        more_info = error.more_info if isinstance(error.more_info, str) else None
        message = error.message if isinstance(error.message, str) else None
    if not message:
        reason = response.reason_phrase or "Error"
        if problem or unreadable == TOO_DEEP:
            message = f"{reason} (response body unreadable: {problem or unreadable})"
        else:
            snippet = _text_snippet(response.content, secrets)
            message = f"{reason}: {snippet}" if snippet else reason
    found = _error_class(response.status_code)(
        message, response=response, code=code, more_info=more_info, body=body
    )
    if secrets:
        scrub(found, secrets)
    return found


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


def parse_result(operation: Operation, answer: Answer) -> object:
    """The generated model for a 2xx answer (``None`` if the operation returns no body);
    a typed exception for anything else."""
    status = answer.status_code
    if not 200 <= status < 300:
        names = secret_names(operation.result) if operation.result else frozenset()
        raise status_error(answer.response(), answer.problem, names)
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
        result = kind.from_dict(data)
        check_types(result)
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        what = kind.__name__.lower()
        raise APIResponseValidationError(
            f"{status} response body is not a {what}: {type(exc).__name__} {exc}",
            response=answer.response(),
        ) from None
    return result
