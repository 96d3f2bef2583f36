"""Round trips through the overlay and the generated code, sync and async (respx)."""

from __future__ import annotations

import base64
from typing import Any

import httpx
import pytest
from respx import MockRouter

from signalwire_compat import (
    DEFAULT_TIMEOUT,
    USER_AGENT,
    AsyncSignalWire,
    Backend,
    Call,
    CallStatus,
    InvalidParameterError,
    SignalWire,
    __version__,
)

from .conftest import API_TOKEN, BASE, CALL_SID, CALL_URL, PROJECT_ID, SPACE


def client() -> SignalWire:
    return SignalWire(project_id=PROJECT_ID, api_token=API_TOKEN, space_url=SPACE)


def async_client() -> AsyncSignalWire:
    return AsyncSignalWire(
        project_id=PROJECT_ID, api_token=API_TOKEN, space_url=SPACE, backend="httpx"
    )


def _check_request(request: httpx.Request, body: bytes) -> None:
    assert request.method == "POST"
    assert str(request.url) == CALL_URL
    expected = base64.b64encode(f"{PROJECT_ID}:{API_TOKEN}".encode()).decode()
    assert request.headers["Authorization"] == f"Basic {expected}"
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert request.headers["User-Agent"].startswith(f"signalwire-compat-python/{__version__} ")
    assert request.content == body


def test_hang_up(respx_mock: MockRouter, seed_call: dict[str, Any]) -> None:
    route = respx_mock.post(CALL_URL).respond(200, json={**seed_call, "status": "completed"})
    call = client().calls.update(CALL_SID, status="completed")
    assert isinstance(call, Call)
    assert call.status is CallStatus.COMPLETED
    _check_request(route.calls.last.request, b"Status=completed")


def test_redirect(respx_mock: MockRouter, seed_call: dict[str, Any]) -> None:
    route = respx_mock.post(CALL_URL).respond(200, json=seed_call)
    client().calls.update(CALL_SID, url="https://example.com/next.xml", method="POST")
    _check_request(
        route.calls.last.request, b"Url=https%3A%2F%2Fexample.com%2Fnext.xml&Method=POST"
    )


async def test_async_hang_up(respx_mock: MockRouter, seed_call: dict[str, Any]) -> None:
    route = respx_mock.post(CALL_URL).respond(200, json={**seed_call, "status": "canceled"})
    async with async_client() as sw:
        call = await sw.calls.update(CALL_SID, status="canceled")
    assert call.status is CallStatus.CANCELED
    _check_request(route.calls.last.request, b"Status=canceled")


async def test_async_raw_response(respx_mock: MockRouter, seed_call: dict[str, Any]) -> None:
    respx_mock.post(CALL_URL).respond(200, json=seed_call, headers={"X-Request-Id": "r-1"})
    raw = await async_client().calls.update_with_response(CALL_SID, status="completed")
    assert raw.status_code == 200
    assert raw.headers["X-Request-Id"] == "r-1"
    assert raw.content == raw.http_response.content
    assert raw.parsed.sid == seed_call["sid"]


def test_raw_response(respx_mock: MockRouter, seed_call: dict[str, Any]) -> None:
    respx_mock.post(CALL_URL).respond(200, json=seed_call, headers={"X-Request-Id": "r-2"})
    raw = client().calls.update_with_response(CALL_SID, status="completed")
    assert (raw.status_code, raw.headers["X-Request-Id"]) == (200, "r-2")
    assert raw.parsed.to_dict()["sid"] == seed_call["sid"]


def test_account_sid_override(respx_mock: MockRouter, seed_call: dict[str, Any]) -> None:
    route = respx_mock.post(f"{BASE}/Accounts/AC-other/Calls/{CALL_SID}").respond(
        200, json=seed_call
    )
    client().calls.update(CALL_SID, account_sid="AC-other", status="completed")
    assert route.called


@pytest.mark.parametrize(
    ("sid", "raw_path_end"),
    [
        ("../Messages", b"/Calls/..%2FMessages"),
        ("a/b", b"/Calls/a%2Fb"),
        ("x?y=1#z", b"/Calls/x%3Fy%3D1%23z"),
        ("%2F", b"/Calls/%252F"),
        ("caf\u00e9", b"/Calls/caf%C3%A9"),
    ],
)
def test_path_parameters_are_escaped(
    respx_mock: MockRouter, sid: str, raw_path_end: bytes, seed_call: dict[str, Any]
) -> None:
    route = respx_mock.post(url__startswith=BASE).respond(200, json=seed_call)
    client().calls.update(sid, status="completed")
    raw_path = route.calls.last.request.url.raw_path
    assert raw_path == f"/api/laml/2010-04-01/Accounts/{PROJECT_ID}".encode() + raw_path_end


