"""Bulk runs of the command against the sandbox: pace, 429s, duplicates, memory, resuming.

The sandbox runs in this process (a thread, on CPU 0), so its records say what was applied;
each run is the ``signalwire-compat`` command in a subprocess on CPU 1, as a user runs it.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from signalwire_compat.testing import Fault, Sandbox

CLIENT_CPU = 1
# Runs the command, then prints its peak RSS (KiB, VmHWM: since exec, unlike ru_maxrss,
# which counts the forking parent's pages) as the last line of stderr.
_MEASURED = (
    "import re, sys\n"
    "from signalwire_compat.cli import main\n"
    "status = main(sys.argv[1:])\n"
    "hwm = re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1)\n"
    "print(f'peak_rss_kib={hwm}', file=sys.stderr)\n"
    "sys.exit(status)\n"
)
_SUMMARY = re.compile(
    r"after (?P<seconds>[\d.]+)s: (?P<applied>\d+) applied, (?P<failed>\d+) failed, "
    r"(?P<unknown>\d+) unknown, (?P<skipped>\d+) skipped; (?P<requests>\d+) requests, "
    r"(?P<throttled>\d+) answered 429"
)


def _pin_client() -> None:
    if hasattr(os, "sched_setaffinity") and (os.cpu_count() or 1) >= 2:
        os.sched_setaffinity(0, {CLIENT_CPU})


class _Rehearsal:
    """A sandbox with ``calls`` live calls (CA000…0 on) and a file of their sids."""

    def __init__(self, calls: int, rate_limit: tuple[int, float] | None, tmp: Path) -> None:
        self.sandbox = Sandbox(rate_limit=rate_limit)
        self.sids = [f"CA{i:032d}" for i in range(calls)]
        for sid in self.sids:
            self.sandbox.add_call(sid, status="in-progress")
        self.ids = tmp / f"ids-{calls}.txt"
        self.ids.write_text("\n".join(self.sids) + "\n")
        self.journal = tmp / f"journal-{calls}.jsonl"

    def __enter__(self) -> _Rehearsal:
        self.sandbox.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.sandbox.stop()

    def command(self, *flags: str) -> list[str]:
        return [
            sys.executable, "-c", _MEASURED, "calls", "update", "--sids-from", str(self.ids),
            "--status", "completed", "--base-url", self.sandbox.base_url, *flags,
        ]  # fmt: skip

    def start(self, *flags: str) -> subprocess.Popen[str]:
        env = {**os.environ, **self.sandbox.env()}
        return subprocess.Popen(
            self.command(*flags),
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            preexec_fn=_pin_client,
        )

    def run(self, *flags: str) -> dict[str, Any]:
        started = time.perf_counter()
        process = self.start(*flags)
        _, stderr = process.communicate(timeout=1800)
        wall = time.perf_counter() - started
        found = _SUMMARY.search(stderr)
        if found is None:
            raise RuntimeError(f"no summary from the command: {stderr[-2000:]}")
        figures: dict[str, Any] = {k: float(v) for k, v in found.groupdict().items()}
        figures["exit_status"] = process.returncode
        figures["wall_s_with_startup"] = round(wall, 3)
        rss = re.search(r"peak_rss_kib=(\d+)", stderr)
        figures["peak_rss_mb"] = round(int(rss.group(1)) / 1024, 1) if rss else None
        return figures

    def updates(self) -> Counter[str]:
        return Counter(update.call_sid for update in self.sandbox.applied)


def _paced(calls: int, limit: tuple[int, float], rate: float | None, tmp: Path) -> dict[str, Any]:
    with _Rehearsal(calls, limit, tmp) as rehearsal:
        figures = rehearsal.run("--rate", str(rate or 0))
        updates = rehearsal.updates()
    floor = calls / (limit[0] / limit[1])
    return {
        "calls": calls,
        "rate_limit": list(limit),
        "rate": rate,
        "seconds": figures["seconds"],
        "wall_over_floor": round(figures["seconds"] / floor, 3),
        "requests": int(figures["requests"]),
        "share_429": round(figures["throttled"] / max(1.0, figures["requests"]), 4),
        "updated_twice": sum(1 for n in updates.values() if n > 1),
        "not_updated": calls - len(updates),
        "exit_status": figures["exit_status"],
    }


def _throughput_and_memory(calls: int, tmp: Path) -> dict[str, Any]:
    """An unlimited sandbox: updates per second, per sandbox CPU-second, and client peak RSS."""
    with _Rehearsal(calls, None, tmp) as rehearsal:
        cpu_before = time.process_time()  # this process is the sandbox
        figures = rehearsal.run(
            "--rate", "0", "--concurrency", "64", "--journal", str(rehearsal.journal)
        )
        sandbox_cpu = time.process_time() - cpu_before
        updates = rehearsal.updates()
        problems = len(rehearsal.sandbox.response_problems)
        invalid = sum(1 for r in rehearsal.sandbox.requests if r.valid is False)
    return {
        "calls": calls,
        "seconds": figures["seconds"],
        "validated_updates_per_s": round(len(updates) / figures["seconds"]),
        "validated_updates_per_sandbox_cpu_s": round(len(updates) / max(1e-9, sandbox_cpu)),
        "client_peak_rss_mb": figures["peak_rss_mb"],
        "requests_refused_as_invalid": invalid,
        "sandbox_responses_off_spec": problems,
        "updated_twice": sum(1 for n in updates.values() if n > 1),
        "not_updated": calls - len(updates),
    }


def _kill_and_resume(calls: int, limit: tuple[int, float], tmp: Path) -> dict[str, Any]:
    with _Rehearsal(calls, limit, tmp) as rehearsal:
        flags = ("--rate", str(limit[0] / limit[1]), "--journal", str(rehearsal.journal))
        # Each update applied at once and answered 50 ms later, as over a network: at the
        # kill, some are in flight.
        rehearsal.sandbox.inject_random(1.0, [Fault.delay(0.05)], seed=1)
        process = rehearsal.start(*flags)
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline and len(rehearsal.sandbox.requests) < calls // 2:
            time.sleep(0.01)
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=60)
        rehearsal.sandbox.clear_faults()
        last: dict[str, str] = {}
        for line in rehearsal.journal.read_text().splitlines()[1:]:
            try:
                record = json.loads(line)
            except ValueError:
                continue  # torn by the kill
            last[record["id"]] = record["event"]
        in_flight = sum(1 for event in last.values() if event == "sending")
        resumed = rehearsal.run(*flags)
        after_resume = rehearsal.updates()
        retried = rehearsal.run(*flags, "--retry-unknown")
        after_retry = rehearsal.updates()
    return {
        "calls": calls,
        "sent_before_kill": len(last),
        "in_flight_at_kill": in_flight,
        "resume_reported_unknown": int(resumed["unknown"]),
        "resume_skipped": int(resumed["skipped"]),
        "resume_exit_status": resumed["exit_status"],
        "updated_twice_after_resume": sum(1 for n in after_resume.values() if n > 1),
        "not_updated_after_resume": calls - len(after_resume),
        "retry_unknown_applied": int(retried["applied"]),
        "updated_twice_after_retry_unknown": sum(1 for n in after_retry.values() if n > 1),
        "not_updated_after_retry_unknown": calls - len(after_retry),
    }


def bulk_figures(quick: bool) -> dict[str, Any]:
    """Every bulk figure of ``make bench``, from one run."""
    if hasattr(os, "sched_setaffinity") and (os.cpu_count() or 1) >= 2:
        os.sched_setaffinity(0, {0})  # the sandbox's core
    small, large, memory = (300, 600, (100, 1000)) if quick else (3000, 20000, (1000, 100_000))
    with tempfile.TemporaryDirectory() as directory:
        tmp = Path(directory)
        results = {
            "paced_at_limit": _paced(small, (300, 1.0), 300.0, tmp),
            "paced_at_limit_large": _paced(large, (1380, 1.0), 1380.0, tmp),
            "limit_found_from_429s": _paced(small, (300, 1.0), None, tmp),
            "unlimited_small": _throughput_and_memory(memory[0], tmp),
            "unlimited_large": _throughput_and_memory(memory[1], tmp),
            "kill_9_and_resume": _kill_and_resume(small, (300, 1.0), tmp),
        }
    return results
