"""The TypeScript figures of ``make bench``: ``bench/typescript/run.mjs`` against the same server.

The package is compiled as ``npm pack`` compiles it (``tsconfig.build.json``, into a directory of
its own under ``overlays/typescript/build/``) and imported from the entry point its
``package.json`` exports; twilio-node comes from ``bench/typescript/``'s own lockfile.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

from .contenders import API, CALL_SID
from .server import API_TOKEN, PROJECT_ID, SEED

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "overlays" / "typescript"
HERE = ROOT / "bench" / "typescript"
OUT_DIR = TS / "build" / "bench"


def build_package() -> Path:
    """Compile the package's sources as its ``prepack`` does; return the exported entry point."""
    tsc = TS / "node_modules" / "typescript" / "bin" / "tsc"
    if not tsc.exists():
        raise RuntimeError(f"{tsc.relative_to(ROOT)} is missing: run make bench")
    shutil.rmtree(OUT_DIR, ignore_errors=True)
    subprocess.run(
        ["node", str(tsc), "-p", "tsconfig.build.json", "--outDir", str(OUT_DIR)],
        cwd=TS, check=True,
    )  # fmt: skip
    package = json.loads((TS / "package.json").read_text())
    entry = Path(package["exports"]["."]["default"])  # ./lib/<path of index.js>
    return OUT_DIR / entry.relative_to("lib")


def typescript_figures(base: str, server_pid: int, quick: bool) -> dict[str, Any]:
    """Run the TypeScript contenders against ``base``, in a Node process on this process's
    CPUs (a child inherits its parent's affinity); return their figures."""
    if not (HERE / "node_modules" / "twilio").exists():
        raise RuntimeError("bench/typescript/node_modules is missing: run make bench")
    config = {
        "base": base,
        "api": API,
        "projectId": PROJECT_ID,
        "apiToken": API_TOKEN,
        "callSid": CALL_SID,
        "seedFile": str(SEED),
        "ours": str(build_package()),
        "serverPid": server_pid,
        "clockTicks": os.sysconf("SC_CLK_TCK"),
        "quick": quick,
    }
    done = subprocess.run(
        ["node", str(HERE / "run.mjs")],
        env={**os.environ, "BENCH_CONFIG": json.dumps(config)},
        capture_output=True, text=True, timeout=1800, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"the TypeScript benchmark failed:\n{done.stderr}")
    figures: dict[str, Any] = json.loads(done.stdout)
    return figures
