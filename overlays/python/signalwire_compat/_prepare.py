"""Building a request from what the caller gave: every argument and option checked, nothing
sent yet."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

import httpx

from ._defaults import overridden
from ._errors import InvalidParameterError
from ._extras import NO_EXTRAS, check_extras
from ._operation import OPTION_NAMES, Operation, RequestOptions, build
from ._retry import RetryPolicy
from ._settings import check_timeout, total_seconds


class Prepared(NamedTuple):
    """A checked request, ready to send (and resend) under its retry policy: what every
    transport sends, the seconds the whole attempt may take, and how logs name it
    (``update_a_call 'CA123'``)."""

    method: str
    url: str
    """Absolute, so that httpx parses it once rather than merging it with ``base_url``."""
    headers: dict[str, str]
    """This request's own (``Content-Type``, ``extra_headers``); the client adds its own."""
    content: bytes | None
    timeout: httpx.Timeout | None
    """This request's timeouts; ``None``: the client's."""
    deadline: float
    policy: RetryPolicy
    label: str
    operation: Operation
    credentials: bool = True
    """Whether the client's ``Authorization`` goes with it (not to another origin)."""

    def with_url(self, url: str) -> Prepared:
        """The same request to another URL (the next page)."""
        return self._replace(url=url)


def prepare(
    operation: Operation,
    path: Sequence[str | None],
    params: Mapping[str, Any],
    options: RequestOptions | None,
    base_url: str,
    account_sid: str,
    deadline: float,
    policy: RetryPolicy,
) -> Prepared:
    """Check everything the caller gave and build the request, under the client's
    ``base_url``, ``account_sid``, whole-attempt ``deadline`` and retry ``policy``."""
    given: dict[str, Any] = {}
    if options:
        given = dict(options)
        unknown = given.keys() - OPTION_NAMES
        if unknown:
            raise TypeError(f"unexpected option(s): {', '.join(sorted(unknown))}")
    fields = params
    if not OPTION_NAMES.isdisjoint(params):
        fields = dict(params)
        for name in OPTION_NAMES.intersection(params) - operation.field_names:
            if name in given:
                raise TypeError(f"{name} given both as an argument and in options")
            given[name] = fields.pop(name)
    extras = NO_EXTRAS
    if given:
        extras = check_extras(
            operation,
            given.get("extra_headers"),
            given.get("extra_query"),
            given.get("extra_body"),
        )
    built = build(operation, path, account_sid, fields, extras)
    headers = {"Content-Type": built.content_type} if built.content_type is not None else {}
    timeout = None
    if given:
        headers.update(extras.headers)
        if given.get("timeout") is not None:
            timeout = check_timeout(given["timeout"], "timeout", InvalidParameterError)
            deadline = total_seconds(timeout)
        policy = overridden(
            policy,
            given.get("max_retries"),
            given.get("retry_unknown_outcome"),
            InvalidParameterError,
        )
    label = f"{operation.name} {built.resource!r}"
    return Prepared(
        built.method,
        base_url + built.url,
        headers,
        built.content,
        timeout,
        deadline,
        policy,
        label,
        operation,
    )
