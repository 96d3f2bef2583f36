"""Credentials and endpoint: arguments, environment variables, and refusals before sending."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from signalwire_compat import AsyncSignalWire, ConfigurationError, SignalWire

from .conftest import API_TOKEN, PROJECT_ID


def make(**settings: Any) -> SignalWire:
    return SignalWire(project_id=PROJECT_ID, api_token=API_TOKEN, **settings)


@pytest.mark.parametrize(
    "space",
    [
        "example",
        "example.signalwire.com",
        "https://example.signalwire.com",
        "https://example.signalwire.com/",
        "EXAMPLE",
    ],
)
def test_space_forms(space: str) -> None:
    sw = make(space_url=space)
    assert sw.base_url == "https://example.signalwire.com/api/laml/2010-04-01"


def test_environment_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIGNALWIRE_PROJECT_ID", PROJECT_ID)
    monkeypatch.setenv("SIGNALWIRE_API_TOKEN", API_TOKEN)
    monkeypatch.setenv("SIGNALWIRE_SPACE_URL", "envspace")
    sw = AsyncSignalWire()
    assert sw.base_url.startswith("https://envspace.signalwire.com/")
    assert sw.account_sid == PROJECT_ID


def test_space_falls_back_to_signalwire_space(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIGNALWIRE_SPACE", "other.signalwire.com")
    assert make().base_url.startswith("https://other.signalwire.com/")


def test_arguments_win_over_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIGNALWIRE_SPACE_URL", "envspace")
    assert make(space_url="argspace").base_url.startswith("https://argspace.")


@pytest.mark.parametrize(
    ("kwargs", "variable"),
    [
        ({"api_token": API_TOKEN, "space_url": "x"}, "SIGNALWIRE_PROJECT_ID"),
        ({"project_id": PROJECT_ID, "space_url": "x"}, "SIGNALWIRE_API_TOKEN"),
        ({"project_id": PROJECT_ID, "api_token": "  ", "space_url": "x"}, "SIGNALWIRE_API_TOKEN"),
        ({"project_id": PROJECT_ID, "api_token": API_TOKEN}, "SIGNALWIRE_SPACE_URL"),
    ],
)
def test_missing_setting_names_its_variable(kwargs: dict[str, str], variable: str) -> None:
    with pytest.raises(ConfigurationError, match=variable):
        SignalWire(**kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("space", "words"),
    [
        ("http://example.signalwire.com", "https"),
        ("https://example.signalwire.com:8443", "port"),
        ("https://example.signalwire.com/api", "path"),
        ("https://user:pw@example.signalwire.com", "user info"),
        ("example.signalwire.com/x", "space_url"),
        ("exa mple", "space_url"),
        ("https://example.signalwire.com?x=1", "query"),
    ],
)
def test_unusable_space_is_refused(space: str, words: str) -> None:
    with pytest.raises(ConfigurationError, match=words):
        make(space_url=space)


@pytest.mark.parametrize(
    "base",
    [
        "http://127.0.0.1:8080/api",
        "http://localhost:1/",
        "http://[::1]:9/x",
        "https://api.example.com",
    ],
)
def test_base_url_accepted(base: str) -> None:
    assert make(base_url=base).base_url == base.rstrip("/")


@pytest.mark.parametrize(
    "base",
    ["http://example.com/api", "http://10.0.0.1:8080", "ftp://127.0.0.1", "http://u:p@127.0.0.1"],
)
def test_base_url_refused(base: str) -> None:
    with pytest.raises(ConfigurationError, match="base_url"):
        make(base_url=base)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"project_id": "a:b", "api_token": "t"}, "project_id"),
        ({"project_id": "a\r\nX-Evil: 1", "api_token": "t"}, "project_id"),
        ({"project_id": "a", "api_token": "t\n"}, "api_token"),
    ],
)
def test_unusable_credentials_are_refused(kwargs: dict[str, str], field: str) -> None:
    with pytest.raises(ConfigurationError, match=field):
        SignalWire(**kwargs, space_url="example")  # type: ignore[arg-type]


def test_non_ascii_credentials_are_sent_as_utf8() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["Authorization"])
        return httpx.Response(200, json={"sid": "CA1"})

    sw = SignalWire(
        project_id="pr\u00f6ject",
        api_token="t\u00f6ken:with:colons",
        space_url="example",
        transport=httpx.MockTransport(handler),
    )
    sw.calls.update("CA1", status="completed")
    assert seen == [httpx.BasicAuth("pr\u00f6ject", "t\u00f6ken:with:colons")._auth_header]


def test_repr_hides_credentials() -> None:
    sw = make(space_url="example")
    for text in (repr(sw), str(sw), repr(sw.calls)):
        assert API_TOKEN not in text
        assert PROJECT_ID not in text


BASE_URL = "http://127.0.0.1:8080/api/laml/2010-04-01"


def test_base_url_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIGNALWIRE_BASE_URL", BASE_URL + "/")
    monkeypatch.setenv("SIGNALWIRE_SPACE_URL", "envspace")  # the base URL replaces the space
    assert make().base_url == BASE_URL
    assert AsyncSignalWire(project_id=PROJECT_ID, api_token=API_TOKEN).base_url == BASE_URL


def test_arguments_win_over_the_base_url_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIGNALWIRE_BASE_URL", BASE_URL)
    assert make(space_url="argspace").base_url.startswith("https://argspace.signalwire.com/")
    assert make(base_url="http://localhost:9/api").base_url == "http://localhost:9/api"


@pytest.mark.parametrize("value", ["http://example.com/api", "ftp://127.0.0.1/", "http://a b"])
def test_a_bad_base_url_variable_is_named(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("SIGNALWIRE_BASE_URL", value)
    with pytest.raises(ConfigurationError, match=r"^SIGNALWIRE_BASE_URL "):
        make()


def test_an_empty_base_url_variable_is_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIGNALWIRE_BASE_URL", "")
    monkeypatch.setenv("SIGNALWIRE_SPACE", "other")
    assert make().base_url.startswith("https://other.signalwire.com/")
