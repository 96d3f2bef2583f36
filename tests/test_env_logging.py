"""``SIGNALWIRE_LOG``: the package's log lines on stderr, in a fresh process, with no logging
set up by the application, one line per request and never a credential."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator

import pytest

from signalwire_compat.testing import Sandbox

SCRIPT = textwrap.dedent(
    """
    import asyncio, sys
    from signalwire_compat import AsyncSignalWire, SignalWire

    sid = sys.argv[1]
    with SignalWire() as sw:  # everything from the environment
        sw.calls.fetch(sid)
        sw.calls.update(sid, url="https://example.com/next.xml")
    SignalWire().close()  # another client: no second handler

    async def main() -> None:
        for backend in ("aiohttp", "httpx"):
            async with AsyncSignalWire(backend=backend) as sw:
                await sw.calls.fetch(sid)
    asyncio.run(main())
    print("done")
    """
)


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as running:
        yield running


def run(sandbox: Sandbox, level: str | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SIGNALWIRE_")}
    env |= sandbox.env() | {"SIGNALWIRE_BASE_URL": sandbox.base_url}
    if level is not None:
        env["SIGNALWIRE_LOG"] = level
    return subprocess.run(
        [sys.executable, "-c", SCRIPT, sandbox.live_call_sid],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )


def credentials(sandbox: Sandbox) -> list[str]:
    pair = f"{sandbox.project_id}:{sandbox.api_token}".encode()
    return [sandbox.api_token, base64.b64encode(pair).decode()]


def request_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if ": HTTP " in line]


def test_debug_prints_one_line_per_request_and_no_credential(sandbox: Sandbox) -> None:
    done = run(sandbox, "debug")
    assert done.stdout == "done\n"
    lines = request_lines(done.stderr)
    assert len(lines) == 4, done.stderr  # two sync requests, one per async backend
    assert all(" signalwire_compat DEBUG " in line for line in lines)
    assert f"fetch_a_call {sandbox.live_call_sid!r}: HTTP 200" in lines[0]
    assert f"update_a_call {sandbox.live_call_sid!r}: HTTP 200" in lines[1]
    for secret in credentials(sandbox):
        assert secret not in done.stderr


@pytest.mark.parametrize("level", ["info", "WARNING"])
def test_higher_levels_leave_out_the_request_lines(sandbox: Sandbox, level: str) -> None:
    done = run(sandbox, level)
    assert request_lines(done.stderr) == []
    # the one-time warning about httpx's async speed is a WARNING, shown at both levels
    assert "AsyncSignalWire is using httpx" not in done.stderr  # aiohttp is installed


def test_unset_prints_nothing(sandbox: Sandbox) -> None:
    assert run(sandbox, None).stderr == ""


def test_an_unknown_level_is_said_once_and_ignored(sandbox: Sandbox) -> None:
    done = run(sandbox, "verbose\x1b[2J")
    assert done.stderr.splitlines() == [
        "signalwire_compat: SIGNALWIRE_LOG='verbose\\x1b[2j' is not debug, info or warning; ignored"
    ]


def test_retry_decisions_show_at_info(sandbox: Sandbox) -> None:
    from signalwire_compat.testing import Fault

    sandbox.inject(Fault.respond(429, retry_after=0))
    done = run(sandbox, "info")
    lines = [line for line in done.stderr.splitlines() if "retrying" in line]
    assert len(lines) == 1 and " signalwire_compat INFO " in lines[0], done.stderr
