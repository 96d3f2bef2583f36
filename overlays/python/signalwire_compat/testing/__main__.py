"""Run a sandbox in its own process: ``python -m signalwire_compat.testing [--port N]``.

Prints one JSON line (url, base_url, project_id, api_token, signing_key, live_call_sid,
example_call_sid), then serves until SIGINT or SIGTERM. ``--rate-limit 300 1`` and
``--calls 3000`` rehearse a bulk run.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from types import FrameType

from ._sandbox import EXAMPLE_PROJECT_ID, Sandbox


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m signalwire_compat.testing")
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: any)")
    parser.add_argument("--project-id", default=EXAMPLE_PROJECT_ID)
    parser.add_argument("--api-token", default=None, help="default: a random token")
    parser.add_argument(
        "--rate-limit",
        nargs=2,
        metavar=("REQUESTS", "SECONDS"),
        help="answer 429 beyond REQUESTS per SECONDS (default: no limit)",
    )
    parser.add_argument(
        "--calls",
        type=int,
        default=0,
        help="also add this many in-progress calls, with sids CA%%032d from 0",
    )
    args = parser.parse_args(argv)
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    limit = (int(args.rate_limit[0]), float(args.rate_limit[1])) if args.rate_limit else None
    sandbox = Sandbox(
        project_id=args.project_id, api_token=args.api_token, port=args.port, rate_limit=limit
    )
    for index in range(args.calls):
        sandbox.add_call(f"CA{index:032d}", status="in-progress")
    with sandbox:
        info = {
            "url": sandbox.url,
            "base_url": sandbox.base_url,
            "project_id": sandbox.project_id,
            "api_token": sandbox.api_token,
            "signing_key": sandbox.signing_key,
            "live_call_sid": sandbox.live_call_sid,
            "example_call_sid": sandbox.example_call_sid,
        }
        print(json.dumps(info), flush=True)
        while not stop.wait(0.5):
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
