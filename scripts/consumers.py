"""Install the built packages as a user would, and run a consumer of each against the sandbox.

    python scripts/consumers.py DIST_DIR

The wheel goes into a new virtual environment (its dependencies from the package index), the
npm tarball into a new Node project (zod from the registry), each by the README's own install
line. Each consumer compiles or type-checks strictly, then places, lists, hangs up and deletes a
call on a sandbox started from this repository's environment; the README's TypeScript examples
are compiled and run there too. Prints one line per package; exits 1 on the first failure.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "overlays" / "typescript"
README = (ROOT / "README.md").read_text(encoding="utf-8")

PYTHON_CONSUMER = """
import os

from signalwire_compat import SignalWire, __version__

with SignalWire(base_url=os.environ["SIGNALWIRE_BASE_URL"]) as sw:  # credentials: environment
    call = sw.calls.create(to="+15551230000", from_="+15551239999", url="https://e.x/a.xml")
    listed = [c.sid for c in sw.calls.list(status="queued")]
    ended = sw.calls.update(call.sid, status="completed")
    sw.calls.delete(call.sid)
    made = [sw.calls.create(to="+15551230000", from_="+15551239999", url="https://e.x/a.xml").sid
            for _ in range(3)]
    bulk = sw.calls.update_many(made, status="canceled", bulk={"rate": 50})
    applied = sum(result.outcome == "applied" for result in bulk)
    to = call.to.upper() if call.to else ""  # optional fields are X | None
    seconds = ended.duration + 1 if ended.duration is not None else 0
    print(f"signalwire-compat {__version__}: created {call.status}, listed {call.sid in listed}, "
          f"updated to {ended.status}, deleted, bulk {applied}/3 applied")
    assert to == "+15551230000" and seconds >= 0
"""

TS_CONSUMER = """
import { SignalWire, VERSION, type Call } from "signalwire-compat";

// Credentials from the environment.
const sw = new SignalWire({ baseUrl: process.env.SIGNALWIRE_BASE_URL! });
const to = "+15551230000";
const call: Call = await sw.calls.create({ to, from: "+15551239999", url: "https://e.x/a.xml" });
const listed: string[] = [];
for await (const each of sw.calls.list({ status: "queued" })) listed.push(each.sid);
const ended = await sw.calls.update(call.sid, { status: "completed" });
await sw.calls.delete(call.sid);
const found = listed.includes(call.sid);
const made: string[] = [];
const placed = { to, from: "+15551239999", url: "https://e.x/a.xml" };
for (let i = 0; i < 3; i++) made.push((await sw.calls.create(placed)).sid);
let applied = 0;
for await (const result of sw.calls.updateMany(made, { status: "canceled", bulk: { rate: 50 } })) {
  if (result.outcome === "applied") applied += 1;
}
console.log(
  `signalwire-compat ${VERSION}: created ${call.status}, listed ${found}, ` +
    `updated to ${ended.status}, deleted, bulk ${applied}/3 applied`,
);
"""

TS_OPTIONS: dict[str, object] = {
    "target": "ES2022",
    "module": "NodeNext",
    "moduleResolution": "NodeNext",
    "strict": True,
    "noUncheckedIndexedAccess": True,
    "types": ["node"],
    "typeRoots": [str(TS / "node_modules" / "@types")],
    "outDir": "out",
}
TS_CONFIG = {"compilerOptions": TS_OPTIONS, "files": ["consumer.ts"]}


def readme_blocks(language: str) -> list[str]:
    pattern = rf"^```{language}\n(.*?)^```$"
    return re.findall(pattern, README, re.MULTILINE | re.DOTALL)


def install_line(tool: str) -> str:
    """The README's line that installs the package with ``tool`` (``pip`` or ``npm``)."""
    (line,) = [
        line.split("  #")[0].strip()
        for block in readme_blocks("sh")
        for line in block.splitlines()
        if line.startswith(f"{tool} install ") and "dist" in line
    ]
    return line


