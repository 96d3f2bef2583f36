"""The ``signalwire-compat`` command: one subcommand per operation of the spec, under its
resource's words (``calls recordings update CALL_SID RECORDING_SID --status paused``).

    signalwire-compat calls update CALL_SID [--status completed] [--url URL --method POST] [--json]
    signalwire-compat calls update --sids-from FILE|- | --where Status=in-progress \
        --status completed [--journal run.jsonl] [--rate 1380] [--concurrency 32]
    signalwire-compat calls create --to +15551230000 --from +15551239999 --url URL
    signalwire-compat calls fetch|delete CALL_SID
    signalwire-compat calls list [--status in-progress] [--page-size 50] [--limit N]
    signalwire-compat download URI --to FILE [--max-bytes N]

Subcommands and flags come from the generated resource tree: a resource
``available_phone_numbers`` is ``available-phone-numbers``, a field ``status_callback`` is
``--status-callback``; enums are choices, lists are repeated flags. Credentials and the
endpoint come from the same environment variables as the library, or from flags (a flag wins).
``--proxy``, ``--trust-env`` and ``--ca-bundle`` are the client's ``proxy=``, ``trust_env=`` and
``verify=``: without them, the environment's proxy variables are ignored.
Everything printed goes through ``_Printer``: credentials redacted, control characters escaped.
``list`` prints a table, one line per item (``--json``: one JSON object per line), whether the
list comes in pages or in one answer.
Exit status: 0 success, 1 API error, 2 usage error, 141 stdout closed early (``| head``), as a
command stopped by SIGPIPE. With many ids: 0 all applied (or skipped: applied in an earlier run
of the journal), 1 some failed, 3 some outcome unknown, 130 stopped by Ctrl-C.
``download URI --to FILE`` writes what a record's ``uri`` points at (a recording's audio, a
message's media file) to a file, with ``SignalWire.download``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import functools
import itertools
import json
import os
import shutil
import sys
from collections.abc import AsyncIterable, Callable, Iterable, Sequence
from typing import Any

from ._body import load_json
from ._bulk_cli import (
    EXIT_CLOSED_OUTPUT,
    add_bulk_flags,
    discard_stdout,
    drive,
    ids_from,
    listed_ids,
    value_type,
    where_filters,
)
from ._client import AsyncSignalWire, SignalWire
from ._config import (
    ENV_API_TOKEN,
    ENV_BASE_URL,
    ENV_PROJECT_ID,
    ENV_SPACE,
    ENV_SPACE_URL,
    resolve_credentials,
)
from ._errors import (
    APIStatusError,
    ConfigurationError,
    InvalidParameterError,
    SignalWireError,
)
from ._model import fields
from ._operation import Field, Operation
from ._proxy import Proxy, ssl_context
from ._resource import methods
from ._table import Table, cells, fit, shown
from ._text import printable, redact
from ._version import __version__

PROG = "signalwire-compat"
_FALLBACK_WIDTH = 120
"""The width of a table when stdout is not a terminal and ``COLUMNS`` is not set."""


class _Printer:
    """Where every line of the command goes: each credential redacted (as is, and as JSON or
    ``repr`` escapes it) and control characters escaped, whatever the server sent."""

    def __init__(self) -> None:
        self.secrets: tuple[str, ...] = ()

    def learn(self, secrets: Iterable[str]) -> None:
        """Redact ``secrets`` too from now on, in each of their forms."""
        forms = {*self.secrets, *(form for secret in secrets if secret for form in _forms(secret))}
        self.secrets = tuple(sorted(forms, key=len, reverse=True))

    def clean(self, text: str) -> str:
        """``text`` as it may be printed."""
        return redact(text, self.secrets)

    def out(self, line: str) -> None:
        print(self.clean(line))

    def err(self, line: str) -> None:
        print(self.clean(line), file=sys.stderr)

    def json(self, value: object) -> None:
        """``value`` as one line of JSON (non-ASCII escaped, so valid and safe to show)."""
        self.out(json.dumps(value))


def _forms(secret: str) -> tuple[str, ...]:
    """``secret`` as it is, and as this package's output may escape it (JSON, ``repr``)."""
    return (
        secret,
        json.dumps(secret)[1:-1],
        json.dumps(secret, ensure_ascii=False)[1:-1],
        repr(secret)[1:-1],
    )


