"""A maintainer edits only the spec: a new request property, a nested operation on an existing
resource and a new resource family (a collection, its instance and a sub-collection) reach both
high-level clients (typed: mypy --strict, tsc --strict), the command line and the sandbox, after
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
NEW_PATHS = """  /Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}/Notes:
    parameters:
      - $ref: "#/components/parameters/AccountSid"
      - name: CallSid
        in: path
        required: true
        schema: {type: string}
      - name: Sid
        in: path
        required: true
        schema: {type: string}
    get:
      operationId: list_recording_notes
      summary: List a recording's notes
      responses:
        "200":
          description: OK
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/FaxList"
  /Accounts/{AccountSid}/Faxes:
    parameters:
      - $ref: "#/components/parameters/AccountSid"
    post:
      operationId: send_fax
      summary: Send a fax
      requestBody:
        required: true
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              required: [To, MediaUrl]
              properties:
                To:
                  type: string
                  description: Where the fax goes.
                MediaUrl:
                  type: string
                  format: uri
                  description: The document to send.
                Quality:
                  type: string
                  enum: [standard, fine, superfine]
                  description: The resolution.
      responses:
        "201":
          description: Queued.
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/Fax"
              examples:
                fax:
                  value: {sid: FX1, to: "+15551230000", quality: fine}
    get:
      operationId: list_faxes
      summary: List faxes
      parameters:
        - name: To
          in: query
          schema: {type: string}
      responses:
        "200":
          description: OK
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/FaxList"
  /Accounts/{AccountSid}/Faxes/{Sid}:
    parameters:
      - $ref: "#/components/parameters/AccountSid"
      - name: Sid
        in: path
        required: true
        schema: {type: string}
    get:
      operationId: retrieve_fax
      summary: Fetch a fax
      responses:
        "200":
          description: OK
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/Fax"
        "404":
          $ref: "#/components/responses/Error"
    delete:
      operationId: delete_fax
      summary: Delete a fax
      responses:
        "204":
          description: Deleted.
        "404":
          $ref: "#/components/responses/Error"
  /Accounts/{AccountSid}/Faxes/{FaxSid}/Media:
    parameters:
      - $ref: "#/components/parameters/AccountSid"
      - name: FaxSid
        in: path
        required: true
        schema: {type: string}
    get:
      operationId: list_fax_media
      summary: List a fax's media
      responses:
        "200":
          description: OK
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/FaxList"
"""
NEW_SCHEMAS = """    Fax:
      type: object
      required: [sid]
      properties:
        sid:
          type: string
        to:
          type: [string, "null"]
        media_url:
          type: [string, "null"]
        quality:
          type: [string, "null"]
    FaxList:
      type: object
      required: [faxes]
      properties:
        faxes:
          type: array
          items:
            $ref: "#/components/schemas/Fax"
        next_page_uri:
          type: [string, "null"]
"""

PYTHON_USE = """
import httpx
from signalwire_compat import SignalWire

sent: list[httpx.Request] = []

def answer(request: httpx.Request) -> httpx.Response:
    sent.append(request)
    if request.method == "DELETE":
        return httpx.Response(204)
    path = request.url.path
    if path.endswith(("Notes", "Media")) or request.method == "GET" and "FX" not in path:
        return httpx.Response(200, json={"faxes": [{"sid": "FX1"}], "next_page_uri": None})
    return httpx.Response(200, json={"sid": "FX1", "to": "+15551230000"})

transport = httpx.MockTransport(answer)
sw = SignalWire(project_id="AC", api_token="t", space_url="example", transport=transport)
sw.calls.update("CA1", time_limit=60)
notes = list(sw.calls.recordings.notes.list("CA1", "RE1"))
fax = sw.faxes.create(to="+15551230000", media_url="https://example.com/a b.pdf", quality="fine")
again = sw.faxes.fetch(fax.sid)
media = [m.sid for m in sw.faxes.media.list(fax.sid)]
sw.faxes.delete(fax.sid)
print(sent[0].content.decode(), len(notes), again.to, media)
def shown(r: httpx.Request) -> str:
    return f"{r.method} {r.url.path.split('/Accounts/AC')[1]} {r.content.decode()}".strip()
print(*(shown(r) for r in sent[1:]), sep="; ")
"""
PYTHON_WRONG = """
from signalwire_compat import SignalWire

sw = SignalWire(project_id="AC", api_token="t", space_url="example")
sw.calls.update("CA1", time_limit="an hour")
sw.faxes.create(to="+15551230000", media_url="https://example.com/a.pdf", quality="blurry")
sw.faxes.media.list()
"""
TS_USE = """
import { SignalWire } from "./src/index.js";

