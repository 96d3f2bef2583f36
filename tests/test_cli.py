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
        "--api-token", "not-a-token", "--base-url", "http://127.0.0.1:9", "--timeout", "2",
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
        (["calls", "update", "CA1"], "update_a_call needs at least one field"),
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
    ran = done.stdout.split("== 7.", 1)[1]
    assert "POST /welcome  signature valid: True" in ran
    assert "GET /goodbye  signature valid: True" in ran
    assert re.search(r"^  status +completed$", ran.split("== 8.", 1)[1], re.MULTILINE)


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


FORGED_KEY = "x\x1b]0;title\x07\x1b[2J"


def _page(*calls: dict[str, object]) -> str:
    return json.dumps({"calls": list(calls), "next_page_uri": None})


def test_server_sent_field_names_are_escaped_in_every_form(sandbox: Sandbox) -> None:
    sid = sandbox.add_call(status="in-progress")["sid"]
    body = {**sandbox.call(sid), FORGED_KEY: "v\x1b[31m"}
    forms = {
        "summary": (json.dumps(body), ("calls", "fetch", sid)),
        "json": (json.dumps(body), ("calls", "fetch", sid, "--json")),
        "table": (_page(body), ("calls", "list")),
        "list json": (_page(body), ("calls", "list", "--json")),
    }
    for form, (answer, args) in forms.items():
        sandbox.inject(Fault.respond(200, answer))
        done = run(sandbox, *args)
        assert done.returncode == 0, (form, done.stderr)
        assert "\x1b" not in done.stdout and "\x07" not in done.stdout, form
        if form == "summary":
            assert "x\\x1b]0;title\\x07\\x1b[2J" in done.stdout
            assert "v\\x1b[31m" in done.stdout
        if "json" in form:
            [line] = done.stdout.splitlines()
            assert json.loads(line)[FORGED_KEY] == "v\x1b[31m", form


ODD_TOKEN = 't"o\\k/\u00e9\u20ac-n'


def _forms_of(secret: str) -> set[str]:
    """A secret as it may be printed: as is, and escaped as JSON or ``repr`` escapes it."""
    return {
        secret,
        json.dumps(secret)[1:-1],
        json.dumps(secret, ensure_ascii=False)[1:-1],
        repr(secret)[1:-1],
    }


def test_a_success_body_echoing_the_credentials_is_not_printed(sandbox: Sandbox) -> None:
    import base64

    pair = base64.b64encode(f"{sandbox.project_id}:{ODD_TOKEN}".encode()).decode()
    sid = sandbox.add_call(status="in-progress")["sid"]
    echo = {
        **sandbox.call(sid),
        "annotation": f"token={ODD_TOKEN}",
        "to": ODD_TOKEN,
        "from": f"Basic {pair}",
        "caller_name": pair,
        ODD_TOKEN: "as a name",
    }
    elsewhere = {"calls": [], "next_page_uri": f"https://example.com/?token={ODD_TOKEN}"}
    forms = {
        "summary": (json.dumps(echo), ("calls", "fetch", sid)),
        "json": (json.dumps(echo), ("calls", "fetch", sid, "--json")),
        "table": (_page(echo), ("calls", "list")),
        "list json": (_page(echo), ("calls", "list", "--json")),
        "error": (json.dumps(elsewhere), ("calls", "list")),
    }
    for form, (answer, args) in forms.items():
        sandbox.inject(Fault.respond(200, answer))
        done = run(sandbox, *args, "--api-token", ODD_TOKEN)
        assert done.returncode == (1 if form == "error" else 0), (form, done.stderr)
        printed = done.stdout + done.stderr
        for secret in (*_forms_of(ODD_TOKEN), pair):
            assert secret not in printed, form
        assert "[redacted]" in (done.stderr if form == "error" else done.stdout), form
        if "json" in form:
            item = json.loads(done.stdout)
            assert item["annotation"] == "token=[redacted]"
            assert item["from"] == "Basic [redacted]"
            assert "[redacted]" in item


