"""The command's bulk mode: ``calls update --sids-from FILE`` or ``--where FIELD=VALUE``.

A thin layer over ``update_many``: where the ids come from, progress on stderr (a live bar
on a terminal with ``rich`` installed, else a status line every few seconds), the summary,
Ctrl-C, and an exit status that tells the outcomes apart.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import signal
import stat
import sys
import threading
import time
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable, Iterator
from typing import IO, Any

from ._bulk import BOM, DEFAULT_CONCURRENCY, AsyncBulkRun, BulkResult, BulkSummary
from ._errors import InvalidParameterError, SignalWireError
from ._operation import Field, Operation
from ._text import printable

DOCUMENTED_RATE = 1380.0
"""SignalWire's documented limit for POST, PUT and PATCH requests: 13,800 per 10 seconds."""
STATUS_EVERY = 5.0
LISTED = 20
SHOWN = 80
"""Characters of an id (or an error code) the summary shows; a longer one is cut, with its
length."""

EXIT_APPLIED = 0
EXIT_FAILED = 1
EXIT_UNKNOWN = 3
EXIT_INTERRUPTED = 130
EXIT_CLOSED_OUTPUT = 128 + 13  # stdout closed early (`| head`), as a command stopped by SIGPIPE


def add_bulk_flags(command: argparse.ArgumentParser, listing: Operation | None) -> None:
    """The flags of bulk mode, for an operation that has a ``<verb>_many``."""
    group = command.add_argument_group("many ids (instead of one)")
    group.add_argument(
        "--sids-from", metavar="PATH", help="a file of ids, one a line ('-': standard input)"
    )
    if listing is not None:
        names = ", ".join(f.wire for f in listing.query)
        group.add_argument(
            "--where",
            action="append",
            metavar="FIELD=VALUE",
            help=f"the ids that List gives with these fields ({names})",
        )
    group.add_argument("--journal", metavar="PATH", help="record outcomes here; rerun to resume")
    group.add_argument(
        "--retry-unknown",
        action="store_true",
        help="resend ids whose outcome the journal leaves unknown",
    )
    group.add_argument(
        "--rate",
        type=float,
        default=DOCUMENTED_RATE,
        help=f"requests a second at most (default {DOCUMENTED_RATE:g}, the documented limit; "
        "0: find it from 429s)",
    )
    group.add_argument(
        "--concurrency",
        type=int,
        default=DEFAULT_CONCURRENCY,
        help=f"requests in flight at most (default {DEFAULT_CONCURRENCY})",
    )


def value_type(field: Field) -> Callable[[str], object]:
    """How a flag's text becomes the field's value."""
    types: dict[str, Callable[[str], object]] = {"integer": int, "number": float}
    types["boolean"] = _boolean
    return types.get(field.kind, str)


def _boolean(text: str) -> bool:
    """``true`` or ``false`` (any case), as the service writes them."""
    if text.lower() not in ("true", "false"):
        raise ValueError(text)
    return text.lower() == "true"


def where_filters(listing: Operation, given: list[str]) -> dict[str, object]:
    """``--where Status=in-progress`` as List's keyword arguments (wire or Python names;
    ``PageSize=1000`` reads bigger pages)."""
    fields = {f.wire: f for f in listing.query} | {f.name: f for f in listing.query}
    filters: dict[str, object] = {}
    for item in given:
        name, sep, value = item.partition("=")
        field = fields.get(name) if sep else None
        if field is None:
            known = ", ".join(f.wire for f in listing.query)
            raise InvalidParameterError(
                "--where", f"{item!r} is not FIELD=VALUE with FIELD one of {known}"
            )
        try:
            filters[field.name] = value_type(field)(value)
        except ValueError:
            kind = "true or false" if field.kind == "boolean" else "a number"
            problem = f"{item!r}: {field.wire} takes {kind}"
            raise InvalidParameterError("--where", problem) from None
    return filters