const sent: Request[] = [];
const fetch = async (request: Request) => {
  sent.push(request.clone());
  const path = new URL(request.url).pathname;
  if (request.method === "DELETE") return new Response(null, { status: 204 });
  const list = request.method === "GET" && !path.includes("FX");
  if (path.endsWith("Notes") || path.endsWith("Media") || list) {
    return new Response(JSON.stringify({ faxes: [{ sid: "FX1" }], next_page_uri: null }));
  }
  return new Response(JSON.stringify({ sid: "FX1", to: "+15551230000" }));
};
const sw = new SignalWire({ projectId: "AC", apiToken: "t", spaceUrl: "example", fetch });
await sw.calls.update("CA1", { timeLimit: 60 });
const notes = [];
for await (const note of sw.calls.recordings.notes.list("CA1", "RE1")) notes.push(note);
const document = "https://example.com/a b.pdf";
const fax = await sw.faxes.create({ to: "+15551230000", mediaUrl: document, quality: "fine" });
const again = await sw.faxes.fetch(fax.sid);
const media: string[] = [];
for await (const item of sw.faxes.media.list(fax.sid)) media.push(item.sid);
await sw.faxes.delete(fax.sid);
const shown = async (r: Request) =>
  `${r.method} ${new URL(r.url).pathname.split("/Accounts/AC")[1]} ${await r.text()}`.trim();
console.log(await sent[0]!.text(), notes.length, again.to, `['${media.join("', '")}']`);
console.log((await Promise.all(sent.slice(1).map(shown))).join("; "));

export function wrong(): void {
  // @ts-expect-error: TimeLimit is an integer
  void sw.calls.update("CA1", { timeLimit: "an hour" });
  // @ts-expect-error: not one of the spec's qualities
  void sw.faxes.create({ to: "+1", mediaUrl: "https://example.com/a.pdf", quality: "blurry" });
  // @ts-expect-error: the fax's sid comes first
  void sw.faxes.media.list();
}
"""
EXPECTED = (
    "TimeLimit=60 1 +15551230000 ['FX1']\n"
    "GET /Calls/CA1/Recordings/RE1/Notes; "
    "POST /Faxes To=%2B15551230000&MediaUrl=https%3A%2F%2Fexample.com%2Fa+b.pdf&Quality=fine; "
    "GET /Faxes/FX1; GET /Faxes/FX1/Media; DELETE /Faxes/FX1"
)


def _edit(spec: str) -> str:
    """The update's body gains TimeLimit; call recordings gain a sub-collection; a new family."""
    anchor = spec.index("    SubresourceUris:\n")
    spec = spec[:anchor] + NEW_PROPERTY + spec[anchor:]
    anchor = spec.index("    Error:\n      type: object")
    spec = spec[:anchor] + NEW_SCHEMAS + spec[anchor:]
    after_paths = spec.index("\nwebhooks:\n")
    return spec[: after_paths + 1] + NEW_PATHS + spec[after_paths + 1 :]


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
    assert 'Argument "quality" to "create"' in bad.stdout
    assert 'Missing positional argument "fax_sid" in call to "list"' in bad.stdout


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


def test_the_sandbox_serves_the_new_family(edited: Path) -> None:
    from signalwire_compat.testing import Sandbox

    with Sandbox(spec=edited / "spec" / "openapi.yaml") as sandbox:
        url = f"{sandbox.base_url}/Accounts/{sandbox.project_id}/Faxes"
        auth = (sandbox.project_id, sandbox.api_token)
        form = {"Content-Type": "application/x-www-form-urlencoded"}
        fax = b"To=%2B15551230000&MediaUrl=https%3A%2F%2Fexample.com%2Fa.pdf"
        made = httpx.post(url, content=fax + b"&Quality=fine", headers=form, auth=auth)
        refused = httpx.post(url, content=fax + b"&Quality=blurry", headers=form, auth=auth)
        sid = made.json()["sid"]
        fetched = httpx.get(f"{url}/{sid}", auth=auth)
        listed = httpx.get(url, params={"To": "+15551230000"}, auth=auth)
        media = httpx.get(f"{url}/{sid}/Media", auth=auth)
        deleted = httpx.delete(f"{url}/{sid}", auth=auth)
        gone = httpx.get(f"{url}/{sid}", auth=auth)
    assert made.status_code == 201
    assert refused.status_code == 400
    assert (fetched.json()["to"], fetched.json()["quality"]) == ("+15551230000", "fine")
    assert sid in [f["sid"] for f in listed.json()["faxes"]]
    assert media.status_code == 200
    assert (deleted.status_code, gone.status_code) == (204, 404)
    assert sandbox.response_problems == []


def test_the_command_line_has_the_new_subcommands(edited: Path) -> None:
    for words, flags in (
        (["faxes", "create"], ["--to", "--media-url", "--quality"]),
        (["faxes", "media", "list"], ["FAX_SID"]),
        (["calls", "recordings", "notes", "list"], ["CALL_SID", "RECORDING_SID"]),
    ):
        done = subprocess.run(
            [sys.executable, "-m", "signalwire_compat", *words, "--help"],
            env=_python_env(edited),
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        for flag in flags:
            assert flag in done.stdout, (words, flag)
