"""The ``signalwire-compat`` command.

    signalwire-compat calls update CALL_SID [--status completed] [--url URL --method POST] [--json]

Credentials come from the same environment variables as the library, or from flags.
Exit status: 0 success, 1 API error, 2 usage error.
"""

from __future__ import annotations

import argparse
import os
import sys
from enum import Enum

from signalwire_compat_client.models.call import Call
from signalwire_compat_client.models.call_status import CallStatus
from signalwire_compat_client.models.http_method import HttpMethod

from ._client import SignalWire
from ._config import ENV_API_TOKEN, ENV_PROJECT_ID, ENV_SPACE, ENV_SPACE_URL, printable
from ._errors import APIStatusError, ConfigurationError, InvalidParameterError, SignalWireError
from ._form import CallUpdate
from ._version import __version__

PROG = "signalwire-compat"
_FIELDS = (
    "url",
    "method",
    "status",
    "fallback_url",
    "fallback_method",
    "status_callback",
    "status_callback_method",
)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the command; ``parser.update`` is the ``calls update`` one."""
    parser = argparse.ArgumentParser(
        prog=PROG, description="Command-line client for the SignalWire Compatibility API."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    resources = parser.add_subparsers(dest="resource", required=True, metavar="RESOURCE")
    calls = resources.add_parser("calls", help="live calls")
    actions = calls.add_subparsers(dest="action", required=True, metavar="ACTION")
    update = actions.add_parser(
        "update",
        help="redirect or end a live call",
        description="Redirect a live call to new LaML (--url) or end it (--status).",
    )
    update.add_argument("call_sid", metavar="CALL_SID")
    methods = [m.value for m in HttpMethod]
    change = update.add_argument_group("changes (at least one)")
    change.add_argument(
        "--status",
        choices=[s.value for s in CallStatus],
        help="completed ends an in-progress call; canceled a queued or ringing one",
    )
    change.add_argument("--url", help="URL of the new LaML instructions")
    change.add_argument("--method", choices=methods, help="how to request --url (default POST)")
    change.add_argument("--fallback-url", help="URL to request if fetching --url fails")
    change.add_argument("--fallback-method", choices=methods)
    change.add_argument("--status-callback", help="URL for status webhooks")
    change.add_argument("--status-callback-method", choices=methods)
    conn = update.add_argument_group("connection")
    conn.add_argument("--project-id", help=f"default: ${ENV_PROJECT_ID}")
    conn.add_argument("--api-token", help=f"default: ${ENV_API_TOKEN}")
    conn.add_argument("--space-url", help=f"default: ${ENV_SPACE_URL} or ${ENV_SPACE}")
    conn.add_argument("--base-url", help="full API base URL, e.g. of a local sandbox")
    conn.add_argument("--account-sid", help="default: the Project ID")
    conn.add_argument("--timeout", type=float, help="seconds (default 30)")
    update.add_argument("--json", action="store_true", help="print the call's JSON as received")
    parser.set_defaults(update_parser=update)
    return parser


def _show(value: object) -> str:
    if isinstance(value, Enum):
        return printable(str(value.value))
    if value is None or not isinstance(value, str | int | float):
        return "-"
    return printable(str(value))


def summary(call: Call) -> str:
    """A few readable lines about ``call``."""
    to = _show(call.to)
    if isinstance(call.formatted_to, str) and call.formatted_to != call.to:
        to += f"  ({call.formatted_to})"
    duration = f"{call.duration} s" if isinstance(call.duration, int) else "-"
    price = f"{_show(call.price)} {_show(call.price_unit)}" if call.price is not None else "-"
    rows = [
        ("status", _show(call.status)),
        ("direction", _show(call.direction)),
        ("from", _show(call.from_)),
        ("to", to),
        ("started", _show(call.start_time)),
        ("ended", _show(call.end_time)),
        ("duration", duration),
        ("price", price if isinstance(call.price, int | float | str) else "-"),
        ("updated", _show(call.date_updated)),
    ]
    lines = [f"Call {_show(call.sid)}"] + [f"  {name:<10} {value}" for name, value in rows]
    return "\n".join(lines)


def _fields(args: argparse.Namespace) -> CallUpdate:
    fields: CallUpdate = {}
    for name in _FIELDS:
        value = getattr(args, name)
        if value is not None:
            fields[name] = value  # type: ignore[literal-required]
    return fields


_CREDENTIALS = (
    ("project_id", "--project-id", (ENV_PROJECT_ID,)),
    ("api_token", "--api-token", (ENV_API_TOKEN,)),
    ("space_url", "--space-url", (ENV_SPACE_URL, ENV_SPACE)),
)


def _missing_setting(args: argparse.Namespace) -> str | None:
    """The first setting given neither as a flag nor in the environment, named as a flag."""
    for name, flag, variables in _CREDENTIALS:
        if name == "space_url" and args.base_url is not None:
            continue
        if getattr(args, name) is None and not any(os.environ.get(v) for v in variables):
            return f"{flag} is missing: pass {flag} or set {' or '.join(variables)}"
    return None


def main(argv: list[str] | None = None) -> int:
    """Run the command; returns the exit status."""
    try:
        return _run(argv)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the promise: one line, never a traceback
        print(
            f"{PROG}: unexpected error: {type(exc).__name__}: {printable(str(exc))}",
            file=sys.stderr,
        )
        return 1


def _run(argv: list[str] | None) -> int:
    parser = build_parser()
    args, unknown = parser.parse_known_args(argv)
    update: argparse.ArgumentParser = args.update_parser
    if unknown:
        update.error(f"unrecognized arguments: {printable(' '.join(unknown))}")
    missing = _missing_setting(args)
    if missing:
        update.error(missing)
    try:
        with SignalWire(
            project_id=args.project_id,
            api_token=args.api_token,
            space_url=args.space_url,
            base_url=args.base_url,
            **({"timeout": args.timeout} if args.timeout is not None else {}),
        ) as client:
            result = client.calls.update_with_response(
                args.call_sid, account_sid=args.account_sid, **_fields(args)
            )
    except (ConfigurationError, InvalidParameterError) as exc:
        update.print_usage(sys.stderr)
        print(f"{PROG} calls update: error: {printable(str(exc))}", file=sys.stderr)
        return 2
    except APIStatusError as exc:
        code = f" {exc.code}" if exc.code is not None else ""
        print(
            f"{PROG}: SignalWire error{code} (HTTP {exc.status_code}): {exc.message}",
            file=sys.stderr,
        )
        return 1
    except SignalWireError as exc:
        print(f"{PROG}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(result.content.decode("utf-8", "replace"))
    else:
        print(summary(result.parsed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
