"""Every Python and command-line example of the README runs as written, against the sandbox.

The placeholders are the only text replaced: the sandbox's credentials for ``"..."``, its base
URL for the space, one of its live calls for ``CALL_SID``. The "Getting started" section runs
as one shell script, its blocks in order, with nothing replaced. The TypeScript examples run in the
consumer check (``scripts/consumers.py``), from the installed package.
"""

from __future__ import annotations

import ast
import asyncio
import os
import re
import shlex
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from signalwire_compat.testing import Sandbox

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMAND = str(Path(sys.executable).parent / "signalwire-compat")


@dataclass(frozen=True)
class Example:
    language: str
    line: int
    code: str

    def __str__(self) -> str:
        return f"README.md:{self.line}"


GETTING_STARTED = re.search(r"^## Getting started\n.*?(?=^## )", README, re.MULTILINE | re.DOTALL)


def examples(language: str | None, *, getting_started: bool = False) -> list[Example]:
    """The blocks of ``language`` (any, if ``None``), in the "Getting started" section or
    outside it."""
    assert GETTING_STARTED is not None
    found = []
    for match in re.finditer(r"^```(\w*)\n(.*?)^```$", README, re.MULTILINE | re.DOTALL):
        inside = GETTING_STARTED.start() <= match.start() < GETTING_STARTED.end()
        if (language is None or match.group(1) == language) and inside == getting_started:
            found.append(Example(match[1], README.count("\n", 0, match.start()) + 1, match[2]))
    return found


SEEDED: dict[int, dict[str, str]] = {}
"""The ids ``seed`` made, by ``id()`` of their sandbox."""


def placeholders(sandbox: Sandbox) -> dict[str, str]:
    """The ids the examples name, in the sandbox: the live call, and what ``seed`` made."""
    return {"CALL_SID": sandbox.live_call_sid, **SEEDED.get(id(sandbox), {})}


def seed(sandbox: Sandbox) -> None:
    """The records the examples act on: a recording of the live call (also among the
    project's recordings), a message with an image, a conference in progress with two
    participants, a queue with a member."""
    live = [call["sid"] for call in live_calls(sandbox)]
    call = {"CallSid": sandbox.live_call_sid}
    recording = sandbox.add_record("/Calls/{CallSid}/Recordings", call, status="in-progress")
    conference = sandbox.add_record("/Conferences", status="in-progress")
    room = {"ConferenceSid": conference["sid"]}
    for sid in live[:2]:
        sandbox.add_record(
            "/Conferences/{ConferenceSid}/Participants", room, call_sid=sid, muted=False
        )
    audio = sandbox.add_record("/Recordings", call_sid=sandbox.live_call_sid, status="completed")
    message = sandbox.add_record("/Messages", num_media="1")
    parent = {"MessageSid": message["sid"]}
    sandbox.add_record("/Messages/{MessageSid}/Media", parent, content_type="image/png")
    queue = sandbox.add_record("/Queues", friendly_name="support")
    line = {"QueueSid": queue["sid"]}
    sandbox.add_record("/Queues/{QueueSid}/Members", line, call_sid=live[-1], position=1)
    SEEDED[id(sandbox)] = {
        "RECORDING_SID": recording["sid"],
        "CONFERENCE_SID": conference["sid"],
        "QUEUE_SID": queue["sid"],
        "MESSAGE_SID": message["sid"],
        "RECORDING_URI": audio["uri"],
    }


def with_sandbox(code: str, sandbox: Sandbox) -> str:
    """``code`` with the placeholders replaced by the sandbox's values."""
    replacements = {
        'project_id="..."': f'project_id="{sandbox.project_id}"',
        'api_token="..."': f'api_token="{sandbox.api_token}"',
        'space_url="example.signalwire.com"': f'base_url="{sandbox.base_url}"',
        "SignalWire()": f'SignalWire(base_url="{sandbox.base_url}")',
        **placeholders(sandbox),
    }
    for placeholder, value in replacements.items():
        code = code.replace(placeholder, value)
    return code


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Sandbox]:
    monkeypatch.chdir(tmp_path)  # where an example's journal is written
    with Sandbox() as sandbox:
        for _ in range(3):
            sandbox.add_call(status="in-progress")
        seed(sandbox)
        for name, value in sandbox.env().items():
            monkeypatch.setenv(name, value)
        yield sandbox
        SEEDED.pop(id(sandbox), None)


PYTHON = examples("python")
SH = [example for example in examples("sh") if "signalwire-compat calls" in example.code]


def test_the_readme_has_examples() -> None:
    assert len(PYTHON) >= 6 and len(SH) == 2 and len(examples("ts")) >= 2


