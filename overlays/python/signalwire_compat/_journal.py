"""The journal of a bulk run: an append-only JSON Lines file, so a run can be resumed.

Its first line names the operation and a digest of the request body, so that a journal is
never resumed with other fields; a journal written by either language's SDK resumes in the
other's. Then, for each id, a ``sending`` line is written (and flushed to
the operating system) before the request goes out, and one line with the outcome after:

    {"journal": 1, "operation": "update_a_call", "request": "3f2a…"}
    {"id": "CA1", "event": "sending"}
    {"id": "CA1", "event": "applied", "status": 200}
    {"id": "CA2", "event": "sending"}
    {"id": "CA2", "event": "failed", "status": 404, "code": 20404, "error": "NotFoundError: …"}

An answer that is not applied and is resent (a 429, say) is written as ``failed`` before the
id is sent again, so a run stopped or killed meanwhile leaves it to be sent by the next. An id
whose last line is ``sending`` (the process stopped while it was in flight) or ``unknown`` has
an unknown outcome. A torn last line (from a crash mid-write, or a full disk) is ignored, and
the next line appended starts on a line of its own. One run at a time uses a journal (see
``_lock``). The file holds ids and outcomes, never credentials or field values.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import threading
import weakref
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from ._errors import ConfigurationError
from ._lock import Lock, hold

FORMAT = 1
Prior = Literal["applied", "failed", "unknown"]
_PRIOR: dict[str, Prior] = {
    "sending": "unknown",
    "unknown": "unknown",
    "applied": "applied",
    "failed": "failed",
}


def request_digest(operation: str, body: bytes | None, parents: Sequence[str] = ()) -> str:
    """What the journal's header records of the request: a digest of the operation's name, the
    parent ids fixed for the run (``conference_sid`` of participants), and the form body sent
    for every id, not the values (the same in both languages' SDKs)."""
    target = operation + "".join(f" {parent}" for parent in parents)
    return hashlib.sha256(target.encode() + b"\n" + (body or b"")).hexdigest()[:32]


class Journal:
    """Opened for appending, by one run at a time; reads what an earlier run recorded first.
    Thread-safe."""

    def __init__(self, path: str | os.PathLike[str], operation: str, digest: str) -> None:
        self.path = Path(path)
        self.prior: dict[str, Prior] = {}
        header = {"journal": FORMAT, "operation": operation, "request": digest}
        try:
            if self.path.is_dir():
                raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR))
            lock = hold(self.path)
            try:
                self._fresh = True  # the file ends with a whole line (or is empty)
                if self.path.exists() and self.path.stat().st_size > 0:
                    self._read(header)
                flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_CLOEXEC", 0)
                self._fd = os.open(self.path, flags, 0o666)
            except BaseException:
                lock.release()
                raise
        except OSError as exc:
            raise self._error(exc) from None
        self._closer = weakref.finalize(self, _close, self._fd, lock)
        self._mutex = threading.Lock()
        try:
            if os.fstat(self._fd).st_size == 0:
                self._write(header)
        except BaseException:
            self._closer()
            raise

    def _error(self, exc: OSError) -> ConfigurationError:
        return ConfigurationError(f"journal {self.path}: {exc.strerror or exc}")

    def _read(self, header: dict[str, object]) -> None:
        with self.path.open("rb") as lines:
            line = next(lines, b"")
            first = _parse(line)
            if first is None or first.get("journal") != FORMAT:
                raise ConfigurationError(f"{self.path} is not a journal of this tool")
            if first != header:
                raise ConfigurationError(
                    f"{self.path} was written for another operation or other fields; "
                    "give a new journal, or the same fields to resume"
                )
            for line in lines:
                record = _parse(line)
                if record is None:
                    continue  # a torn line, written as the process died
                ident, event = record.get("id"), record.get("event")
                if isinstance(ident, str) and isinstance(event, str) and event in _PRIOR:
                    self.prior[ident] = _PRIOR[event]
        self._fresh = line.endswith(b"\n")

    def _write(self, record: dict[str, object]) -> None:
        """One line in one ``write``, on a line of its own: after a torn line (an earlier
        crash, or a write cut short here) it starts with a newline."""
        line = json.dumps(record, separators=(",", ":")) + "\n"
        data = line.encode() if self._fresh else b"\n" + line.encode()
        try:
            written = os.write(self._fd, data)
        except OSError as exc:
            self._fresh = False  # it may have written part of the line
            raise self._error(exc) from None
        if written < len(data):
            self._fresh = False
            raise self._error(OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)))
        self._fresh = True

    def record(self, ident: str, event: str, **details: object) -> None:
        """Append one event for ``ident`` (written through to the operating system)."""
        with self._mutex:
            if not self._closer.alive:
                raise ConfigurationError(f"journal {self.path}: closed")
            self._write({"id": ident, "event": event, **details})

    def close(self) -> None:
        """Flush to disk, close, and give the journal back for another run."""
        with self._mutex:
            if self._closer.alive:
                try:
                    os.fsync(self._fd)
                except OSError as exc:
                    raise self._error(exc) from None
                finally:
                    self._closer()


def _close(fd: int, lock: Lock) -> None:
    """Close the file and release the lock (at ``close()``, or when the journal is dropped)."""
    try:
        os.close(fd)
    finally:
        lock.release()


def _parse(line: bytes) -> dict[str, object] | None:
    try:
        value = json.loads(line.decode("utf-8", errors="replace"))
    except ValueError:
        return None
    return value if isinstance(value, dict) else None
