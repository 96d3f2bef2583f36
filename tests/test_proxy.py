"""Proxies on every backend, through real proxies on 127.0.0.1: ``http://`` forwarded,
``https://`` tunnelled with ``CONNECT`` to a TLS server whose certificate the client is told to
trust with ``verify=``; credentials in a proxy URL never shown; the environment's proxy
variables only with ``trust_env=True``, ``NO_PROXY`` honoured."""

from __future__ import annotations

import asyncio
import logging
import pickle
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from signalwire_compat import (
    APIConnectionError,
    APIStatusError,
    AsyncSignalWire,
    ConfigurationError,
    SignalWire,
)
from signalwire_compat.testing import Sandbox

from ._proxies import forwarding_proxy, tls_front

BACKENDS = ["sync", "httpx", "aiohttp"]
USER, PASSWORD = "proxy-user", "pr0xy-s3cret"


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as running:
        yield running


def hang_up(kind: str, sid: str, **settings: Any) -> Any:
    """Hang up ``sid`` with a client of ``kind`` made with ``settings``; the call's status."""
    if kind == "sync":
        with SignalWire(**settings) as sw:
            return sw.calls.update(sid, status="completed").status

    async def run() -> Any:
        async with AsyncSignalWire(backend=kind, **settings) as sw:  # type: ignore[arg-type]
            return (await sw.calls.update(sid, status="completed")).status

    return asyncio.run(run())


def settings_for(sandbox: Sandbox, **more: Any) -> dict[str, Any]:
    return {
        "project_id": sandbox.project_id,
        "api_token": sandbox.api_token,
        "base_url": sandbox.base_url,
        "max_retries": 0,
        **more,
    }


def live(sandbox: Sandbox) -> str:
    return str(sandbox.add_call(status="in-progress")["sid"])


@pytest.mark.parametrize("kind", BACKENDS)
def test_http_is_forwarded_with_the_proxy_credentials(sandbox: Sandbox, kind: str) -> None:
    with forwarding_proxy(credentials=(USER, PASSWORD)) as proxy:
        url = f"http://{USER}:{PASSWORD}@{proxy.address}"
        assert hang_up(kind, live(sandbox), **settings_for(sandbox, proxy=url)) == "completed"
    assert [(s.method, s.proxy_authorization) for s in proxy.seen] == [("POST", proxy.basic())]
    assert proxy.seen[0].target.startswith(sandbox.base_url)
    assert len(sandbox.applied) == 1


@pytest.fixture
def front(sandbox: Sandbox, tmp_path: Path) -> Iterator[Any]:
    upstream = sandbox.base_url.split("/")[2]
    with tls_front(upstream, str(tmp_path / "ca.pem")) as running:
        yield running


@pytest.mark.parametrize("kind", BACKENDS)
def test_https_is_tunnelled_and_checked(sandbox: Sandbox, front: Any, kind: str) -> None:
    base_url = front.base_url("/api/laml/2010-04-01")
    with forwarding_proxy() as proxy:
        settings = settings_for(sandbox, base_url=base_url, proxy=f"http://{proxy.address}")
        assert hang_up(kind, live(sandbox), **settings, verify=front.ca_path) == "completed"
    assert [(s.method, s.target) for s in proxy.seen] == [("CONNECT", f"localhost:{front.port}")]
    assert len(sandbox.applied) == 1


@pytest.mark.parametrize("kind", BACKENDS)
def test_an_untrusted_certificate_fails_before_sending(
    sandbox: Sandbox, front: Any, kind: str
) -> None:
    """Without ``verify=``, the test CA is not trusted: nothing reaches the sandbox."""
    settings = settings_for(sandbox, base_url=front.base_url("/api/laml/2010-04-01"))
    with forwarding_proxy() as proxy, pytest.raises(APIConnectionError, match="before sending"):
        hang_up(kind, live(sandbox), **settings, proxy=f"http://{proxy.address}")
    assert sandbox.requests == []


def secret_forms() -> list[str]:
    import base64

    return [PASSWORD, base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode(), USER]


def assert_no_proxy_secret(*texts: str) -> None:
    for text in texts:
        for secret in secret_forms():
            assert secret not in text, text


@pytest.mark.parametrize("kind", BACKENDS)
def test_a_refused_tunnel_is_a_connection_error_without_credentials(
    sandbox: Sandbox, front: Any, kind: str
) -> None:
    """The proxy wants other credentials and echoes what it got: not sent, nothing shown."""
    settings = settings_for(sandbox, base_url=front.base_url("/api/laml/2010-04-01"))
    with forwarding_proxy(credentials=("someone", "else")) as proxy:
        url = f"http://{USER}:{PASSWORD}@{proxy.address}"
        with pytest.raises(APIConnectionError, match="before sending") as caught:
            hang_up(kind, live(sandbox), **settings, proxy=url, verify=front.ca_path)
    assert proxy.seen[0].method == "CONNECT"
    error = caught.value
    assert_no_proxy_secret(str(error), repr(error), repr(pickle.loads(pickle.dumps(error)).args))  # noqa: S301
    assert sandbox.requests == []


