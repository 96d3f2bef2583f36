"""Every failure ends in a typed ``SignalWireError``: status, bad body or transport fault."""

from __future__ import annotations

import base64
import logging
from typing import Any

import httpx
import pytest
from respx import MockRouter

from signalwire_compat import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncSignalWire,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ConnectionLostError,
    InternalServerError,
    NotFoundError,
    OutcomeUnknownError,
    PermissionDeniedError,
    RateLimitError,
    RequestTimeoutError,
    ServerOutcomeUnknownError,
    ServiceUnavailableError,
    SignalWire,
    SignalWireError,
    UnprocessableEntityError,
)

from .conftest import API_TOKEN, CALL_SID, CALL_URL, PROJECT_ID, SPACE

SECRETS = (API_TOKEN, base64.b64encode(f"{PROJECT_ID}:{API_TOKEN}".encode()).decode())


def client() -> SignalWire:
    return SignalWire(project_id=PROJECT_ID, api_token=API_TOKEN, space_url=SPACE, max_retries=0)


def error_body(status: int) -> dict[str, Any]:
    return {
        "code": 20000 + status,
        "message": f"problem {status}",
        "more_info": f"https://developer.signalwire.com/errors/{status}",
        "status": status,
    }


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, ServerOutcomeUnknownError),
        (502, ServerOutcomeUnknownError),
        (503, ServiceUnavailableError),
        (504, ServerOutcomeUnknownError),
        (599, ServerOutcomeUnknownError),
        (405, APIStatusError),
        (418, APIStatusError),
        (302, APIStatusError),
    ],
)
def test_status_mapping(respx_mock: MockRouter, status: int, kind: type[APIStatusError]) -> None:
    respx_mock.post(CALL_URL).respond(status, json=error_body(status))
    with pytest.raises(kind) as caught:
        client().calls.update(CALL_SID, status="completed")
    error = caught.value
    assert type(error) is kind
    assert isinstance(error, SignalWireError)
    assert isinstance(error, InternalServerError) == (status >= 500)
    assert isinstance(error, OutcomeUnknownError) == (status >= 500 and status != 503)
    assert error.status_code == status
    assert error.code == 20000 + status
    assert error.message == f"problem {status}"
    assert error.more_info == f"https://developer.signalwire.com/errors/{status}"
    assert error.response.status_code == status
    assert error.body == error_body(status)
    assert str(error) == (
        f"{status} problem {status} (code {20000 + status}) "
        f"see https://developer.signalwire.com/errors/{status}"
    )


async def test_async_status_error(respx_mock: MockRouter) -> None:
    respx_mock.post(CALL_URL).respond(
        422, json={"code": "21220", "message": "Call is not in-progress. Cannot redirect."}
    )
    sw = AsyncSignalWire(
        project_id=PROJECT_ID, api_token=API_TOKEN, space_url=SPACE, backend="httpx"
    )
    with pytest.raises(UnprocessableEntityError) as caught:
        await sw.calls.update(CALL_SID, url="https://example.com/x")
    assert caught.value.code == "21220"
    assert "not in-progress" in str(caught.value)


def test_html_error_page(respx_mock: MockRouter) -> None:
    page = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
    respx_mock.post(CALL_URL).respond(502, text=page, headers={"Content-Type": "text/html"})
    with pytest.raises(InternalServerError) as caught:
        client().calls.update(CALL_SID, status="completed")
    assert caught.value.status_code == 502
    assert caught.value.code is None and caught.value.body is None
    assert "Bad Gateway" in str(caught.value)


def test_empty_error_body(respx_mock: MockRouter) -> None:
    respx_mock.post(CALL_URL).respond(503)
    with pytest.raises(InternalServerError, match="503 Service Unavailable"):
        client().calls.update(CALL_SID, status="completed")


