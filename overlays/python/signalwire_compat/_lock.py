"""One run at a time on a journal, whichever language's SDK runs it.

Beside the journal, the directory ``<journal>.lock`` holds one empty file per run that
claims it, named after that run's process::

    <host>.<boot>.<pid namespace>.<pid>.<start time>.<nonce>.claim

(the first three are digests, ``-`` where the system does not tell). A run creates its claim
(``O_EXCL``: it exists whole or not at all), then reads the others: if any other claim's
process is alive, or cannot be checked (another machine, another pid namespace), it takes its
own claim back and is refused. Of two runs, at least one sees the other's claim, so two never
both go on; two that start at the same instant may both be refused. A claim whose process has
ended (killed, or before a reboot; a zombie or a reused pid counts as ended) is removed by the
next run, so a crash never leaves the journal locked. The TypeScript SDK's ``lock.ts`` reads
and writes the same names.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import secrets
import socket
from pathlib import Path
from typing import NamedTuple

from ._errors import ConfigurationError

_PART = r"([0-9a-f]{12}|-)\."
_CLAIM = re.compile(rf"^{_PART}{_PART}{_PART}(\d+)\.(\d+|-)\.[0-9a-f]{{16}}\.claim$")
_TRIES = 100
"""Times to create the claim while another run removes the emptied directory under it."""


class _Owner(NamedTuple):
    host: str
    boot: str
    namespace: str
    pid: int
    start: str


def _digest(text: str | None) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:12] if text else "-"


def _read(path: str) -> str | None:
    try:
        with open(path, encoding="utf-8", errors="replace") as file:
            return file.read().strip()
    except OSError:
        return None


def _link(path: str) -> str | None:
    try:
        return os.readlink(path)
    except OSError:
        return None


def _stat(pid: int) -> list[str] | None:
    """The fields of ``/proc/<pid>/stat`` after the command name (state first)."""
    text = _read(f"/proc/{pid}/stat")
    return text.rpartition(")")[2].split() if text else None


def _me() -> _Owner:
    pid = os.getpid()
    fields = _stat(pid)
    return _Owner(
        _digest(socket.gethostname()),
        _digest(_read("/proc/sys/kernel/random/boot_id")),
        _digest(_link("/proc/self/ns/pid")),
        pid,
        fields[19] if fields and len(fields) > 19 else "-",
    )


def _owner(name: str) -> _Owner | None:
    found = _CLAIM.match(name)
    if found is None:
        return None
    host, boot, namespace, pid, start = found.groups()
    return _Owner(host, boot, namespace, int(pid), start)


def _alive(owner: _Owner, me: _Owner) -> bool:
    """Whether the run that made a claim may still be running (``True`` when in doubt)."""
    if owner.host != me.host:
        return True  # another machine: it cannot be checked from here
    if owner.boot != me.boot and "-" not in (owner.boot, me.boot):
        return False  # made before this machine last started
    if owner.namespace != me.namespace or os.name != "posix":
        return True
    try:
        os.kill(owner.pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # another user's process: it exists
    fields = _stat(owner.pid)
    if fields is None:
        return not os.path.isdir("/proc/self")  # gone, where /proc tells
    if fields[0] in ("Z", "X"):
        return False  # ended, not yet reaped
    return owner.start == "-" or len(fields) <= 19 or fields[19] == owner.start


def _error(journal: Path, problem: str) -> ConfigurationError:
    return ConfigurationError(f"journal {journal}: {problem}")


class Lock:
    """A claim on a journal; ``release()`` gives it back (once)."""

    def __init__(self, directory: str, name: str) -> None:
        self._directory = directory
        self._name = name
        self._held = True

    def release(self) -> None:
        if self._held:
            self._held = False
            _give_back(self._directory, self._name)


def _give_back(directory: str, name: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(os.path.join(directory, name))
    with contextlib.suppress(OSError):
        os.rmdir(directory)  # unless another run's claim is in it


def hold(journal: Path) -> Lock:
    """Claim ``journal`` for this run; ``ConfigurationError`` if another run uses it."""
    directory = os.path.realpath(journal) + ".lock"
    me = _me()
    name = f"{me.host}.{me.boot}.{me.namespace}.{me.pid}.{me.start}.{secrets.token_hex(8)}.claim"
    try:
        for _ in range(_TRIES):
            with contextlib.suppress(FileExistsError):
                os.mkdir(directory)
            try:
                os.close(os.open(os.path.join(directory, name), os.O_CREAT | os.O_EXCL, 0o644))
                break
            except FileNotFoundError:
                continue  # the directory was removed as it emptied: make it again
        else:
            raise _error(journal, f"cannot create a claim in {directory}")
        others = [n for n in os.listdir(directory) if n != name]
    except OSError as exc:
        raise _error(journal, f"cannot lock it: {exc.strerror or exc}") from None
    holders: list[_Owner] = []
    for other in others:
        owner = _owner(other)
        if owner is None:
            continue  # not a claim
        if _alive(owner, me):
            holders.append(owner)
        else:
            with contextlib.suppress(OSError):
                os.unlink(os.path.join(directory, other))
    if holders:
        _give_back(directory, name)
        where = "" if holders[0].host == me.host else " on another machine"
        raise _error(
            journal,
            f"in use by another run (process {holders[0].pid}{where}); wait for it to end, "
            f"or give another journal (if no run uses it, remove {directory})",
        )
    return Lock(directory, name)
