"""A maintainer edits only the spec: a new request property and a new operation reach both
high-level clients, typed (mypy --strict, tsc --strict) and sent through the runtime, after
generating, with no hand-written file touched."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from ._scratch import regenerated_copy
from .conftest import ROOT

NEW_PROPERTY = """        TimeLimit:
          type: integer
          minimum: 1
          maximum: 14400
          description: The longest the call may last, in seconds.
"""
NEW_OPERATION = """  /Accounts/{AccountSid}/Calls/{Sid}/Recordings:
    parameters:
      - $ref: "#/components/parameters/AccountSid"
      - $ref: "#/components/parameters/CallSid"
    post:
      operationId: record_a_call
      tags: [Calls]
      summary: Record a call
      requestBody:
        required: true
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              properties:
                RecordingChannels:
                  type: string
                  enum: [mono, dual]
                  description: The number of channels in the recording.
      responses:
        "201":
          description: Recording started.
"""

PYTHON_USE = """
import httpx
from signalwire_compat import SignalWire

sent: list[httpx.Request] = []

def answer(request: httpx.Request) -> httpx.Response:
    sent.append(request)
    if request.url.path.endswith("CA1"):
        return httpx.Response(200, json={"sid": "CA1"})
    return httpx.Response(201)

transport = httpx.MockTransport(answer)
sw = SignalWire(project_id="AC", api_token="t", space_url="example", transport=transport)
sw.calls.update("CA1", time_limit=60)
sw.calls.record("CA1", recording_channels="dual")
print(sent[0].content.decode(), sent[1].method, sent[1].url.path, sent[1].content.decode())
"""
PYTHON_WRONG = """
from signalwire_compat import SignalWire

sw = SignalWire(project_id="AC", api_token="t", space_url="example")
sw.calls.update("CA1", time_limit="an hour")
sw.calls.record("CA1", recording_channels="stereo")
"""
TS_USE = """
import { SignalWire } from "./src/index.js";

const sent: Request[] = [];
const fetch = async (request: Request) => {
  sent.push(request.clone());
  if (request.url.endsWith("CA1")) return new Response(JSON.stringify({ sid: "CA1" }));
  return new Response(null, { status: 201 });
};
const sw = new SignalWire({ projectId: "AC", apiToken: "t", spaceUrl: "example", fetch });
await sw.calls.update("CA1", { timeLimit: 60 });
await sw.calls.record("CA1", { recordingChannels: "dual" });
const path = new URL(sent[1]!.url).pathname;
console.log(await sent[0]!.text(), sent[1]!.method, path, await sent[1]!.text());

export function wrong(): void {
  // @ts-expect-error: TimeLimit is an integer
  void sw.calls.update("CA1", { timeLimit: "an hour" });
  // @ts-expect-error: not one of the spec's channels
  void sw.calls.record("CA1", { recordingChannels: "stereo" });
}
"""
EXPECTED = (
    "TimeLimit=60 POST /api/laml/2010-04-01/Accounts/AC/Calls/CA1/Recordings RecordingChannels=dual"
)


def _edit(spec: str) -> str:
    """The update's body gains TimeLimit; a new operation records a call."""
    anchor = spec.index("    SubresourceUris:\n")
    spec = spec[:anchor] + NEW_PROPERTY + spec[anchor:]
    after_paths = min(
        spec.index(f"\n{key}:\n") for key in ("webhooks", "components") if f"\n{key}:\n" in spec
    )
    return spec[: after_paths + 1] + NEW_OPERATION + spec[after_paths + 1 :]


@pytest.fixture(scope="module")
def edited(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A copy of the project regenerated from the edited spec."""
    yield regenerated_copy(tmp_path_factory.mktemp("edited"), _edit)


def test_nothing_outside_spec_and_generated_changed(edited: Path) -> None:
    for name in ("src", "tsconfig.json", "package.json"):
        source = ROOT / "overlays" / "typescript" / name
        copy = edited / "overlays" / "typescript" / name
        if source.is_dir():
            for path in source.rglob("*"):
                if path.is_file():
                    assert path.read_bytes() == (copy / path.relative_to(source)).read_bytes()
        else:
            assert source.read_bytes() == copy.read_bytes()


def _python_env(edited: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(edited / "generated" / "python")}


def test_python_sends_the_new_property_and_operation(edited: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PYTHON_USE],
        env=_python_env(edited),
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == EXPECTED


def test_python_types_follow(edited: Path, tmp_path: Path) -> None:
    mypy = [sys.executable, "-m", "mypy", "--strict", "--no-incremental"]
    right = tmp_path / "right.py"
    right.write_text(PYTHON_USE)
    wrong = tmp_path / "wrong.py"
    wrong.write_text(PYTHON_WRONG)
    env = {
        **os.environ,
        "MYPYPATH": f"{edited / 'generated' / 'python'}:{ROOT / 'overlays' / 'python'}",
    }
    ok = subprocess.run([*mypy, str(right)], env=env, capture_output=True, text=True, check=False)
    assert ok.returncode == 0, ok.stdout
    bad = subprocess.run([*mypy, str(wrong)], env=env, capture_output=True, text=True, check=False)
    assert bad.returncode == 1
    assert 'Argument "time_limit" to "update"' in bad.stdout
    assert 'Argument "recording_channels" to "record"' in bad.stdout


def test_typescript_sends_and_types_the_new_property_and_operation(edited: Path) -> None:
    ts = edited / "overlays" / "typescript"
    (ts / "use.ts").write_text(TS_USE)
    (ts / "tsconfig.use.json").write_text(
        '{"extends": "./tsconfig.json", "include": ["use.ts", "src/**/*.ts"]}'
    )
    built = subprocess.run(
        ["npx", "tsc", "-p", "tsconfig.use.json"],
        cwd=ts,
        capture_output=True,
        text=True,
        check=False,
    )
    assert built.returncode == 0, built.stdout
    done = subprocess.run(
        ["node", "dist/overlays/typescript/use.js"],
        cwd=ts,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == EXPECTED


def test_the_sandbox_answers_a_new_operation(edited: Path) -> None:
    from signalwire_compat.testing import Sandbox

    with Sandbox(spec=edited / "spec" / "openapi.yaml") as sandbox:
        url = f"{sandbox.base_url}/Accounts/{sandbox.project_id}/Calls/CA1/Recordings"
        auth = (sandbox.project_id, sandbox.api_token)
        form = {"Content-Type": "application/x-www-form-urlencoded"}
        made = httpx.post(url, content=b"RecordingChannels=dual", headers=form, auth=auth)
        refused = httpx.post(url, content=b"RecordingChannels=stereo", headers=form, auth=auth)
    assert made.status_code == 201
    assert refused.status_code == 400
    assert sandbox.response_problems == []