def run(command: list[str], **options: object) -> str:
    done = subprocess.run(command, capture_output=True, text=True, check=False, **options)  # type: ignore[call-overload]
    if done.returncode != 0:
        sys.exit(f"consumers: {' '.join(command)} failed:\n{done.stdout}\n{done.stderr}")
    output: str = done.stdout
    return output


def start_sandbox() -> tuple[subprocess.Popen[str], dict[str, str]]:
    sandbox = subprocess.Popen(
        [sys.executable, "-m", "signalwire_compat.testing"], stdout=subprocess.PIPE, text=True
    )
    assert sandbox.stdout is not None
    info = json.loads(sandbox.stdout.readline())
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("SIGNALWIRE_")},
        "SIGNALWIRE_PROJECT_ID": info["project_id"],
        "SIGNALWIRE_API_TOKEN": info["api_token"],
        "SIGNALWIRE_BASE_URL": info["base_url"],
        "SIGNALWIRE_LIVE_CALL_SID": info["live_call_sid"],
        "PORT": str(free_port()),
    }
    return sandbox, env


def python_consumer(wheel: Path, env: dict[str, str], work: Path) -> str:
    venv = work / "venv"
    run([sys.executable, "-m", "venv", str(venv)])
    (work / "dist").symlink_to(wheel.parent)
    path = f"{venv / 'bin'}{os.pathsep}{os.environ['PATH']}"
    quiet = {"PIP_DISABLE_PIP_VERSION_CHECK": "1", "PIP_QUIET": "1"}
    run(["bash", "-c", install_line("pip")], cwd=work, env={**os.environ, "PATH": path, **quiet})
    run([str(venv / "bin" / "python"), "-c", "import aiohttp, signalwire_compat"])  # the extra too
    consumer = work / "consumer.py"
    consumer.write_text(PYTHON_CONSUMER)
    # From the work directory, so that this repository's mypy settings and sources stay out.
    mypy = [sys.executable, "-m", "mypy", "--strict", "--no-incremental"]
    run([*mypy, "--python-executable", str(venv / "bin" / "python"), "consumer.py"], cwd=work)
    return run([str(venv / "bin" / "python"), str(consumer)], env=env).strip()


def typescript_consumer(tarball: Path, env: dict[str, str], work: Path) -> tuple[str, int, float]:
    """What the consumer printed, how many README examples ran, and the seconds
    ``tsc --strict`` took to check the consumer alone (a figure, not a test)."""
    project = work / "node"
    project.mkdir()
    (project / "package.json").write_text('{"private": true, "type": "module"}\n')
    (project / "dist").symlink_to(tarball.parent)
    quiet = {
        "npm_config_audit": "false",
        "npm_config_fund": "false",
        "npm_config_loglevel": "error",
    }
    run(["bash", "-c", install_line("npm")], cwd=project, env={**os.environ, **quiet})
    (project / "consumer.ts").write_text(TS_CONSUMER)
    alone = {**TS_CONFIG, "compilerOptions": {**TS_OPTIONS, "noEmit": True}}
    (project / "tsconfig.consumer.json").write_text(json.dumps(alone, indent=2))
    tsc = ["node", str(TS / "node_modules" / "typescript" / "bin" / "tsc")]
    started = time.monotonic()
    loaded = run([*tsc, "-p", str(project / "tsconfig.consumer.json"), "--listFiles"])
    checked = time.monotonic() - started
    heavy = [line for line in loaded.splitlines() if "/node_modules/zod/" in line]
    if heavy:  # zod's types would be checked with every program that uses the package
        raise SystemExit(f"consumers: checking a program loads zod's declarations: {heavy[0]}")
    examples = readme_examples(env)
    for name, code in examples.items():
        (project / name).write_text(code)
    config = {**TS_CONFIG, "files": ["consumer.ts", *examples]}
    (project / "tsconfig.json").write_text(json.dumps(config, indent=2))
    run([*tsc, "-p", str(project)])
    said = run(["node", str(project / "out" / "consumer.js")], env=env).strip()
    for name in examples:
        script = project / "out" / name.replace(".ts", ".js")
        if "createServer" in examples[name]:
            serve_signed_callback(script, env)
        else:
            run(["node", str(script)], env=env)
    return said, len(examples), checked


