"""Run a sandbox in its own process: ``python -m signalwire_compat.testing [--port N] [--env]``.

Prints one JSON line (url, base_url, project_id, api_token, signing_key, live_call_sid,
example_call_sid), then serves until SIGINT or SIGTERM. With ``--env`` it prints ``export``
lines for a shell instead, and closes its standard output, so that
``eval "$(python -m signalwire_compat.testing --env &)"`` returns while it serves in the
background. ``--rate-limit 300 1`` and
``--calls 3000`` rehearse a bulk run. ``--record /Faxes '{"status": "sending"}'`` (repeatable)
adds a record as ``Sandbox.add_record`` does, its parents' ids among the fields by their path
names (``--record '/Faxes/{FaxSid}/Media' '{"FaxSid": "FX1"}'``). ``--pause-scale 1`` lets a
call's ``<Pause>`` wait its whole length. A bad value is a usage error
(exit status 2); a port that cannot be served on, one line and exit status 1.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import shlex
import signal
import sys
import threading
from collections.abc import Callable
from types import FrameType
from typing import Any

from .._bulk_cli import discard_stdout
from .._config import ENV_API_TOKEN, ENV_BASE_URL, ENV_PROJECT_ID
from ._sandbox import EXAMPLE_PROJECT_ID, Sandbox

PROG = "python -m signalwire_compat.testing"


def _ranged(kind: type[int] | type[float], low: float, high: float) -> Callable[[str], float]:
    """An argparse type: a finite ``kind`` from ``low`` to ``high``."""

    def parse(text: str) -> float:
        try:
            value = kind(text)
        except ValueError:
            value = math.nan
        if not (math.isfinite(value) and low <= value <= high):
            wanted = "a whole number" if kind is int else "a number"
            raise argparse.ArgumentTypeError(f"{text!r} is not {wanted} from {low:g} to {high:g}")
        return value

    return parse


_REQUESTS = _ranged(int, 1, 1e9)
_SECONDS = _ranged(float, 1e-3, 1e9)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG)
    parser.add_argument(
        "--port", type=_ranged(int, 0, 65535), default=0, help="port on 127.0.0.1 (default: any)"
    )
    parser.add_argument("--project-id", default=EXAMPLE_PROJECT_ID)
    parser.add_argument("--api-token", default=None, help="default: a random token")
    parser.add_argument(
        "--rate-limit",
        nargs=2,
        metavar=("REQUESTS", "SECONDS"),
        help="answer 429 beyond REQUESTS (a whole number) per SECONDS (default: no limit)",
    )
    parser.add_argument(
        "--pause-scale",
        type=_ranged(float, 0, 1),
        default=0.01,
        help="how long a call's <Pause> waits, as a share of its length (default: 0.01)",
    )
    parser.add_argument(
        "--calls",
        type=_ranged(int, 0, 1e7),
        default=0,
        help="also add this many in-progress calls, with sids CA%%032d from 0",
    )
    parser.add_argument(
        "--record",
        nargs=2,
        action="append",
        default=[],
        metavar=("RESOURCE", "FIELDS"),
        help="also add a record to RESOURCE (e.g. /Faxes): FIELDS is a JSON object, with the "
        "ids of its parents under their path names (e.g. FaxSid)",
    )
    parser.add_argument(
        "--env",
        action="store_true",
        help="print shell export lines (credentials, base URL, a live call, this process's id) "
        "instead of JSON, then close standard output",
    )
    return parser


def _add_records(sandbox: Sandbox, records: list[list[str]]) -> str | None:
    """Add each ``--record``; the first problem, as a usage error's text."""
    for resource, text in records:
        try:
            fields: Any = json.loads(text)
        except ValueError:
            fields = None
        if not isinstance(fields, dict):
            return f"argument --record: {text!r} is not a JSON object"
        names = [name for name in re.findall(r"\{(\w+)\}", resource) if name in fields]
        parents = {name: str(fields.pop(name)) for name in names}
        try:
            sandbox.add_record(resource, parents, **fields)
        except KeyError as exc:
            return f"argument --record: {exc.args[0]}"
    return None


ENV_SIGNING_KEY = "SIGNALWIRE_SIGNING_KEY"
ENV_SANDBOX_CALL_SID = "SIGNALWIRE_SANDBOX_CALL_SID"
ENV_SANDBOX_PID = "SIGNALWIRE_SANDBOX_PID"


def exports(sandbox: Sandbox) -> str:
    """The sandbox's settings as ``export NAME=value`` lines, each value quoted for a POSIX
    shell."""
    values = {
        ENV_PROJECT_ID: sandbox.project_id,
        ENV_API_TOKEN: sandbox.api_token,
        ENV_BASE_URL: sandbox.base_url,
        ENV_SIGNING_KEY: sandbox.signing_key,
        ENV_SANDBOX_CALL_SID: sandbox.live_call_sid,
        ENV_SANDBOX_PID: str(os.getpid()),
    }
    return "".join(f"export {name}={shlex.quote(value)}\n" for name, value in values.items())


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    limit: tuple[int, float] | None = None
    if args.rate_limit is not None:
        try:
            limit = (int(_REQUESTS(args.rate_limit[0])), _SECONDS(args.rate_limit[1]))
        except argparse.ArgumentTypeError as exc:
            parser.error(f"argument --rate-limit: {exc}")
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    sandbox = Sandbox(
        project_id=args.project_id,
        api_token=args.api_token,
        port=args.port,
        rate_limit=limit,
        pause_scale=args.pause_scale,
    )
    for index in range(int(args.calls)):
        sandbox.add_call(f"CA{index:032d}", status="in-progress")
    problem = _add_records(sandbox, args.record)
    if problem is not None:
        parser.error(problem)
    try:
        sandbox.start()
    except OSError as exc:  # the port is taken, say
        print(
            f"{PROG}: cannot serve on 127.0.0.1:{args.port}: {exc.strerror or exc}", file=sys.stderr
        )
        return 1
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
        if args.env:
            sys.stdout.write(exports(sandbox))
            sys.stdout.flush()
            discard_stdout()  # a shell reading it sees its end
        else:
            print(json.dumps(info), flush=True)
        while not stop.wait(0.5):
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
