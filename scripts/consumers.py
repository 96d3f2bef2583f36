"""Install the built packages as a user would, and run a consumer of each against the sandbox.

    python scripts/consumers.py DIST_DIR

The wheel goes into a new virtual environment (its dependencies from the package index), the
npm tarball into a new Node project (zod from the registry). Each consumer compiles or
type-checks strictly, then places, lists, hangs up and deletes a call on a sandbox started from
this repository's environment. Prints one line per package; exits 1 on the first failure.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "overlays" / "typescript"

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
    print(f"signalwire-compat {__version__}: created {call.status}, listed {call.sid in listed}, "
          f"updated to {ended.status}, deleted, bulk {applied}/3 applied")
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

TS_CONFIG = {
    "compilerOptions": {
        "target": "ES2022",
        "module": "NodeNext",
        "moduleResolution": "NodeNext",
        "strict": True,
        "noUncheckedIndexedAccess": True,
        "types": ["node"],
        "typeRoots": [str(TS / "node_modules" / "@types")],
        "outDir": "out",
    },
    "files": ["consumer.ts"],
}


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
    }
    return sandbox, env


def python_consumer(wheel: Path, env: dict[str, str], work: Path) -> str:
    venv = work / "venv"
    run([sys.executable, "-m", "venv", str(venv)])
    pip = [str(venv / "bin" / "python"), "-m", "pip", "--disable-pip-version-check", "--quiet"]
    run([*pip, "install", str(wheel)])
    consumer = work / "consumer.py"
    consumer.write_text(PYTHON_CONSUMER)
    # From the work directory, so that this repository's mypy settings and sources stay out.
    mypy = [sys.executable, "-m", "mypy", "--strict", "--no-incremental"]
    run([*mypy, "--python-executable", str(venv / "bin" / "python"), "consumer.py"], cwd=work)
    return run([str(venv / "bin" / "python"), str(consumer)], env=env).strip()


def typescript_consumer(tarball: Path, env: dict[str, str], work: Path) -> str:
    project = work / "node"
    project.mkdir()
    (project / "package.json").write_text('{"private": true, "type": "module"}\n')
    run(
        ["npm", "install", "--no-audit", "--no-fund", "--loglevel=error", str(tarball)], cwd=project
    )
    (project / "consumer.ts").write_text(TS_CONSUMER)
    (project / "tsconfig.json").write_text(json.dumps(TS_CONFIG, indent=2))
    run(["node", str(TS / "node_modules" / "typescript" / "bin" / "tsc"), "-p", str(project)])
    return run(["node", str(project / "out" / "consumer.js")], env=env).strip()


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
            heard = typescript_consumer(tarball, env, Path(work))
            print(f"typescript consumer ({tarball.name}, {tarball.stat().st_size // 1024} KB): "
                  f"{heard}")  # fmt: skip
        for output in (said, heard):
            if not output.lower().endswith(expected):
                sys.exit(f"consumers: expected '{expected}', got '{output}'")
    finally:
        sandbox.terminate()
        sandbox.wait(timeout=30)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
