"""`make demo`: start the sandbox, then redirect and hang up a call with the CLI, and receive
the hang-up's signed status callback on a small local web app that checks it with the SDK.
Then place a call whose Url is that app: it answers cXML built with `VoiceResponse`, and the
sandbox runs it (a greeting, a redirect, a hang-up)."""

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

from signalwire_compat.cxml import VoiceResponse
from signalwire_compat.webhooks import RequestValidator, parse_call_request, parse_call_status

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


Received = queue.Queue[tuple[str, str, dict[str, str], str]]


def pages() -> dict[str, str]:
    """The app's cXML: a greeting that redirects, then a goodbye that hangs up."""
    welcome = VoiceResponse()
    welcome.say("Welcome to the demo.", voice="woman")
    welcome.pause(length=1)
    welcome.redirect("/goodbye", method="GET")
    goodbye = VoiceResponse()
    goodbye.say("Goodbye.")
    goodbye.hangup()
    return {"/welcome": str(welcome), "/goodbye": str(goodbye)}


def start_app() -> tuple[http.server.HTTPServer, Received]:
    """A web app on 127.0.0.1: it answers its cXML pages, and takes status callbacks; every
    request goes into the queue (method, path, headers, body)."""
    received: Received = queue.Queue()
    served = pages()

    class App(http.server.BaseHTTPRequestHandler):
        def _answer(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
            received.put((self.command, self.path, dict(self.headers), body))
            page = served.get(self.path.split("?", 1)[0])
            if page is None:
                self.send_response(204)
                self.end_headers()
                return
            data = page.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/xml")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = _answer

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), App)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, received


def check_callback(received: Received, base: str, signing_key: str) -> None:
    print("\n== 5. The app got the hang-up's status callback")
    _, path, headers, body = received.get(timeout=30)
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


def run_flow(received: Received, base: str, signing_key: str) -> str:
    """Print the two fetches the sandbox made of the app's cXML, checked, and the call's
    status callback; the call's sid."""
    print(f"\n== 7. The sandbox ran the app's cXML (the app served {', '.join(pages())})")
    validator = RequestValidator(signing_key)
    sid = ""
    for _ in pages():
        method, path, headers, body = received.get(timeout=30)
        form = parse_qsl(body, keep_blank_values=True)
        valid = validator.validate_request(base + path, form, headers)
        request = parse_call_request(form or parse_qsl(path.partition("?")[2]))
        sid = request.call_sid or ""
        where = path.split("?", 1)[0]
        print(f"{method} {where}  signature valid: {valid}; CallStatus {request.call_status}")
        if not valid:
            raise SystemExit("demo: the sandbox's request for cXML did not validate")
    _, _, _, body = received.get(timeout=30)  # the status callback: the call has ended
    ended = parse_call_status(parse_qsl(body))
    print(f"then the status callback: CallSid {ended.call_sid}, CallStatus {ended.call_status}")
    return sid


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
        app, received = start_app()
        hook = f"http://127.0.0.1:{app.server_port}"
        print(f"A web app is listening at {hook}: it serves cXML and takes status callbacks")
        step(
            "1. Show the live call, and ask for its status webhooks",
            ["calls", "update", sid, "--status-callback", f"{hook}/status", *base],
            env,
            0,
        )
        step(
            "2. Redirect it to new LaML elsewhere (the sandbox fetches only from 127.0.0.1)",
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
        to, from_ = ["--to", "+15551230001"], ["--from", "+15551230002"]
        hooked = ["--status-callback", f"{hook}/status"]
        step(
            "6. Place a call that runs the app's cXML",
            ["calls", "create", *to, *from_, "--url", f"{hook}/welcome", *hooked, *base],
            env,
            0,
        )
        placed = run_flow(received, hook, info["signing_key"])
        step("8. The call the cXML hung up", ["calls", "fetch", placed, *base], env, 0)
        app.shutdown()
    finally:
        sandbox.terminate()
        sandbox.wait(10)
    print("\nDemo finished; the sandbox is stopped.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
