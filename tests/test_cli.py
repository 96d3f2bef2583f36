"""The command-line tool, end to end in a subprocess against the sandbox."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator

import pytest

from signalwire_compat.testing import Sandbox

from .conftest import ROOT


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as running:
        yield running


def run(
    sandbox: Sandbox | None, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("SIGNALWIRE_")}
    if sandbox is not None:
        base.update(sandbox.env())
        args = (*args, "--base-url", sandbox.base_url)
    done = subprocess.run(
        [sys.executable, "-m", "signalwire_compat", *args],
        env={**base, **(env or {})},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert "Traceback" not in done.stderr
    if sandbox is not None:
        assert sandbox.api_token not in done.stdout + done.stderr
    return done


def test_hang_up_prints_a_summary(sandbox: Sandbox) -> None:
    sid = sandbox.add_call(status="in-progress")["sid"]
    done = run(sandbox, "calls", "update", sid, "--status", "completed")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"Call {sid}"
    assert "  status     completed" in lines
    assert sandbox.call(sid)["status"] == "completed"


def test_redirect_json(sandbox: Sandbox) -> None:
    sid = sandbox.add_call(status="in-progress")["sid"]
    done = run(
        sandbox, "calls", "update", sid, "--url", "https://example.com/x.xml", "--method", "GET",
        "--fallback-url", "https://example.com/fb.xml", "--status-callback", "https://e.x/s",
        "--json",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == sandbox.call(sid)
    assert sandbox.redirects(sid) == [("https://example.com/x.xml", "GET")]
    assert sandbox.applied[-1].fields == {
        "Url": "https://example.com/x.xml",
        "Method": "GET",
        "FallbackUrl": "https://example.com/fb.xml",
        "StatusCallback": "https://e.x/s",
    }


def test_api_error_exits_1_with_code_and_message(sandbox: Sandbox) -> None:
    sid = sandbox.add_call(status="completed")["sid"]
    done = run(sandbox, "calls", "update", sid, "--url", "https://example.com/x.xml")
    assert done.returncode == 1
    assert done.stdout == ""
    assert "21220" in done.stderr and "Call is not in-progress" in done.stderr


def test_unknown_call_exits_1(sandbox: Sandbox) -> None:
    done = run(sandbox, "calls", "update", "CA-none", "--status", "completed")
    assert done.returncode == 1
    assert "20404" in done.stderr


def test_wrong_token_exits_1(sandbox: Sandbox) -> None:
    done = run(
        sandbox, "calls", "update", sandbox.live_call_sid, "--status", "completed",
        "--api-token", "not-the-token",
    )  # fmt: skip
    assert done.returncode == 1
    assert "HTTP 401" in done.stderr
    assert "not-the-token" not in done.stderr


def test_connection_failure_exits_1() -> None:
    done = run(
        None, "calls", "update", "CA1", "--status", "completed", "--project-id", "p",
        "--api-token", "t", "--base-url", "http://127.0.0.1:9", "--timeout", "2",
    )  # fmt: skip
    assert done.returncode == 1
    assert "APIConnectionError" in done.stderr


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["calls", "update", "CA1", "--status", "hangup"], "invalid choice"),
        (["calls", "update", "CA1", "--method", "PUT", "--url", "https://e.x"], "invalid choice"),
        (["calls", "update"], "CALL_SID"),
        (["calls"], "ACTION"),
        (["calls", "update", "CA1"], "nothing to update"),
        (["calls", "update", "CA1", "--url", "ftp://e.x/y"], "url: must be an absolute"),
        (["calls", "update", " ", "--status", "completed"], "call_sid: must not be empty"),
    ],
)
def test_usage_errors_exit_2(sandbox: Sandbox, args: list[str], words: str) -> None:
    done = run(sandbox, *args)
    assert done.returncode == 2
    assert words in done.stderr


def test_missing_credentials_exit_2_and_name_the_variable() -> None:
    done = run(None, "calls", "update", "CA1", "--status", "completed", "--space-url", "example")
    assert done.returncode == 2
    assert "SIGNALWIRE_PROJECT_ID" in done.stderr


def test_demo_runs() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "demo.py")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "status     completed" in done.stdout
    assert "Call is not in-progress" in done.stdout
    assert "the sandbox is stopped" in done.stdout