def ids_from(path: str) -> tuple[Iterator[str], int | None]:
    """The ids of a file, a FIFO or ``<(...)`` (or of stdin for ``-``), streamed; and how many,
    for a regular file (counted, then read again from its start: the only kind that can be).
    A leading BOM is dropped."""
    if path == "-":
        return _lines(sys.stdin), None
    try:
        if stat.S_ISDIR(os.stat(path).st_mode):
            raise IsADirectoryError(path)
        source = open(path, encoding="utf-8-sig", errors="replace")  # noqa: SIM115
    except OSError:
        raise InvalidParameterError("--sids-from", f"{path!r} is not a readable file") from None
    total: int | None = None
    if stat.S_ISREG(os.fstat(source.fileno()).st_mode):
        total = sum(1 for _ in _lines(source))
        source.seek(0)
    return _lines_of(source), total


def _lines_of(source: IO[str]) -> Iterator[str]:
    with source:
        yield from _lines(source)


def _lines(lines: Iterable[str]) -> Iterator[str]:
    for number, line in enumerate(lines):
        ident = (line.removeprefix(BOM) if number == 0 else line).strip()
        if ident and not ident.startswith("#"):
            yield ident


async def listed_ids(items: AsyncIterable[Any], name: str = "sid") -> AsyncIterator[str]:
    """The id of each listed item, as the pages are read: its field ``name`` (``call_sid``,
    which names a conference's participant), else its ``sid``."""
    async for item in items:
        value = getattr(item, name, None)
        yield value if isinstance(value, str) and value else item.sid


class Progress:
    """Progress on stderr while a run goes: a live bar on a terminal (with ``rich``), else
    a status line every ``STATUS_EVERY`` seconds."""

    def __init__(self, summary: BulkSummary, total: int | None, stream: IO[str]) -> None:
        self._summary = summary
        self._total = total
        self._stream = stream
        self._stop = threading.Event()
        self._bar: Any = None
        if stream.isatty():
            try:
                from rich.console import Console
                from rich.progress import (
                    BarColumn,
                    MofNCompleteColumn,
                    TextColumn,
                    TimeRemainingColumn,
                )
                from rich.progress import (
                    Progress as RichProgress,
                )
            except ImportError:
                pass
            else:
                self._bar = RichProgress(
                    TextColumn("{task.description}"),
                    BarColumn(),
                    MofNCompleteColumn(),
                    TextColumn("{task.fields[counts]}"),
                    TimeRemainingColumn(),
                    console=Console(file=stream),
                    transient=False,
                )
                self._task = self._bar.add_task("ids", total=total, counts="")
        self._thread = threading.Thread(target=self._tick, daemon=True, name="progress")

    def __enter__(self) -> Progress:
        if self._bar is not None:
            self._bar.start()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        if self._bar is not None:
            self._refresh_bar()
            self._bar.stop()

    def _tick(self) -> None:
        every = 0.25 if self._bar is not None else STATUS_EVERY
        while not self._stop.wait(every):
            if self._bar is not None:
                self._refresh_bar()
            else:
                print(
                    f"signalwire-compat: {status_line(self._summary, self._total)}",
                    file=self._stream,
                    flush=True,
                )

    def _refresh_bar(self) -> None:
        summary = self._summary
        shown = f"{counts(summary)}, {request_rate(summary):.0f} req/s"
        self._bar.update(self._task, completed=summary.done, counts=shown)


def counts(summary: BulkSummary) -> str:
    return (
        f"{summary.applied} applied, {summary.failed} failed, {summary.unknown} unknown, "
        f"{summary.skipped} skipped"
    )


def request_rate(summary: BulkSummary) -> float:
    """Requests a second since the run started."""
    return summary.requests / max(1e-9, time.monotonic() - summary.started)


def status_line(summary: BulkSummary, total: int | None) -> str:
    """``1200/3000 done (1190 applied, ...), 300 req/s, about 6s left``."""
    elapsed = max(1e-9, time.monotonic() - summary.started)
    done = summary.done
    line = f"{done}{f'/{total}' if total else ''} done ({counts(summary)}), "
    line += f"{request_rate(summary):.0f} req/s"
    if total and done and done < total:
        line += f", about {(total - done) * elapsed / done:.0f}s left"
    return line


