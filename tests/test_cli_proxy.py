"""The command line's ``--proxy``, ``--trust-env`` and ``--ca-bundle``, end to end in a
subprocess, through real proxies on 127.0.0.1 in front of the sandbox: single calls and bulk
runs alike; the proxy's credentials never printed; a bad proxy a usage error."""

from __future__ import annotations

import base64
import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from signalwire_compat.testing import Sandbox

from ._bulk import live, updated
from ._proxies import forwarding_proxy, tls_front
from .test_cli import run

USER, PASSWORD = "proxy-user", "pr0xy-s3cret"
PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")
NO_PROXIES = {name: "" for base in PROXY_VARIABLES for name in (base, base.lower())}
"""An environment without proxy settings (an empty variable is none), whatever the tests' is."""


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as running:
        yield running


def cli(
    sandbox: Sandbox, *args: str, base_url: str | None = None, **env: str
) -> subprocess.CompletedProcess[str]:
    """The command with ``args``, against the sandbox (or ``base_url``, with its credentials),
    with the proxy variables ``env`` sets (each in upper and lower case), and no others."""
    env = {**NO_PROXIES, **{name: v for key, v in env.items() for name in (key, key.lower())}}
    if base_url is None:
        done = run(sandbox, *args, env=env)
    else:
        done = run(None, *args, "--base-url", base_url, env={**sandbox.env(), **env})
    shown = done.stdout + done.stderr
    basic = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
    for secret in (sandbox.api_token, PASSWORD, USER, basic):
        assert secret not in shown
    return done


def ids_file(tmp_path: Path, sids: list[str]) -> str:
    path = tmp_path / "ids.txt"
    path.write_text("\n".join(sids) + "\n")
    return str(path)


def test_fetch_goes_through_the_proxy(sandbox: Sandbox) -> None:
    sid = sandbox.add_call(status="in-progress")["sid"]
    with forwarding_proxy() as proxy:
        done = cli(sandbox, "calls", "fetch", sid, "--json", "--proxy", f"http://{proxy.address}")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["sid"] == sid
    assert [s.method for s in proxy.seen] == ["GET"]
    assert proxy.seen[0].target == f"{sandbox.base_url}/Accounts/{sandbox.project_id}/Calls/{sid}"


def test_a_bulk_update_goes_through_the_proxy(sandbox: Sandbox, tmp_path: Path) -> None:
    sids = live(sandbox, 3)
    with forwarding_proxy(credentials=(USER, PASSWORD)) as proxy:
        done = cli(
            sandbox, "calls", "update", "--sids-from", ids_file(tmp_path, sids),
            "--status", "completed", "--proxy", f"http://{USER}:{PASSWORD}@{proxy.address}",
        )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert sorted(s.target.rpartition("/")[2] for s in proxy.seen) == sorted(sids)
    assert {(s.method, s.proxy_authorization) for s in proxy.seen} == {("POST", proxy.basic())}
    assert updated(sandbox) == dict.fromkeys(sids, 1)


def test_the_environment_proxy_only_with_trust_env(sandbox: Sandbox) -> None:
    sid = sandbox.add_call(status="in-progress")["sid"]
    with forwarding_proxy() as proxy:
        env = {"HTTP_PROXY": f"http://{proxy.address}"}
        assert cli(sandbox, "calls", "fetch", sid, **env).returncode == 0
        assert proxy.seen == []  # ignored without --trust-env
        done = cli(sandbox, "calls", "fetch", sid, "--trust-env", **env)
        assert done.returncode == 0, done.stderr
        assert [s.method for s in proxy.seen] == ["GET"]
        bypassed = cli(sandbox, "calls", "fetch", sid, "--trust-env", NO_PROXY="127.0.0.1", **env)
        assert bypassed.returncode == 0, bypassed.stderr
        assert len(proxy.seen) == 1  # NO_PROXY matched the host


