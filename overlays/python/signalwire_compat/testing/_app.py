"""The sandbox's HTTP application (aiohttp): auth, validation, faults, then the record store."""

from __future__ import annotations

import asyncio
import base64
import binascii
import hmac
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode

from aiohttp import web

from ._content import ContentRoute, content_of, find
from ._faults import Fault, FaultQueue, error_body
from ._limit import RateLimit
from ._resources import PAGING, Kind, Resource
from ._store import Form, RecordStore, ServiceError
from ._validator import Checked, SpecValidator


@dataclass
class RecordedRequest:
    """A request the sandbox received. The ``Authorization`` value is never kept."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes | None
    status: int | None = None
    fault: str | None = None
    valid: bool | None = None


@dataclass
class SandboxState:
    """Everything the application reads and writes; shared with the ``Sandbox`` object."""

    project_id: str
    api_token: str
    store: RecordStore
    validator: SpecValidator
    faults: FaultQueue = field(default_factory=FaultQueue)
    requests: list[RecordedRequest] = field(default_factory=list)
    response_problems: list[str] = field(default_factory=list)
    rate_limit: RateLimit | None = None
    content: list[ContentRoute] = field(default_factory=list)
    """The URLs of recordings' audio and media files (see ``_content``)."""


STATE = web.AppKey("state", SandboxState)
MAX_BODY = 1 << 20
"""The largest request body the sandbox reads (1 MiB); a larger one gets a 413."""


def _json_response(status: int, body: bytes, headers: dict[str, str] | None = None) -> web.Response:
    return web.Response(
        status=status, body=body, content_type="application/json", headers=headers or {}
    )


def _too_large(record: RecordedRequest) -> web.Response:
    record.status, record.valid = 413, False
    return _json_response(413, error_body(413, "The request body is larger than 1 MiB"))


async def _read(request: web.Request) -> bytes | None:
    """The request's body, or ``None`` if it is larger than ``MAX_BODY``."""
    if request.content_length is not None and request.content_length > MAX_BODY:
        return None
    try:
        return await request.read()
    except web.HTTPRequestEntityTooLarge:  # a chunked body that grew too large
        return None


def _authorized(state: SandboxState, header: str | None) -> bool:
    if not header or not header.startswith("Basic "):
        return False
    try:
        given = base64.b64decode(header[6:], validate=True)
    except binascii.Error:
        return False
    expected = f"{state.project_id}:{state.api_token}".encode()
    return hmac.compare_digest(given, expected)


def _redacted(request: web.Request) -> dict[str, str]:
    headers = {k.lower(): v for k, v in request.headers.items()}
    if "authorization" in headers:
        headers["authorization"] = headers["authorization"].split(" ", 1)[0] + " ***"
    return headers


def _answer(
    state: SandboxState, request: web.Request, body: bytes, checked: Checked
) -> web.Response:
    if checked.problem is not None:
        status, message = checked.problem
        return _json_response(status, error_body(status, message))
    if not _authorized(state, request.headers.get("Authorization")):
        message = "Authentication Error - invalid username or password"
        return _json_response(401, error_body(401, message, 20003))
    route, ids = checked.route, checked.ids
    assert route is not None  # a request that conforms is for an operation
    account_sid = ids.get("AccountSid")
    if account_sid is not None and account_sid != state.project_id:
        return _json_response(404, error_body(404, f"Account {account_sid} was not found", 20404))
    operation = state.store.resources.operations.get(route.operation_id)
    try:
        if operation is None:  # an operation the store does not serve: its example
            status, result = route.status, route.example
        else:
            kind, resource = operation
            status, result = route.status, _ACTIONS[kind](state, resource, request, ids, body)
            if not route.responses.get(str(status)):  # the spec's answer has no body
                result = None
    except ServiceError as exc:
        return _json_response(exc.status, error_body(exc.status, exc.message, exc.code))
    if result is None:
        response = web.Response(status=status)
    else:
        response = _json_response(status, json.dumps(result).encode())
    mismatch = state.validator.response_problem(
        route,
        response.status,
        response.content_type,
        response.body if isinstance(response.body, bytes) else b"",
    )
    if mismatch is not None:
        state.response_problems.append(mismatch)
        return _json_response(500, error_body(500, f"Sandbox response broke the spec: {mismatch}"))
    return response


def _content(state: SandboxState, request: web.Request) -> web.Response | None:
    """The answer to a GET of a recording's audio or a media file, or ``None`` if the request
    is for none (then it is an operation of the spec, or a 404)."""
    found = find(state.content, request.method, request.raw_path)
    if found is None:
        return None
    audio = found.route.kind == "audio"  # served without authentication, as the service does
    if not audio and not _authorized(state, request.headers.get("Authorization")):
        message = "Authentication Error - invalid username or password"
        return _json_response(401, error_body(401, message, 20003))
    if found.ids.get("AccountSid") != state.project_id:
        account = found.ids.get("AccountSid")
        return _json_response(404, error_body(404, f"Account {account} was not found", 20404))
    try:
        content_type, data = content_of(state.store, found)
    except ServiceError as exc:
        return _json_response(exc.status, error_body(exc.status, exc.message, exc.code))
    return web.Response(status=200, body=data, headers={"Content-Type": content_type})


def _form(request: web.Request, body: bytes) -> Form:
    """The body's fields (a form, or a JSON object, as the request's content type says), each
    value as text, as a form would send it: the store reads them as its schema's types."""
    form: dict[str, list[str]] = {}
    if request.content_type == "application/json":
        document = json.loads(body) if body else {}  # validated: a JSON object
        for name, value in document.items():
            form[name] = [_text(item) for item in (value if isinstance(value, list) else [value])]
        return form
    for name, value in parse_qsl(body.decode("utf-8"), keep_blank_values=True):
        form.setdefault(name, []).append(value)
    return form