def _count(text: str) -> int:
    """An argparse type: a whole number, 0 or more."""
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"{printable(text)!r} is not a whole number, 0 or more")
    return value


def command_words(chain: Sequence[str]) -> list[str]:
    """A resource's words on the command line: ``available_phone_numbers`` is
    ``available-phone-numbers``."""
    return [name.replace("_", "-") for name in chain]


def _resource_parser(
    parsers: dict[tuple[str, ...], Any], chain: tuple[str, ...]
) -> argparse._SubParsersAction[argparse.ArgumentParser]:
    """The subcommands under ``chain`` (its methods and child resources), made on first use."""
    if chain not in parsers:
        above = _resource_parser(parsers, chain[:-1])
        words = " ".join(command_words(chain))
        group = above.add_parser(command_words(chain)[-1], help=f"{words} operations")
        parsers[chain] = group.add_subparsers(
            dest=f"_{len(chain)}", required=True, metavar="ACTION"
        )
    return parsers[chain]  # type: ignore[no-any-return]


def _ids(operation: Operation) -> tuple[Field, ...]:
    """The path's ids, positional in URL order: after the account, where it starts with one."""
    return operation.path_params[1:] if operation.account else operation.path_params


def _account(args: argparse.Namespace, operation: Operation | None) -> dict[str, Any]:
    """``account_sid=`` for an operation under the account (``--account-sid``), else nothing."""
    return {"account_sid": args.account_sid} if operation and operation.account else {}


def _flag(name: str) -> str:
    """A field's flag: ``status_callback`` is ``--status-callback``, ``from_`` is ``--from``."""
    return "--" + name.rstrip("_").replace("_", "-")


def _metavar(name: str) -> str:
    """An id's positional argument, as usage shows it: ``call_sid`` is ``CALL_SID``."""
    return name.upper()


def _add_field(group: argparse._ArgumentGroup, field: Field) -> None:
    options: dict[str, Any] = {"dest": field.name, "help": f"{field.wire}"}
    if field.kind == "boolean":
        options["action"] = argparse.BooleanOptionalAction
    else:
        options["type"] = value_type(field)
        if field.choices:
            options["choices"] = field.choices
        if field.array:
            options["action"] = "append"
    group.add_argument(_flag(field.name), **options)