@pytest.mark.parametrize(
    ("sid", "field"),
    [
        ("", "call_sid"),
        ("   ", "call_sid"),
        ("..", "call_sid"),
        (".", "call_sid"),
        ("a\r\nb", "call_sid"),
        ("a\x00", "call_sid"),
        ("x" * 300, "call_sid"),
    ],
)
@pytest.mark.respx(assert_all_called=False)
def test_bad_sid_fails_before_sending(respx_mock: MockRouter, sid: str, field: str) -> None:
    route = respx_mock.post(url__startswith=BASE).respond(200, json={"sid": "x"})
    with pytest.raises(InvalidParameterError) as caught:
        client().calls.update(sid, status="completed")
    assert caught.value.field == field
    assert not route.called


@pytest.mark.respx(assert_all_called=False)
def test_bad_account_sid_fails_before_sending(respx_mock: MockRouter) -> None:
    route = respx_mock.post(url__startswith=BASE).respond(200, json={"sid": "x"})
    with pytest.raises(InvalidParameterError, match="account_sid"):
        client().calls.update(CALL_SID, account_sid="..", status="completed")
    assert not route.called


@pytest.mark.respx(assert_all_called=False)
async def test_bad_status_fails_before_sending_async(respx_mock: MockRouter) -> None:
    route = respx_mock.post(url__startswith=BASE).respond(200, json={"sid": "x"})
    with pytest.raises(InvalidParameterError, match="status"):
        await async_client().calls.update(CALL_SID, status="hangup")  # type: ignore[arg-type]
    assert not route.called


def test_timeouts_default_and_per_call(respx_mock: MockRouter, seed_call: dict[str, Any]) -> None:
    route = respx_mock.post(CALL_URL).respond(200, json=seed_call)
    sw = SignalWire(project_id=PROJECT_ID, api_token=API_TOKEN, space_url=SPACE)
    sw.calls.update(CALL_SID, status="completed")
    assert route.calls.last.request.extensions["timeout"] == DEFAULT_TIMEOUT.as_dict()
    sw.calls.update(CALL_SID, status="completed", timeout=2.5)
    assert route.calls.last.request.extensions["timeout"] == httpx.Timeout(2.5).as_dict()
    per_client = SignalWire(project_id=PROJECT_ID, api_token=API_TOKEN, space_url=SPACE, timeout=7)
    per_client.calls.update(CALL_SID, status="completed")
    assert route.calls.last.request.extensions["timeout"] == httpx.Timeout(7).as_dict()


def test_default_timeout_is_finite() -> None:
    assert all(value is not None for value in DEFAULT_TIMEOUT.as_dict().values())


def test_sync_and_async_over_a_real_socket(seed_call: dict[str, Any], backend: Backend) -> None:
    import asyncio

    from ._server import recording_server

    with recording_server(seed_call) as server:
        base = f"{server.base_url}/api/laml/2010-04-01"
        with SignalWire(project_id=PROJECT_ID, api_token=API_TOKEN, base_url=base) as sw:
            assert sw.calls.update(CALL_SID, status="completed").sid == seed_call["sid"]

        async def run() -> Call:
            async with AsyncSignalWire(
                project_id=PROJECT_ID, api_token=API_TOKEN, base_url=base, backend=backend
            ) as asw:
                assert asw.backend == backend
                return await asw.calls.update(CALL_SID, url="https://e.example/x", method="GET")

        assert asyncio.run(run()).sid == seed_call["sid"]
    paths = {r.path for r in server.requests}
    assert paths == {f"/api/laml/2010-04-01/Accounts/{PROJECT_ID}/Calls/{CALL_SID}"}
    user_agents = {r.headers["user-agent"] for r in server.requests}
    assert user_agents == {USER_AGENT}
    assert [r.body for r in server.requests] == [
        b"Status=completed",
        b"Url=https%3A%2F%2Fe.example%2Fx&Method=GET",
    ]


def test_cookies_a_server_sets_are_never_sent_back(
    seed_call: dict[str, Any], backend: Backend
) -> None:
    import asyncio

    from ._server import recording_server

    with recording_server(seed_call) as server:
        server.response_headers = [("Set-Cookie", "session=s3cr3t; Path=/")]
        base = f"{server.base_url}/api/laml/2010-04-01"
        with SignalWire(project_id=PROJECT_ID, api_token=API_TOKEN, base_url=base) as sw:
            for _ in range(2):
                sw.calls.update(CALL_SID, status="completed")

        async def run() -> None:
            async with AsyncSignalWire(
                project_id=PROJECT_ID, api_token=API_TOKEN, base_url=base, backend=backend
            ) as asw:
                for _ in range(2):
                    await asw.calls.update(CALL_SID, status="completed")

        asyncio.run(run())
    assert len(server.requests) == 4
    assert [r for r in server.requests if "cookie" in r.headers] == []