def shown(text: str) -> str:
    """``text`` as the summary shows it: printable, and cut to ``SHOWN`` characters."""
    if len(text) <= SHOWN:
        return printable(text)
    return f"{printable(text[:SHOWN])}… ({len(text)} characters)"


def report(
    summary: BulkSummary,
    failed: list[BulkResult[Any]],
    unknown: list[BulkResult[Any]],
    stream: IO[str],
) -> None:
    """The closing summary: counts, failures by error code, and the first ids of each."""
    elapsed = time.monotonic() - summary.started
    print(
        f"signalwire-compat: {'stopped' if summary.interrupted else 'finished'} after "
        f"{elapsed:.2f}s: {counts(summary)}; {summary.requests} requests, "
        f"{summary.throttled} answered 429",
        file=stream,
    )
    for code, number in summary.failures.most_common():
        print(f"  failed with {shown(code)}: {number}", file=stream)
    for label, results, number in (
        ("failed", failed, summary.failed),
        ("unknown", unknown, summary.unknown),
    ):
        if results:
            listed = ", ".join(shown(r.id) for r in results[:LISTED])
            more = f" and {number - LISTED} more" if number > LISTED else ""
            print(f"  {label}: {listed}{more}", file=stream)
    if unknown:
        print(
            "  an unknown outcome may have been applied: check those calls, or rerun with "
            "--retry-unknown to send them again",
            file=stream,
        )


def exit_status(summary: BulkSummary) -> int:
    """130 if stopped by Ctrl-C, else 3 if any outcome is unknown, 1 if any failed, 0."""
    if summary.interrupted:
        return EXIT_INTERRUPTED
    if summary.unknown:
        return EXIT_UNKNOWN
    return EXIT_FAILED if summary.failed else EXIT_APPLIED


async def drive(run: AsyncBulkRun[Any], total: int | None, as_json: bool) -> int:
    """Run ``run`` to its end with progress and the summary; the first Ctrl-C stops it
    gracefully (what is in flight is answered and journaled), a second one at once."""
    failed: list[BulkResult[Any]] = []
    unknown: list[BulkResult[Any]] = []
    loop = asyncio.get_running_loop()

    def on_interrupt() -> None:
        if run.summary.interrupted:  # the second Ctrl-C: the journal is already on disk
            print(
                "signalwire-compat: stopped at once; the requests in flight are left unknown "
                "in the journal",
                file=sys.stderr,
            )
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(EXIT_INTERRUPTED)
        print("signalwire-compat: stopping; waiting for the requests in flight", file=sys.stderr)
        run.stop()

    loop.add_signal_handler(signal.SIGINT, on_interrupt)
    broken: SignalWireError | None = None
    closed = False
    try:
        with Progress(run.summary, total, sys.stderr):
            async for result in run:
                if result.outcome == "failed" and len(failed) < LISTED:
                    failed.append(result)
                elif result.outcome == "unknown" and len(unknown) < LISTED:
                    unknown.append(result)
                if as_json and not closed:
                    try:
                        print(json.dumps(_as_json(result)), flush=True)
                    except BrokenPipeError:  # `| head`: stop as on Ctrl-C, nothing left unknown
                        closed = True
                        discard_stdout()
                        run.stop()
    except SignalWireError as error:  # the journal could not be written (a full disk): stopped
        broken = error
    finally:
        loop.remove_signal_handler(signal.SIGINT)
        sys.stdout.flush()
    report(run.summary, failed, unknown, sys.stderr)
    if broken is not None:
        print(f"signalwire-compat: stopped: {printable(str(broken))}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_CLOSED_OUTPUT if closed else exit_status(run.summary)


def discard_stdout() -> None:
    """Point stdout at the null device, so that what is left to flush cannot fail."""
    with contextlib.suppress(OSError, ValueError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)


def _as_json(result: BulkResult[Any]) -> dict[str, object]:
    line: dict[str, object] = {"id": result.id, "outcome": result.outcome}
    if result.error is not None:
        line["error"] = f"{type(result.error).__name__}: {result.error}"
        code = getattr(result.error, "code", None)
        if code is not None:
            line["code"] = code
    return line