@pytest.mark.parametrize("example", PYTHON, ids=str)
def test_python_example_runs(example: Example, sandbox: Sandbox) -> None:
    """Each Python block runs to its end; top-level ``async with`` and ``await`` included.
    ``sw`` and ``sids`` are given to the blocks that use them without defining them."""
    code = with_sandbox(example.code, sandbox)
    names: dict[str, Any] = {"__name__": "readme_example"}
    with sandbox.client() as sw:
        names |= {"sw": sw, "sids": [call["sid"] for call in live_calls(sandbox)]}
        compiled = compile(code, str(example), "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        result = eval(compiled, names)  # noqa: S307  (the README's own code)
        if asyncio.iscoroutine(result):
            asyncio.run(result)
    if "app" in names:  # the web app of the webhooks example: send it signed callbacks
        signed_callbacks_are_accepted_and_forged_refused(names["app"], names["PUBLIC_URL"])


def live_calls(sandbox: Sandbox) -> list[dict[str, Any]]:
    with sandbox.client() as sw:
        return [call.to_dict() for call in sw.calls.list(status="in-progress")]


def signed_callbacks_are_accepted_and_forged_refused(app: Any, public_url: str) -> None:
    """A POST callback and a GET one (its query as SignalWire writes it), signed with the
    example's key, get 204; signed with another key, 403."""
    from signalwire_compat.webhooks import SIGNATURE_HEADER, RequestValidator

    form = {"CallSid": "CA1", "CallStatus": "completed", "Timestamp": "Mon, 30 Nov 2026 10:00:00"}
    query = "CallSid=CA1&CallStatus=completed&Timestamp=Mon%2C+30+Nov+2026+10%3A00%3A00"
    client = app.test_client()
    for key, status in (("PSK_...", 204), ("PSK_another", 403)):
        validator = RequestValidator(key)
        signature = validator.compute_signature(f"{public_url}/status", form)
        posted = client.post("/status", data=form, headers={SIGNATURE_HEADER: signature})
        assert posted.status_code == status
        signature = validator.compute_signature(f"{public_url}/status?{query}", {})
        got = client.get(f"/status?{query}", headers={SIGNATURE_HEADER: signature})
        assert got.status_code == status


def commands(example: Example) -> Iterator[list[str]]:
    """The example's ``signalwire-compat`` command lines, continuations joined, comments
    dropped."""
    text = example.code.replace("\\\n", " ")
    for line in text.splitlines():
        words = shlex.split(line, comments=True)
        if words and words[0] == "signalwire-compat":
            yield words


@pytest.mark.parametrize("example", SH, ids=str)
def test_command_line_example_runs(example: Example, sandbox: Sandbox) -> None:
    """Each command exits 0 (every call it changes still live when it is changed), run with the
    sandbox's credentials in the environment and its URL as ``--base-url``."""
    Path("queue.txt").write_text("".join(c["sid"] + "\n" for c in live_calls(sandbox)[:2]))
    env = {k: v for k, v in os.environ.items() if not k.startswith("SIGNALWIRE_")}
    env |= sandbox.env()
    ran = 0
    for words in commands(example):
        named = placeholders(sandbox)
        words = [named.get(word, word) for word in words]
        line = [COMMAND, *words[1:], "--base-url", sandbox.base_url]
        done = subprocess.run(line, capture_output=True, text=True, env=env, timeout=60)
        assert done.returncode == 0, (words, done.stdout, done.stderr)
        ran += 1
    assert ran >= 2
    assert sandbox.applied


def getting_started_script() -> str:
    """The section's blocks in order, as one shell script: a Python block runs as
    ``python - <<EOF``."""
    parts = ["set -eu"]
    for example in examples(None, getting_started=True):
        if example.language == "sh":
            parts.append(example.code)
        else:
            assert example.language == "python", example
            parts.append(f"python - <<'PYTHON'\n{example.code}PYTHON")
    return "\n".join(parts)


def test_getting_started_runs_as_written(tmp_path: Path) -> None:
    """The section's commands and code, top to bottom, in a shell whose PATH starts with this
    environment's ``python`` and ``signalwire-compat``; every process it started ends."""
    assert [e.language for e in examples(None, getting_started=True)] == ["sh", "python", "sh"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("SIGNALWIRE_")}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    shell = subprocess.Popen(
        ["bash", "-c", getting_started_script()],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # the sandbox it starts in the background shares its group
    )
    try:
        out, err = shell.communicate(timeout=60)
    finally:
        _end_group(shell.pid)
    assert shell.returncode == 0, (out, err)
    lines = out.splitlines()
    assert lines[0].split() == ["sid", "to", "from", "parent_call_sid", "status"]
    assert any(line.startswith("Call ") for line in lines)
    assert any(line.endswith(" in-progress") for line in lines[2:])
    assert lines[-1] == "completed"


def _end_group(group: int) -> None:
    """Stop whatever is left of the process group ``group``, and wait until it is gone."""
    for sig, seconds in ((signal.SIGTERM, 10.0), (signal.SIGKILL, 5.0)):
        end = time.monotonic() + seconds
        try:
            os.killpg(group, sig)
            while time.monotonic() < end:
                os.killpg(group, 0)
                time.sleep(0.05)
        except ProcessLookupError:
            return
