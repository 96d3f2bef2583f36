"""`make demo`: start the sandbox, then redirect and hang up a call with the CLI."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

BIN = Path(sys.executable).parent
CLI = str(BIN / "signalwire-compat")


def step(title: str, args: list[str], env: dict[str, str], expect: int) -> None:
    print(f"\n== {title}")
    print("$ signalwire-compat " + shlex.join(args))
    done = subprocess.run([CLI, *args], env=env, capture_output=True, text=True, check=False)
    print((done.stdout + done.stderr).rstrip())
    print(f"(exit status {done.returncode})")
    if done.returncode != expect:
        raise SystemExit(f"demo: expected exit status {expect}, got {done.returncode}")


def main() -> int:
    sandbox = subprocess.Popen(
        [sys.executable, "-m", "signalwire_compat.testing"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert sandbox.stdout is not None
        info = json.loads(sandbox.stdout.readline())
        print(f"Sandbox of the Update-a-call endpoint running at {info['url']}")
        print("Credentials are passed in SIGNALWIRE_PROJECT_ID and SIGNALWIRE_API_TOKEN.")
        env = {
            **os.environ,
            "SIGNALWIRE_PROJECT_ID": info["project_id"],
            "SIGNALWIRE_API_TOKEN": info["api_token"],
        }
        sid, base = info["live_call_sid"], ["--base-url", info["base_url"]]
        step(
            "1. Show the live call, and ask for its status webhooks",
            ["calls", "update", sid, "--status-callback", "https://example.com/status", *base],
            env,
            0,
        )
        step(
            "2. Redirect it to new LaML",
            [
                "calls",
                "update",
                sid,
                "--url",
                "https://example.com/hold.xml",
                "--method",
                "GET",
                *base,
            ],
            env,
            0,
        )
        step("3. Hang it up", ["calls", "update", sid, "--status", "completed", *base], env, 0)
        step(
            "4. Try to redirect it again: the call has ended",
            ["calls", "update", sid, "--url", "https://example.com/next.xml", *base],
            env,
            1,
        )
    finally:
        sandbox.terminate()
        sandbox.wait(10)
    print("\nDemo finished; the sandbox is stopped.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
