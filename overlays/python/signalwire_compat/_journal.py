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

An id whose last line is ``sending`` (the process stopped while it was in flight) or
``unknown`` has an unknown outcome. A torn last line, from a crash mid-write, is ignored.
The file holds ids and outcomes, never credentials or field values.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from pathlib import Path
from typing import IO, Literal

from ._errors import ConfigurationError

FORMAT = 1
Prior = Literal["applied", "failed", "unknown"]
_PRIOR: dict[str, Prior] = {
    "sending": "unknown",
    "unknown": "unknown",
    "applied": "applied",
    "failed": "failed",
}


def request_digest(operation: str, body: bytes | None) -> str:
    """What the journal's header records of the request: a digest of the operation's name and
    the form body sent for every id, not the values (the same in both languages' SDKs)."""
    return hashlib.sha256(operation.encode() + b"\n" + (body or b"")).hexdigest()[:32]


class Journal:
    """Opened for appending; reads what an earlier run recorded first. Thread-safe."""

    def __init__(self, path: str | os.PathLike[str], operation: str, digest: str) -> None:
        self.path = Path(path)
        self.prior: dict[str, Prior] = {}
        header = {"journal": FORMAT, "operation": operation, "request": digest}
        try:
            if self.path.exists() and self.path.stat().st_size > 0:
                self._read(header)
            self._file: IO[str] = self.path.open("a", encoding="utf-8", buffering=1)
            if self.path.stat().st_size == 0:
                self._write(header)
        except OSError as exc:
            raise ConfigurationError(f"journal {self.path}: {exc.strerror or exc}") from None
        self._lock = threading.Lock()

    def _read(self, header: dict[str, object]) -> None:
        with self.path.open(encoding="utf-8", errors="replace") as lines:
            first = _parse(next(lines, ""))
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

    def _write(self, record: dict[str, object]) -> None:
        self._file.write(json.dumps(record, separators=(",", ":")) + "\n")

    def record(self, ident: str, event: str, **details: object) -> None:
        """Append one event for ``ident`` (written through to the operating system)."""
        with self._lock:
            self._write({"id": ident, "event": event, **details})

    def close(self) -> None:
        """Flush to disk and close."""
        with self._lock:
            if not self._file.closed:
                self._file.flush()
                os.fsync(self._file.fileno())
                self._file.close()


def _parse(line: str) -> dict[str, object] | None:
    try:
        value = json.loads(line)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None
