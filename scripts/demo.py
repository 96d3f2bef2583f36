"""`make demo`: start the sandbox, then redirect and hang up a call with the CLI, and receive
the hang-up's signed status callback on a small local receiver that checks it with the SDK."""

from __future__ import annotations

import http.server
import json
import os
import queue
import shlex
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import parse_qsl

from signalwire_compat.webhooks import RequestValidator, parse_call_status

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


Received = queue.Queue[tuple[str, dict[str, str], str]]


def start_receiver() -> tuple[http.server.HTTPServer, Received]:
    """A webhook receiver on 127.0.0.1; what it gets goes into the queue."""
    received: Received = queue.Queue()

    class Receiver(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
            received.put((self.path, dict(self.headers), body))
            self.send_response(204)
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, received


def check_callback(received: Received, base: str, signing_key: str) -> None:
    print("\n== 5. The receiver got the hang-up's status callback")
    path, headers, body = received.get(timeout=30)
    form = parse_qsl(body, keep_blank_values=True)
    valid = RequestValidator(signing_key).validate_request(base + path, form, headers)
    payload = parse_call_status(form)
    print(f"POST {path}  X-SignalWire-Signature: {headers.get('X-SignalWire-Signature')}")
    print(
        f"signature valid: {valid}; CallSid {payload.call_sid}, "
        f"CallStatus {payload.call_status}, CallDuration {payload.call_duration}"
    )
    if not valid:
        raise SystemExit("demo: the callback's signature did not validate")


def main() -> int:
    sandbox = subprocess.Popen(
        [sys.executable, "-m", "signalwire_compat.testing"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert sandbox.stdout is not None
        info = json.loads(sandbox.stdout.readline())
        print(f"Sandbox of the Calls resource running at {info['url']}")
        print("Credentials are passed in SIGNALWIRE_PROJECT_ID and SIGNALWIRE_API_TOKEN.")
        env = {
            **os.environ,
            "SIGNALWIRE_PROJECT_ID": info["project_id"],
            "SIGNALWIRE_API_TOKEN": info["api_token"],
        }
        sid, base = info["live_call_sid"], ["--base-url", info["base_url"]]
        receiver, received = start_receiver()
        hook = f"http://127.0.0.1:{receiver.server_port}"
        print(f"A webhook receiver is listening at {hook}/status")
        step(
            "1. Show the live call, and ask for its status webhooks",
            ["calls", "update", sid, "--status-callback", f"{hook}/status", *base],
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
        check_callback(received, hook, info["signing_key"])
        receiver.shutdown()
    finally:
        sandbox.terminate()
        sandbox.wait(10)
    print("\nDemo finished; the sandbox is stopped.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