SIGNING_KEY = "PSK_consumer"


def readme_examples(env: dict[str, str]) -> dict[str, str]:
    """The README's TypeScript blocks, the sandbox's values in place of the placeholders."""
    replacements = {
        'projectId: "..."': f'projectId: "{env["SIGNALWIRE_PROJECT_ID"]}"',
        'apiToken: "..."': f'apiToken: "{env["SIGNALWIRE_API_TOKEN"]}"',
        'spaceUrl: "example"': f'baseUrl: "{env["SIGNALWIRE_BASE_URL"]}"',
        "CALL_SID": env["SIGNALWIRE_LIVE_CALL_SID"],
        ".listen(8080)": f".listen({env['PORT']})",
    }
    examples = {}
    for number, code in enumerate(readme_blocks("ts"), 1):
        for placeholder, value in replacements.items():
            code = code.replace(placeholder, value)
        examples[f"readme{number}.ts"] = code
    return examples


def serve_signed_callback(script: Path, env: dict[str, str]) -> None:
    """Start the README's webhook receiver; a signed callback gets 204, a forged one 403."""
    from signalwire_compat.webhooks import SIGNATURE_HEADER, RequestValidator

    server = subprocess.Popen(
        ["node", str(script)],
        env={**env, "SIGNALWIRE_SIGNING_KEY": SIGNING_KEY},
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        local = f"http://127.0.0.1:{env['PORT']}/status"
        form = {"CallSid": "CA1", "CallStatus": "completed"}
        for key, expected in ((SIGNING_KEY, 204), ("PSK_another", 403)):
            signature = RequestValidator(key).compute_signature(
                "https://hooks.example.com/status", form
            )
            request = urllib.request.Request(
                local,
                data=urllib.parse.urlencode(form).encode(),
                headers={SIGNATURE_HEADER: signature},
            )
            status = post_when_listening(request)
            if status != expected:
                sys.exit(f"consumers: the README's webhook answered {status}, not {expected}")
    finally:
        server.terminate()
        printed = server.communicate(timeout=30)[0]
    if printed.split() != ["CA1", "completed"]:  # the event it parsed, from the signed callback
        sys.exit(f"consumers: the README's webhook printed {printed!r}")


def post_when_listening(request: urllib.request.Request) -> int:
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(request, timeout=10) as answer:  # noqa: S310  (loopback)
                return int(answer.status)
        except urllib.error.HTTPError as error:
            return error.code
        except urllib.error.URLError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def main(dist: Path) -> int:
    dist = dist.resolve()
    (wheel,) = dist.glob("signalwire_compat-*.whl")
    (tarball,) = dist.glob("signalwire-compat-*.tgz")
    sandbox, env = start_sandbox()
    expected = "created queued, listed true, updated to completed, deleted, bulk 3/3 applied"
    try:
        with tempfile.TemporaryDirectory() as work:
            said = python_consumer(wheel, env, Path(work))
            print(f"python consumer ({wheel.name}, {wheel.stat().st_size // 1024} KB): {said}")
            heard, examples, checked = typescript_consumer(tarball, env, Path(work))
            lines = len(TS_CONSUMER.splitlines())
            print(f"typescript consumer ({tarball.name}, {tarball.stat().st_size // 1024} KB): "
                  f"{heard}; {examples} README examples ran; tsc --strict of the "
                  f"{lines}-line consumer alone: {checked:.1f} s")  # fmt: skip
        for output in (said, heard):
            if not output.lower().endswith(expected):
                sys.exit(f"consumers: expected '{expected}', got '{output}'")
    finally:
        sandbox.terminate()
        sandbox.wait(timeout=30)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