def test_a_bulk_run_takes_the_environment_proxy_with_trust_env(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    sids = live(sandbox, 2)
    with forwarding_proxy() as proxy:
        done = cli(
            sandbox, "calls", "update", "--sids-from", ids_file(tmp_path, sids),
            "--status", "completed", "--trust-env", HTTP_PROXY=f"http://{proxy.address}",
        )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert [s.method for s in proxy.seen] == ["POST", "POST"]


@pytest.mark.parametrize("json_flag", [[], ["--json"]])
def test_a_refusing_proxy_never_shows_the_credentials(
    sandbox: Sandbox, json_flag: list[str]
) -> None:
    """The proxy wants other credentials and its 407 page echoes the ones it got."""
    sid = sandbox.add_call(status="in-progress")["sid"]
    with forwarding_proxy(credentials=("someone", "else")) as proxy:
        url = f"http://{USER}:{PASSWORD}@{proxy.address}"
        given = cli(sandbox, "calls", "fetch", sid, "--proxy", url, *json_flag)
        from_env = cli(sandbox, "calls", "fetch", sid, "--trust-env", *json_flag, HTTP_PROXY=url)
    for done in (given, from_env):
        assert done.returncode == 1
        assert "HTTP 407" in done.stderr and "[redacted]" in done.stderr
        assert len(done.stderr.splitlines()) == 1
    assert len(proxy.seen) == 2
    assert sandbox.requests == []


def test_a_refusing_proxy_in_a_bulk_run_never_shows_the_credentials(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    sids = live(sandbox, 2)
    with forwarding_proxy(credentials=("someone", "else")) as proxy:
        done = cli(
            sandbox, "calls", "update", "--sids-from", ids_file(tmp_path, sids), "--json",
            "--status", "completed", "--proxy", f"http://{USER}:{PASSWORD}@{proxy.address}",
        )  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert "407" in done.stdout + done.stderr
    assert proxy.seen and sandbox.requests == []


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("socks5://127.0.0.1:1080", "http:// or https://"),
        ("127.0.0.1:3128", "http:// or https://"),
        (f"http://{USER}:{PASSWORD}@127.0.0.1:99999", "not a valid URL"),
        (f"http://{USER}:{PASSWORD}@127.0.0.1:3128/path", "without a path"),
        ("http://proxy\x1b[2J:3128", "control characters"),
    ],
)
@pytest.mark.parametrize("bulk", [False, True])
def test_a_bad_proxy_is_a_usage_error(
    sandbox: Sandbox, tmp_path: Path, value: str, words: str, bulk: bool
) -> None:
    sid = sandbox.add_call(status="in-progress")["sid"]
    target = ["--sids-from", ids_file(tmp_path, [sid])] if bulk else [sid]
    done = cli(sandbox, "calls", "update", *target, "--status", "completed", "--proxy", value)
    assert done.returncode == 2
    assert done.stdout == ""
    errors = [line for line in done.stderr.splitlines() if "error:" in line]
    assert len(errors) == 1 and words in errors[0]
    assert errors[0].startswith("signalwire-compat calls update: error: --proxy ")
    assert "\x1b" not in done.stderr
    assert sandbox.requests == []


def test_a_bad_environment_proxy_with_trust_env_is_a_usage_error(sandbox: Sandbox) -> None:
    done = cli(sandbox, "calls", "fetch", "CA1", "--trust-env", HTTP_PROXY="socks5://127.0.0.1:1")
    assert done.returncode == 2
    assert "HTTP_PROXY" in done.stderr
    assert sandbox.requests == []


@pytest.fixture
def front(sandbox: Sandbox, tmp_path: Path) -> Iterator[Any]:
    with tls_front(sandbox.base_url.split("/")[2], str(tmp_path / "ca.pem")) as running:
        yield running


def test_https_through_the_proxy_with_a_ca_bundle(sandbox: Sandbox, front: Any) -> None:
    sid = sandbox.add_call(status="in-progress")["sid"]
    base_url = front.base_url("/api/laml/2010-04-01")
    with forwarding_proxy() as proxy:
        via = ["--proxy", f"http://{proxy.address}"]
        untrusted = cli(sandbox, "calls", "fetch", sid, *via, base_url=base_url)
        assert untrusted.returncode == 1
        assert sandbox.requests == []  # the certificate was refused before anything was sent
        refused = len(proxy.seen)
        done = cli(
            sandbox, "calls", "fetch", sid, *via, "--ca-bundle", front.ca_path, base_url=base_url
        )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == f"Call {sid}"
    assert {(s.method, s.target) for s in proxy.seen} == {("CONNECT", f"localhost:{front.port}")}
    assert len(proxy.seen) == refused + 1
    assert len(sandbox.requests) == 1


def test_a_missing_ca_bundle_is_a_usage_error(sandbox: Sandbox, tmp_path: Path) -> None:
    missing = str(tmp_path / "none.pem")
    done = cli(sandbox, "calls", "fetch", "CA1", "--ca-bundle", missing)
    assert done.returncode == 2
    assert "error: --ca-bundle: cannot read the CA bundle" in done.stderr
    assert sandbox.requests == []
