"""The command-line tool, end to end in a subprocess against the sandbox."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator

import pytest

from signalwire_compat.testing import Fault, Sandbox

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
    assert re.search(r"^  status +completed$", done.stdout, re.MULTILINE)
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
    assert re.search(r"^  status +completed$", done.stdout, re.MULTILINE)
    assert "Call is not in-progress" in done.stdout
    assert "the sandbox is stopped" in done.stdout
    assert "signature valid: True" in done.stdout and "CallStatus completed" in done.stdout


def run_bytes(sandbox: Sandbox, *args: bytes) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SIGNALWIRE_")}
    env.update(sandbox.env())
    done = subprocess.run(
        [sys.executable.encode(), b"-m", b"signalwire_compat", *args,
         b"--base-url", sandbox.base_url.encode()],
        env=env, capture_output=True, timeout=60, check=False,
    )  # fmt: skip
    assert b"Traceback" not in done.stderr
    return done


@pytest.mark.parametrize(
    "args",
    [
        (b"calls", b"update", b"CA\xff", b"--status", b"completed"),
        (b"calls", b"update", b"CA1", b"--url", b"https://example.com/\xff.xml"),
    ],
    ids=["sid", "url"],
)
def test_arguments_that_are_not_utf8_are_usage_errors(
    sandbox: Sandbox, args: tuple[bytes, ...]
) -> None:
    done = run_bytes(sandbox, *args)
    assert done.returncode == 2
    assert b"lone surrogates" in done.stderr
    assert done.stderr.startswith(b"usage: signalwire-compat calls update")


@pytest.mark.parametrize("value", ["nan", "-1", "inf", "0", "1e300"])
def test_bad_timeouts_are_usage_errors(sandbox: Sandbox, value: str) -> None:
    done = run(sandbox, "calls", "update", "CA1", "--status", "completed", "--timeout", value)
    assert done.returncode == 2
    assert "timeout must be more than 0" in done.stderr


def test_odd_proxy_settings_in_the_environment_are_ignored(sandbox: Sandbox) -> None:
    sid = sandbox.add_call(status="in-progress")["sid"]
    proxies = {
        "ALL_PROXY": "socks5://127.0.0.1:9",
        "HTTP_PROXY": "ftp://127.0.0.1:9",
        "HTTPS_PROXY": "ftp://127.0.0.1:9",
        "http_proxy": "socks5://127.0.0.1:9",
    }
    done = run(sandbox, "calls", "update", sid, "--status", "completed", env=proxies)
    assert done.returncode == 0, done.stderr


def test_unknown_flag_prints_the_subcommand_usage(sandbox: Sandbox) -> None:
    done = run(sandbox, "calls", "update", "CA1", "--status", "completed", "--colour", "red")
    assert done.returncode == 2
    assert done.stderr.startswith("usage: signalwire-compat calls update")
    assert "unrecognized arguments: --colour red" in done.stderr


def test_missing_credentials_name_the_flags() -> None:
    done = run(None, "calls", "update", "CA1", "--status", "completed")
    assert done.returncode == 2
    assert "--project-id is missing: pass --project-id or set SIGNALWIRE_PROJECT_ID" in done.stderr
    assert "project_id" not in done.stderr


def test_pathological_body_is_one_line(sandbox: Sandbox) -> None:
    sandbox.inject(Fault.respond(200, "[" * 1000 + "]" * 1000, apply=True))
    sid = sandbox.add_call(status="in-progress")["sid"]
    done = run(sandbox, "calls", "update", sid, "--status", "completed")
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1
    assert "nested too deeply" in done.stderr


def test_server_text_cannot_forge_lines_or_colours(sandbox: Sandbox) -> None:
    forged = {"code": 1, "message": "bad\nsignalwire-compat: forged\x1b[2J", "status": 400}
    sandbox.inject(Fault.respond(400, json.dumps(forged)))
    done = run(sandbox, "calls", "update", "CA1", "--status", "completed")
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "\x1b" not in done.stderr
    assert "bad\\nsignalwire-compat: forged\\x1b[2J" in done.stderr


def test_every_operation_has_a_subcommand(sandbox: Sandbox) -> None:
    created = run(
        sandbox,
        "calls", "create", "--to", "+15551230000", "--from", "+15551239999",
        "--url", "https://example.com/a.xml",
        "--status-callback-event", "initiated", "--status-callback-event", "answered",
        "--timeout", "30", "--record", "--json",
    )  # fmt: skip
    assert created.returncode == 0, created.stderr
    sid = json.loads(created.stdout)["sid"]
    assert sandbox.requests[-1].body is not None
    assert b"StatusCallbackEvent=initiated&StatusCallbackEvent=answered&Timeout=30&Record=true" in (
        sandbox.requests[-1].body
    )
    fetched = run(sandbox, "calls", "fetch", sid)
    assert fetched.returncode == 0, fetched.stderr
    assert fetched.stdout.startswith(f"Call {sid}\n")
    assert re.search(r"^  status +queued$", fetched.stdout, re.MULTILINE)
    listed = run(sandbox, "calls", "list", "--status", "queued", "--page-size", "1", "--json")
    assert listed.returncode == 0, listed.stderr
    sids = [json.loads(line)["sid"] for line in listed.stdout.splitlines()]
    assert sid in sids and all(isinstance(s, str) for s in sids)
    limited = run(sandbox, "calls", "list", "--limit", "1", "--json")
    assert len(limited.stdout.splitlines()) == 1
    refused = run(sandbox, "calls", "delete", sid)
    assert refused.returncode == 1 and "20009" in refused.stderr
    assert run(sandbox, "calls", "update", sid, "--status", "canceled").returncode == 0
    deleted = run(sandbox, "calls", "delete", sid)
    assert deleted.returncode == 0 and deleted.stdout == "delete: HTTP 204\n"
    assert all(request.valid for request in sandbox.requests)


def test_create_keeps_timeout_for_the_field_and_request_timeout_for_the_request(
    sandbox: Sandbox,
) -> None:
    before = len(sandbox.requests)
    done = run(
        sandbox, "calls", "create", "--to", "+1", "--from", "+2", "--url", "https://e.x/a",
        "--timeout", "601", "--request-timeout", "5",
    )  # fmt: skip
    assert done.returncode == 2
    assert "timeout: must be at most 600" in done.stderr
    assert len(sandbox.requests) == before