def test_json_error_of_unexpected_shape(respx_mock: MockRouter) -> None:
    respx_mock.post(CALL_URL).respond(400, json=["not", "an", "object"])
    with pytest.raises(BadRequestError) as caught:
        client().calls.update(CALL_SID, status="completed")
    assert caught.value.body == ["not", "an", "object"]
    assert caught.value.message.startswith("Bad Request")


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "not JSON"),
        (b'{"sid": "CA1", "status": "compl', "not JSON"),
        (b"<html>oops</html>", "not JSON"),
        (b"[1, 2]", "not a JSON object"),
        (b'{"status": "completed"}', "not a call"),
        (b'{"sid": "CA1", "subresource_uris": "nope"}', "subresource_uris is str"),
        (b'{"sid": "CA1", "duration": "abc"}', "duration is str"),
        (b'{"sid": 42}', "sid is int"),
        (b'{"sid": "CA1", "price": true}', "price is bool"),
        (b'{"sid": "CA1", "end_time": 5}', "end_time is int"),
        (b'{"sid": "CA1", "subresource_uris": {"recordings": 1}}', "recordings is int"),
    ],
)
def test_unreadable_success_body(respx_mock: MockRouter, content: bytes, words: str) -> None:
    respx_mock.post(CALL_URL).respond(200, content=content)
    with pytest.raises(APIResponseValidationError, match=words) as caught:
        client().calls.update(CALL_SID, status="completed")
    assert caught.value.response.content == content


@pytest.mark.parametrize(
    ("fault", "kind"),
    [
        (httpx.ConnectError("connection refused"), APIConnectionError),
        (httpx.RemoteProtocolError("server disconnected"), ConnectionLostError),
        (httpx.ReadError("reset by peer"), ConnectionLostError),
        (httpx.WriteError("broken pipe"), ConnectionLostError),
        (httpx.ConnectTimeout("connect timed out"), APITimeoutError),
        (httpx.ReadTimeout("read timed out"), RequestTimeoutError),
        (httpx.WriteTimeout("write timed out"), RequestTimeoutError),
        (httpx.PoolTimeout("pool"), APITimeoutError),
    ],
)
def test_transport_faults(respx_mock: MockRouter, fault: Exception, kind: type[Exception]) -> None:
    respx_mock.post(CALL_URL).mock(side_effect=fault)
    with pytest.raises(kind) as caught:
        client().calls.update(CALL_SID, status="completed")
    assert type(caught.value) is kind
    assert isinstance(caught.value, APIConnectionError)
    unknown = isinstance(caught.value, OutcomeUnknownError)
    assert unknown == ("may have been applied" in str(caught.value))


async def test_async_transport_fault(respx_mock: MockRouter) -> None:
    respx_mock.post(CALL_URL).mock(side_effect=httpx.ReadTimeout("slow"))
    sw = AsyncSignalWire(
        project_id=PROJECT_ID, api_token=API_TOKEN, space_url=SPACE, backend="httpx"
    )
    with pytest.raises(RequestTimeoutError):
        await sw.calls.update(CALL_SID, status="completed")


def test_connection_refused_on_a_real_port() -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    sw = SignalWire(
        project_id=PROJECT_ID,
        api_token=API_TOKEN,
        base_url=f"http://127.0.0.1:{port}",
        max_retries=0,
    )
    with pytest.raises(APIConnectionError, match="connection failed before sending"):
        sw.calls.update(CALL_SID, status="completed")


@pytest.mark.parametrize("status", [200, 401, 500])
def test_no_secret_in_errors_or_logs(
    respx_mock: MockRouter, caplog: pytest.LogCaptureFixture, status: int
) -> None:
    respx_mock.post(CALL_URL).respond(status, json={"message": "nope"} if status else {})
    caplog.set_level(logging.DEBUG)
    texts: list[str] = []
    try:
        client().calls.update(CALL_SID, status="completed")
    except APIError as exc:
        texts += [str(exc), repr(exc), repr(exc.request), repr(getattr(exc, "response", None))]
        if isinstance(exc, APIStatusError):
            texts.append(repr(exc.response.request.headers))
    texts += [record.getMessage() for record in caplog.records]
    assert caplog.records, "expected debug logs from the client"
    for text in texts:
        for secret in SECRETS:
            assert secret not in text