@pytest.mark.parametrize("value", ["-1", "-100", "x", "1.5"])
def test_bad_limits_are_usage_errors(sandbox: Sandbox, value: str) -> None:
    done = run(sandbox, "calls", "list", "--limit", value)
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("usage: signalwire-compat calls list")
    assert "--limit" in done.stderr


def _cells(line: str, starts: list[int]) -> list[str]:
    ends = [*starts[1:], None]
    return [line[start:end].strip() for start, end in zip(starts, ends, strict=True)]


def test_list_prints_one_aligned_line_per_call(sandbox: Sandbox) -> None:
    to = "+15557770001"
    long_from = "sip:" + "x" * 80 + "@example.com"
    added = [
        sandbox.add_call(to=to, status="in-progress", **{"from": "+15550000001"}),
        sandbox.add_call(to=to, status="ringing", **{"from": "+1\x1b[2J"}),
        sandbox.add_call(to=to, status="queued", **{"from": long_from}),
        sandbox.add_call(to=to, status="completed", parent_call_sid="CA" + "7" * 32),
        sandbox.add_call(to=to, status="no-answer"),
    ]
    done = run(sandbox, "calls", "list", "--to", to, "--page-size", "2", env={"COLUMNS": "200"})
    assert done.returncode == 0, done.stderr
    header, *rows = done.stdout.splitlines()
    assert header.split() == [
        "sid", "to", "from", "parent_call_sid", "status", "start_time", "end_time",
    ]  # fmt: skip
    assert len(rows) == len(added)
    starts = [header.index(name) for name in header.split()]
    by_sid = {call["sid"]: call for call in added}
    for row in rows:
        assert len(row) <= 200 and "\x1b" not in row
        sid, shown_to, shown_from, parent, status, *_ = _cells(row, starts)
        call = by_sid[sid]
        assert (shown_to, status) == (to, call["status"])
        assert parent == (call["parent_call_sid"] or "-")
        if call["from"] == long_from:
            assert shown_from.endswith("…") and long_from.startswith(shown_from[:-1])
        elif call["from"] == "+1\x1b[2J":
            assert shown_from == "+1\\x1b[2J"
        else:
            assert shown_from == call["from"]
    narrow = run(sandbox, "calls", "list", "--to", to, env={"COLUMNS": "80"})
    assert narrow.returncode == 0, narrow.stderr
    lines = narrow.stdout.splitlines()
    assert len(lines) == 1 + len(added)
    assert all(len(line) <= 80 for line in lines)
    assert lines[0].split()[0] == "sid"


def test_a_closed_stdout_ends_the_command_quietly(sandbox: Sandbox) -> None:
    import fcntl

    to = "+15557770002"
    for _ in range(300):
        sandbox.add_call(to=to, status="in-progress")
    env = {k: v for k, v in os.environ.items() if not k.startswith("SIGNALWIRE_")}
    env.update(sandbox.env())
    for form in ([], ["--json"]):
        before = len(sandbox.requests)
        read_end, write_end = os.pipe()
        # A small pipe: the command fills it long before it has printed every call.
        fcntl.fcntl(write_end, fcntl.F_SETPIPE_SZ, 4096)
        command = [
            sys.executable, "-m", "signalwire_compat", "calls", "list", "--to", to,
            "--page-size", "20", "--base-url", sandbox.base_url, *form,
        ]  # fmt: skip
        with subprocess.Popen(command, stdout=write_end, stderr=subprocess.PIPE, env=env) as child:
            os.close(write_end)
            assert os.read(read_end, 100)  # it has started printing
            os.close(read_end)  # as `head` does once it has read enough
            _, err = child.communicate(timeout=60)
        assert err == b"", form
        assert child.returncode == 141, form  # as a command stopped by SIGPIPE
        pages = len(sandbox.requests) - before
        assert pages < 300 // 20, form  # it stopped paging