@pytest.mark.parametrize("kind", BACKENDS)
def test_a_refused_forward_is_a_407_without_credentials(sandbox: Sandbox, kind: str) -> None:
    with forwarding_proxy(credentials=("someone", "else")) as proxy:
        url = f"http://{USER}:{PASSWORD}@{proxy.address}"
        with pytest.raises(APIStatusError) as caught:
            hang_up(kind, live(sandbox), **settings_for(sandbox, proxy=url))
    assert caught.value.status_code == 407
    assert "[redacted]" in caught.value.message
    assert_no_proxy_secret(str(caught.value), repr(caught.value), caught.value.message)
    assert sandbox.requests == []


def test_the_proxy_url_is_shown_without_its_credentials(
    sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    url = f"http://{USER}:{PASSWORD}@127.0.0.1:3128"
    with caplog.at_level(logging.DEBUG, logger="signalwire_compat"):
        sync = sandbox.client(proxy=url)
        made = sandbox.async_client(proxy=url)
    for client in (sync, made):
        assert repr(client).endswith(", proxy='http://***@127.0.0.1:3128', credentials=***)")
        assert repr(client.proxy) == "Proxy('http://***@127.0.0.1:3128')"
        assert_no_proxy_secret(repr(client), str(client), repr(client.proxy))
    assert "through the proxy http://***@127.0.0.1:3128" in caplog.text
    assert_no_proxy_secret(caplog.text)
    sync.close()


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize("kind", BACKENDS)
def test_a_proxy_that_is_down_is_a_connection_error(sandbox: Sandbox, kind: str) -> None:
    url = f"http://{USER}:{PASSWORD}@127.0.0.1:{closed_port()}"
    with pytest.raises(APIConnectionError, match="before sending") as caught:
        hang_up(kind, live(sandbox), **settings_for(sandbox, proxy=url))
    assert_no_proxy_secret(str(caught.value))
    assert sandbox.requests == []


@pytest.mark.parametrize("kind", BACKENDS)
def test_environment_proxies_only_with_trust_env(
    sandbox: Sandbox, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy", "http_proxy"):
        monkeypatch.delenv(name, raising=False)
    with forwarding_proxy() as proxy:
        monkeypatch.setenv("HTTP_PROXY", f"http://{proxy.address}")
        hang_up(kind, live(sandbox), **settings_for(sandbox))
        assert proxy.seen == []  # ignored by default
        hang_up(kind, live(sandbox), **settings_for(sandbox, trust_env=True))
        assert [s.method for s in proxy.seen] == ["POST"]
        monkeypatch.setenv("NO_PROXY", "localhost,127.0.0.1")
        hang_up(kind, live(sandbox), **settings_for(sandbox, trust_env=True))
        assert len(proxy.seen) == 1  # NO_PROXY matched the host
    assert len(sandbox.applied) == 3


def test_all_proxy_is_the_fallback(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("NO_PROXY", "no_proxy", "HTTP_PROXY", "http_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("ALL_PROXY", f"http://{USER}:{PASSWORD}@127.0.0.1:3128")
    client = sandbox.client(trust_env=True)
    assert client.proxy is not None and client.proxy.shown == "http://***@127.0.0.1:3128"


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("socks5://127.0.0.1:1080", "http:// or https://"),
        ("ftp://127.0.0.1:21", "http:// or https://"),
        ("http://", "http:// or https://"),
        ("127.0.0.1:3128", "http:// or https://"),
        ("http://127.0.0.1:3128/path", "without a path"),
        ("http://127.0.0.1:99999", "not a valid URL"),
        ("http://proxy\n:3128", "control characters"),
        (3128, "must be a URL"),
    ],
)
def test_bad_proxies_are_refused(sandbox: Sandbox, value: object, words: str) -> None:
    with pytest.raises(ConfigurationError, match=words):
        sandbox.client(proxy=value)  # type: ignore[arg-type]


def test_a_bad_environment_proxy_names_its_variable(
    sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("NO_PROXY", "no_proxy", "http_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", "socks5://127.0.0.1:1080")
    with pytest.raises(ConfigurationError, match=r"HTTP_PROXY"):
        sandbox.client(trust_env=True)


@pytest.mark.parametrize(
    "settings",
    [{"verify": False}, {"verify": 1}, {"trust_env": "yes"}, {"verify": "/nonexistent/ca.pem"}],
)
def test_bad_tls_and_environment_settings_are_refused(
    sandbox: Sandbox, settings: dict[str, Any]
) -> None:
    with pytest.raises(ConfigurationError):
        sandbox.client(**settings)


def test_a_transport_of_your_own_takes_no_proxy(sandbox: Sandbox) -> None:
    import httpx

    for settings in ({"proxy": "http://127.0.0.1:3128"}, {"trust_env": True}, {"verify": "x"}):
        with pytest.raises(ConfigurationError, match="transport"):
            SignalWire(
                **settings_for(sandbox),
                transport=httpx.MockTransport(lambda r: httpx.Response(200)),
                **settings,
            )