def _text(value: object) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value)  # true, false, a number (or an object) as JSON writes it


Action = Callable[[SandboxState, Resource, web.Request, dict[str, str], bytes], object]


def _create(
    state: SandboxState, resource: Resource, request: web.Request, ids: dict[str, str], body: bytes
) -> object:
    return state.store.create(resource, ids, _form(request, body))


def _fetch(
    state: SandboxState, resource: Resource, request: web.Request, ids: dict[str, str], body: bytes
) -> object:
    return state.store.fetch(resource, ids)


def _update(
    state: SandboxState, resource: Resource, request: web.Request, ids: dict[str, str], body: bytes
) -> object:
    return state.store.update(resource, ids, _form(request, body))


def _delete(
    state: SandboxState, resource: Resource, request: web.Request, ids: dict[str, str], body: bytes
) -> object:
    state.store.delete(resource, ids)
    return None


def _list(
    state: SandboxState, resource: Resource, request: web.Request, ids: dict[str, str], body: bytes
) -> object:
    query = dict(parse_qsl(request.query_string, keep_blank_values=True))
    size = int(query.get("PageSize", "50"))
    number = int(query.get("Page", "0"))
    token = query.get("PageToken", "")
    after = token[2:] if token.startswith("PA") and number > 0 else None
    records, more = state.store.page(resource, ids, query, size, after)
    base = resource.collection_uri(ids)
    filters = {k: v for k, v in query.items() if k not in PAGING}

    def uri(page: int, token: str | None) -> str:
        fields = {**filters, "Page": page, "PageSize": size}
        return f"{base}?{urlencode(fields if token is None else {**fields, 'PageToken': token})}"

    start = number * size
    last = f"PA{records[-1].get(resource.key)}" if records else None
    page = {
        "uri": uri(number, token or None),
        "first_page_uri": uri(0, None),
        "next_page_uri": uri(number + 1, last) if more else None,
        "previous_page_uri": None,
        "page": number,
        "page_size": size,
        "start": start,
        "end": start + max(0, len(records) - 1),
    }
    assert resource.item_key is not None  # a list the store serves has one
    shown = {k: v for k, v in page.items() if k in resource.page_fields}
    return {resource.item_key: records, **shown}


_ACTIONS: dict[Kind, Action] = {
    "create": _create,
    "fetch": _fetch,
    "list": _list,
    "update": _update,
    "delete": _delete,
}


async def _deliver_fault(
    request: web.Request, fault: Fault, normal: web.Response | None
) -> web.StreamResponse | None:
    """Act out ``fault``; ``None`` means the connection was dropped."""
    if fault.kind == "respond":
        return web.Response(status=fault.status, body=fault.body, headers=dict(fault.headers))
    if fault.kind == "drop":
        assert request.transport is not None
        request.transport.abort()
        return None
    assert normal is not None
    if fault.kind == "delay":
        await asyncio.sleep(fault.seconds)
        return normal
    # truncate
    full = normal.body if isinstance(normal.body, bytes) else b""
    kind = normal.headers.get("Content-Type", "application/json")
    stream = web.StreamResponse(status=normal.status, headers={"Content-Type": kind})
    stream.content_length = len(full)
    await stream.prepare(request)
    await stream.write(full[: len(full) // 2])
    assert request.transport is not None
    request.transport.abort()
    return stream


async def handle(request: web.Request) -> web.StreamResponse:
    """Every request: a page beside the API (a cXML script at its URL) is answered at once;
    any other meets the rate limit, a fault, then is read, validated, authenticated, applied
    and answered."""
    state = request.app[STATE]
    record = RecordedRequest(request.method, request.raw_path, _redacted(request), None)
    state.requests.append(record)
    page = state.store.served(request.method, request.path)
    if page is not None:  # beside the API: no credentials, rate limit, fault or spec
        record.status = page.status
        return web.Response(status=page.status, text=page.text, content_type=page.content_type)
    wait = state.rate_limit.take() if state.rate_limit is not None else None
    if wait is not None:  # over the limit: nothing applied, no fault taken
        record.body = await _read(request)
        record.status = 429
        message = "Too Many Requests: the project's rate limit was exceeded"
        return _json_response(429, error_body(429, message), {"Retry-After": str(wait)})
    if request.content_length is not None and request.content_length > MAX_BODY:
        return _too_large(record)  # refused before any fault is taken
    fault = state.faults.take()
    record.fault = fault.kind if fault else None
    if fault and not fault.apply and fault.kind == "drop":
        return await _deliver_fault(request, fault, None) or web.Response()
    body = await _read(request)
    if body is None:
        return _too_large(record)
    record.body = body
    served = _content(state, request)
    if served is not None:  # a file, not an operation of the spec: nothing to validate
        record.valid = True
        normal = served if fault is None or fault.apply else None
    else:
        method, path, headers = request.method, request.raw_path, request.headers
        checked = state.validator.check_request(method, path, headers, body)
        record.valid = checked.problem is None
        normal = _answer(state, request, body, checked) if fault is None or fault.apply else None
    if fault is None:
        assert normal is not None
        record.status = normal.status
        return normal
    delivered = await _deliver_fault(request, fault, normal)
    record.status = delivered.status if delivered is not None else None
    return delivered or web.Response()


def create_app(state: SandboxState) -> web.Application:
    """The aiohttp application answering every path (unknown ones get the spec's 404)."""
    app = web.Application(client_max_size=MAX_BODY)
    app[STATE] = state
    app.router.add_route("*", "/{tail:.*}", handle)
    return app