def _add_connection(command: argparse.ArgumentParser, operation: Operation | None) -> None:
    conn = command.add_argument_group("connection")
    conn.add_argument("--project-id", help=f"default: ${ENV_PROJECT_ID}")
    conn.add_argument("--api-token", help=f"default: ${ENV_API_TOKEN}")
    conn.add_argument("--space-url", help=f"default: ${ENV_SPACE_URL} or ${ENV_SPACE}")
    conn.add_argument(
        "--base-url", help=f"full API base URL, e.g. of a local sandbox (default: ${ENV_BASE_URL})"
    )
    if operation is not None and operation.account:
        conn.add_argument("--account-sid", help="default: the Project ID")
    conn.add_argument(
        "--proxy", metavar="URL", help="send every request through this http:// or https:// proxy"
    )
    conn.add_argument(
        "--trust-env",
        action="store_true",
        help="take the proxy from $HTTPS_PROXY, $HTTP_PROXY or $ALL_PROXY, except for $NO_PROXY",
    )
    conn.add_argument(
        "--ca-bundle", metavar="PATH", help="trust the certificates of this CA bundle (PEM)"
    )
    # --timeout is the request's own, unless the operation has a field of that name.
    fields = operation.field_names if operation is not None else frozenset()
    flag = "--request-timeout" if "timeout" in fields else "--timeout"
    conn.add_argument(flag, dest="request_timeout", type=float, help="seconds (default 30)")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the command, with a subcommand per generated operation."""
    parser = argparse.ArgumentParser(
        prog=PROG, description="Command-line client for the SignalWire Compatibility API."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parsers: dict[tuple[str, ...], Any] = {
        (): parser.add_subparsers(dest="_0", required=True, metavar="RESOURCE")
    }
    found = list(methods())
    listings = {m.chain: m.operation for m in found if m.verb == "list" and m.operation.items}
    for chain, verb, operation, many, _ in found:
        command = _resource_parser(parsers, chain).add_parser(
            verb, help=operation.name.replace("_", " ")
        )
        ids = _ids(operation)
        for index, param in enumerate(ids):
            last = index == len(ids) - 1
            command.add_argument(
                param.name, metavar=_metavar(param.name), nargs="?" if many and last else None
            )
        if many:
            add_bulk_flags(command, listings.get(chain))
        fields = command.add_argument_group("fields")
        for field in (*operation.query, *operation.body):
            _add_field(fields, field)
        if operation.items:
            command.add_argument("--limit", type=_count, help="stop after this many items")
        _add_connection(command, operation)
        command.add_argument(
            "--json",
            action="store_true",
            help="print the JSON received, on one line" + (" per item" if verb == "list" else ""),
        )
        command.set_defaults(
            operation=operation,
            command=command,
            chain=chain,
            verb=verb,
            many=many,
            listing=listings.get(chain),
        )
    _add_download(parsers[()])
    return parser


def _add_download(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = commands.add_parser(
        "download", help="write a recording's audio or a media file to a file"
    )
    command.add_argument(
        "uri", metavar="URI", help="a record's uri (its .json suffix is dropped) or a URL"
    )
    command.add_argument("--to", required=True, metavar="FILE", help="the file to write")
    command.add_argument("--max-bytes", type=_count, help="the largest body read (default: 10 MiB)")
    _add_connection(command, None)
    command.add_argument(
        "--json", action="store_true", help="print what was written as one line of JSON"
    )
    command.set_defaults(operation=None, command=command)


def summary(result: Any, clean: Callable[[str], str] = printable) -> str:  # noqa: ANN401
    """A few readable lines about a generated model (any): its sid (or id), then its other
    plain fields, a secret one as ``***``. ``clean`` makes a text safe to print (by default, control
    characters escaped); names are cleaned as values are."""
    from ._model import secret_names  # with the models, already loaded for the result

    data = result.to_dict()
    secret = secret_names(type(result))  # shown as *** (--json gives the body as sent)
    key = "id" if "sid" not in data and "id" in data else "sid"  # a model with an id, no sid
    rows = [
        (clean(name), "***" if name in secret else clean(shown(value)))
        for name, value in data.items()
        if name != key and value is not None and isinstance(value, str | int | float)
    ]
    width = max((cells(name) for name, _ in rows), default=0)
    lines = [f"{type(result).__name__} {clean(shown(data.get(key)))}"]
    lines += [f"  {fit(name, width)}  {value}" for name, value in rows]
    return "\n".join(lines)


def _table(
    pages: Iterable[Sequence[Any]], operation: Operation, limit: int | None, printer: _Printer
) -> None:
    """The items of ``pages`` (each page's) as a table, its columns sized on the first page."""
    if limit == 0:
        return
    table: Table | None = None
    width = shutil.get_terminal_size((_FALLBACK_WIDTH, 24)).columns
    left = limit
    for page in pages:  # fetched one by one: an early stop fetches no more
        items = list(page)[:left]
        if not items:
            continue
        if table is None:
            table = Table(type(items[0]), operation, items, printer.clean, width)
            printer.out(table.header())
        for item in items:
            printer.out(table.line(item))
        if left is not None:
            left -= len(items)
            if left == 0:
                return


_CREDENTIALS = (
    ("project_id", "--project-id", (ENV_PROJECT_ID,)),
    ("api_token", "--api-token", (ENV_API_TOKEN,)),
    ("space_url", "--space-url", (ENV_SPACE_URL, ENV_SPACE, ENV_BASE_URL)),
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
    printer = _Printer()
    try:
        status = _run(argv, printer)
        sys.stdout.flush()  # a closed stdout shows here, not at exit
    except BrokenPipeError:  # stdout was closed (`| head`): stop quietly, as other tools do
        discard_stdout()
        return EXIT_CLOSED_OUTPUT
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the promise: one line, never a traceback
        printer.err(f"{PROG}: unexpected error: {type(exc).__name__}: {exc}")
        return 1
    return status


def _given(args: argparse.Namespace, operation: Operation) -> dict[str, Any]:
    fields = (*operation.query, *operation.body)
    return {f.name: getattr(args, f.name) for f in fields if getattr(args, f.name) is not None}


def _run(argv: list[str] | None, printer: _Printer) -> int:
    parser = build_parser()
    args, unknown = parser.parse_known_args(argv)
    command: argparse.ArgumentParser = args.command
    operation: Operation | None = args.operation
    if unknown:
        command.error(f"unrecognized arguments: {printable(' '.join(unknown))}")
    missing = _missing_setting(args)
    if missing:
        command.error(missing)
    with contextlib.suppress(ConfigurationError):  # if unusable, the client says so below
        printer.learn(resolve_credentials(args.project_id, args.api_token).secrets())
    if operation is None:
        return _download(args, command, printer)
    ids = [getattr(args, p.name) for p in _ids(operation)]
    bulk = args.many and (args.sids_from is not None or getattr(args, "where", None))
    if args.many and bulk and ids[-1] is not None:
        command.error("give one id, or --sids-from / --where, not both")
    if args.many and not bulk and ids[-1] is None:
        command.error("give an id, or many with --sids-from or --where")
    if args.many and args.sids_from is not None and getattr(args, "where", None):
        command.error("give --sids-from or --where, not both")
    settings: dict[str, Any] = {
        "project_id": args.project_id,
        "api_token": args.api_token,
        "space_url": args.space_url,
        "base_url": args.base_url,
        **({"timeout": args.request_timeout} if args.request_timeout is not None else {}),
        "proxy": args.proxy,
        "trust_env": args.trust_env,
    }
    try:
        if args.proxy is not None:  # checked, and its credentials redacted, before anything
            printer.learn(Proxy(args.proxy, "--proxy").secrets)
        if args.ca_bundle is not None:
            settings["verify"] = ssl_context(args.ca_bundle, "--ca-bundle")
        params = _given(args, operation)
        if bulk:
            return asyncio.run(_run_many(args, settings, operation, params, printer))
        with SignalWire(**settings) as client:
            if client.proxy is not None:  # the environment's, with --trust-env
                printer.learn(client.proxy.secrets)
            resource = _resource(client, args.chain)
            if operation.items:
                pager = getattr(resource, args.verb)(*ids, **_account(args, operation), **params)
                if args.json:
                    for item in itertools.islice(pager, args.limit):
                        printer.json(item.to_dict())
                else:
                    pages = (getattr(page, operation.items) for page in pager.pages())
                    _table(pages, operation, args.limit, printer)
                return 0
            method = getattr(resource, f"{args.verb}_with_response")
            result = method(*ids, **_account(args, operation), **params)
    except SignalWireError as exc:
        return _failed(exc, command, printer)
    listed = _unpaged(result.parsed) if args.verb == "list" else None
    if listed is not None:  # a list in one answer, printed as a list in pages is
        if args.json:
            for item in listed:
                printer.json(item.to_dict())
        else:
            _table([listed], operation, None, printer)
    elif args.json:
        _print_json(result.content, printer)
    elif result.parsed is None:
        printer.out(f"{args.verb}: HTTP {result.status_code}")
    else:
        for line in summary(result.parsed, printer.clean).split("\n"):
            printer.out(line)
    return 0


def _failed(exc: SignalWireError, command: argparse.ArgumentParser, printer: _Printer) -> int:
    """Say why a command failed; its exit status: 2 for bad input, 1 for any other failure."""
    if isinstance(exc, ConfigurationError | InvalidParameterError):
        command.print_usage(sys.stderr)
        printer.err(f"{command.prog}: error: {exc}")
        return 2
    if isinstance(exc, APIStatusError):
        code = f" {exc.code}" if exc.code is not None else ""
        printer.err(f"{PROG}: SignalWire error{code} (HTTP {exc.status_code}): {exc.message}")
    else:
        printer.err(f"{PROG}: {type(exc).__name__}: {exc}")
    return 1


def _settings(args: argparse.Namespace, printer: _Printer) -> dict[str, Any]:
    """The client's settings from the connection flags (a proxy's credentials learnt)."""
    settings: dict[str, Any] = {
        "project_id": args.project_id,
        "api_token": args.api_token,
        "space_url": args.space_url,
        "base_url": args.base_url,
        **({"timeout": args.request_timeout} if args.request_timeout is not None else {}),
        "proxy": args.proxy,
        "trust_env": args.trust_env,
    }
    if args.proxy is not None:  # checked, and its credentials redacted, before anything
        printer.learn(Proxy(args.proxy, "--proxy").secrets)
    if args.ca_bundle is not None:
        settings["verify"] = ssl_context(args.ca_bundle, "--ca-bundle")
    return settings


def _download(args: argparse.Namespace, command: argparse.ArgumentParser, printer: _Printer) -> int:
    """``download URI --to FILE``: the content written, then one line about it."""
    try:
        with SignalWire(**_settings(args, printer)) as client:
            if client.proxy is not None:
                printer.learn(client.proxy.secrets)
            content = client.download(args.uri, to=args.to, max_bytes=args.max_bytes)
    except SignalWireError as exc:
        return _failed(exc, command, printer)
    shown = {"path": content.path, "content_type": content.content_type, "size": content.size}
    if args.json:
        printer.json(shown)
    else:
        printer.out(f"{content.path}: {content.size} bytes, {content.content_type}")
    return 0


def _unpaged(result: object) -> list[Any] | None:
    """The items of a list that comes in one answer, not in pages: those of the one field of
    the model ``result`` that holds a list of models; ``None`` if it has not one such field."""
    if result is None:
        return None
    holders = [field.name for field in fields(type(result)) if field.items is not None]
    return list(getattr(result, holders[0]) or []) if len(holders) == 1 else None


def _resource(client: object, chain: Sequence[str]) -> Any:  # noqa: ANN401 (a generated resource)
    """``client.calls.recordings`` for ``("calls", "recordings")``."""
    return functools.reduce(getattr, chain, client)


def _print_json(content: bytes, printer: _Printer) -> None:
    """A response body as one line of JSON (nothing for an empty body)."""
    if not content:
        return
    data, problem = load_json(content)
    if problem is None:
        printer.json(data)
    else:  # a body the operation does not describe: shown as text, on one line
        printer.out(content.decode("utf-8", "replace"))


async def _run_many(
    args: argparse.Namespace,
    settings: dict[str, Any],
    operation: Operation,
    params: dict[str, Any],
    printer: _Printer,
) -> int:
    """Bulk mode: the ids from a file, stdin or a List, through ``<verb>_many`` of the async
    client (one thread keeps up with the documented limit; a pool of threads does not)."""
    async with AsyncSignalWire(**settings) as client:
        if client.proxy is not None:  # the environment's, with --trust-env
            printer.learn(client.proxy.secrets)
        resource = _resource(client, args.chain)
        parents = [getattr(args, p.name) for p in _ids(operation)]
        parents = parents[:-1]  # fixed for the run; the last id is each one's
        total: int | None = None
        ids: Iterable[str] | AsyncIterable[str]
        if args.sids_from is not None:
            ids, total = ids_from(args.sids_from)
        else:
            filters = where_filters(args.listing, args.where)
            listed = resource.list(*parents, **_account(args, args.listing), **filters)
            own = _ids(operation)[-1].name
            ids = listed_ids(listed, own)
        run = getattr(resource, f"{args.verb}_many")(
            *parents,
            ids,
            **_account(args, operation),
            bulk={
                "rate": args.rate or None,
                "concurrency": args.concurrency,
                "journal": args.journal,
                "retry_unknown": args.retry_unknown,
            },
            **params,
        )
        return await drive(run, total, args.json)


if __name__ == "__main__":
    sys.exit(main())