async def test_async_concurrency_is_bounded(seed_call: dict[str, Any]) -> None:
    import asyncio

    in_flight = peak = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.01)
        in_flight -= 1
        return httpx.Response(200, json=seed_call)

    sw = AsyncSignalWire(
        project_id=PROJECT_ID,
        api_token=API_TOKEN,
        space_url=SPACE,
        max_concurrency=5,
        transport=httpx.MockTransport(handler),
    )
    results = await asyncio.gather(
        *(sw.calls.update(f"CA{i}", status="completed") for i in range(40))
    )
    assert len(results) == 40
    assert peak == 5


def test_max_concurrency_must_be_positive() -> None:
    from signalwire_compat import ConfigurationError

    with pytest.raises(ConfigurationError, match="max_concurrency"):
        AsyncSignalWire(
            project_id=PROJECT_ID, api_token=API_TOKEN, space_url=SPACE, max_concurrency=0
        )


def test_backend_choice() -> None:
    from signalwire_compat import ConfigurationError

    def make(**kwargs: Any) -> AsyncSignalWire:
        return AsyncSignalWire(
            project_id=PROJECT_ID, api_token=API_TOKEN, space_url=SPACE, **kwargs
        )

    assert make().backend == "aiohttp"  # installed in the test environment
    assert make(backend="httpx").backend == "httpx"
    assert make(transport=httpx.MockTransport(lambda r: httpx.Response(200))).backend == "httpx"
    with pytest.raises(ConfigurationError, match="backend"):
        make(backend="curl")
    with pytest.raises(ConfigurationError, match="transport"):
        make(backend="aiohttp", transport=httpx.MockTransport(lambda r: httpx.Response(200)))


def test_without_aiohttp_falls_back_to_httpx_and_says_so(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import importlib.util

    import signalwire_compat._client as client_module
    from signalwire_compat import ConfigurationError

    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *a: None if name == "aiohttp" else real_find_spec(name, *a),
    )
    monkeypatch.setattr(client_module, "_told_about_aiohttp", False)
    sw = AsyncSignalWire(project_id=PROJECT_ID, api_token=API_TOKEN, space_url=SPACE)
    AsyncSignalWire(project_id=PROJECT_ID, api_token=API_TOKEN, space_url=SPACE)
    assert sw.backend == "httpx"
    told = [r for r in caplog.records if "signalwire-compat[aiohttp]" in r.getMessage()]
    assert len(told) == 1 and told[0].levelname == "WARNING"
    with pytest.raises(ConfigurationError, match="needs aiohttp"):
        AsyncSignalWire(
            project_id=PROJECT_ID, api_token=API_TOKEN, space_url=SPACE, backend="aiohttp"
        )


@pytest.mark.respx(assert_all_called=False)
def test_empty_account_sid_is_refused(respx_mock: MockRouter) -> None:
    route = respx_mock.post(url__startswith=BASE).respond(200, json={"sid": "x"})
    with pytest.raises(InvalidParameterError) as caught:
        client().calls.update(CALL_SID, account_sid="", status="completed")
    assert caught.value.field == "account_sid"
    assert not route.called


@pytest.mark.parametrize("path", ["sync", "httpx", "aiohttp"])
@pytest.mark.parametrize("used", [True, False], ids=["after a call", "before any call"])
def test_a_closed_client_refuses_before_sending(
    seed_call: dict[str, Any], path: str, used: bool
) -> None:
    """After ``close()``/``aclose()`` (or the end of its ``with`` block) every call raises
    ``ClientClosedError``, on every backend, and sends nothing: no pool is opened again."""
    import asyncio

    from signalwire_compat import ClientClosedError, SignalWireError

    from ._server import recording_server

    with recording_server(seed_call) as server:
        base = f"{server.base_url}/api/laml/2010-04-01"
        settings: dict[str, Any] = {"project_id": PROJECT_ID, "api_token": API_TOKEN}
        errors: list[BaseException] = []
        if path == "sync":
            with SignalWire(base_url=base, **settings) as sw:
                if used:
                    sw.calls.update(CALL_SID, status="completed")
            pager = sw.calls.list()
            for attempt in (
                lambda: sw.calls.update(CALL_SID, status="completed"),
                lambda: list(pager),
            ):
                with pytest.raises(SignalWireError) as caught:
                    attempt()
                errors.append(caught.value)
            sw.close()  # closing again is harmless
        else:

            async def run() -> None:
                async with AsyncSignalWire(base_url=base, backend=path, **settings) as asw:  # type: ignore[arg-type]
                    if used:
                        await asw.calls.update(CALL_SID, status="completed")
                with pytest.raises(SignalWireError) as caught:
                    await asw.calls.update(CALL_SID, status="completed")
                errors.append(caught.value)
                with pytest.raises(SignalWireError) as caught:
                    async for _ in asw.calls.list():
                        pass
                errors.append(caught.value)
                await asw.aclose()

            asyncio.run(run())
    assert len(server.requests) == (1 if used else 0)
    for error in errors:
        assert type(error) is ClientClosedError, repr(error)
        assert isinstance(error, RuntimeError)  # as httpx's own error for a closed client was
        assert "closed" in str(error) and "nothing was sent" in str(error)
