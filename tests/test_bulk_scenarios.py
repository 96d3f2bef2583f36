"""Bulk runs stopped, killed, refused, torn and doubled, in both languages (the command for
Python, ``bulk-run.ts`` for TypeScript), each in its own process, against the sandbox, which
records every update applied. In every scenario no id is applied twice, and no id whose refusal
(a 429) a run took in is left unknown; each scenario counts into the reliability line. A run is
stopped or killed once its journal, or the sandbox, shows it at the point wanted: nothing waits
on a clock."""

from __future__ import annotations

import json
import os
import re
import resource
import select
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import pytest

from signalwire_compat.testing import Fault, Sandbox

from ._bulk import events, live, refused, updated
from ._tally import TALLY
from .conftest import ROOT

TS = ROOT / "overlays" / "typescript"
DRIVER = TS / "dist" / "overlays" / "typescript" / "test" / "bulk-run.js"
LANGUAGES = ("python", "typescript")
XML = "https://example.com/maintenance.xml"
MINUTE = 60.0
COUNTS = re.compile(r"(\d+) applied, (\d+) failed, (\d+) unknown, (\d+) skipped")


@pytest.fixture(scope="module")
def compiled() -> None:
    """The TypeScript SDK and its driver, compiled as ``npm test`` compiles them."""
    if not (TS / "node_modules").is_dir():
        pytest.fail("the TypeScript packages are not installed: make test installs them")
    subprocess.run(
        ["npx", "tsc", "-p", "tsconfig.json"], cwd=TS, check=True, capture_output=True, timeout=600
    )


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as running:
        yield running


def last_events(journal: Path) -> dict[str, dict[str, Any]]:
    return {e["id"]: e for e in events(journal)}


def paused(journal: Path) -> bool:
    """Every request sent was refused and the refusal written down: the run is in its
    ``Retry-After`` pause."""
    seen = Counter(e["event"] for e in events(journal))
    return 0 < seen["failed"] == seen["sending"]


@dataclass
class Finished:
    status: int
    counts: tuple[int, int, int, int]  # applied, failed, unknown, skipped
    output: str


class Run:
    """One bulk run (``update`` with ``--url``) in its own process."""

    def __init__(
        self,
        language: str,
        sandbox: Sandbox,
        ids: list[str],
        journal: Path,
        *,
        concurrency: int = 4,
        rate: float = 0,
        file_limit: int | None = None,
    ) -> None:
        self.sandbox = sandbox
        self.language = language
        source = journal.with_name(f"ids-{len(list(journal.parent.iterdir()))}.txt")
        source.write_text("\n".join(ids) + "\n")
        env = {k: v for k, v in os.environ.items() if not k.startswith("SIGNALWIRE_")}
        if language == "python":
            argv = [sys.executable, "-m", "signalwire_compat", "calls", "update",
                    "--sids-from", str(source), "--url", XML, "--journal", str(journal),
                    "--concurrency", str(concurrency), "--rate", str(rate), "--json",
                    "--base-url", sandbox.base_url]  # fmt: skip
        else:
            bulk = {"journal": str(journal), "concurrency": concurrency, "rate": rate or None}
            setting = {"baseUrl": sandbox.base_url, "ids": str(source), "fields": {"url": XML},
                       "bulk": bulk}  # fmt: skip
            argv = ["node", str(DRIVER), json.dumps(setting)]

        def limit() -> None:  # the journal's disk is full past this size
            if file_limit is not None:
                resource.setrlimit(resource.RLIMIT_FSIZE, (file_limit, file_limit))

        self.process = subprocess.Popen(
            argv, env={**env, **sandbox.env()}, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True, preexec_fn=limit,
        )  # fmt: skip

    def until(self, condition: Callable[[], bool], what: str) -> None:
        """Until ``condition()`` holds (a minute at most, and not past the run's end)."""
        deadline = time.monotonic() + MINUTE
        while not condition():
            if self.process.poll() is not None:
                raise AssertionError(f"the run ended before {what}: {self.finish().output}")
            assert time.monotonic() < deadline, f"the run did not get to {what}"
            time.sleep(0.02)

    def kill(self) -> None:
        self.process.kill()
        self.process.communicate(timeout=MINUTE)

    def finish(self) -> Finished:
        stdout, stderr = self.process.communicate(timeout=2 * MINUTE)
        output = stdout + stderr
        assert "Traceback" not in output and self.sandbox.api_token not in output
        found: list[int] = []
        if self.language == "python" and (lines := COUNTS.findall(stderr)):
            found = [int(n) for n in lines[-1]]
        for line in stdout.splitlines():
            summary = json.loads(line).get("summary")
            if summary is not None:
                found = [summary[k] for k in ("applied", "failed", "unknown", "skipped")]
        applied, failed, unknown, skipped = found or (0, 0, 0, 0)
        return Finished(self.process.returncode, (applied, failed, unknown, skipped), output)


class Scenario:
    """What one scenario counts into the reliability line: ids applied more than once, and ids
    the service only ever refused that a journal leaves unknown."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self.refused_unknown: set[str] = set()

    def check(self, journal: Path) -> None:
        """After a run: every id answered only 429 has its refusal as its last line."""
        statuses: dict[str, set[int | None]] = {}
        for request in self.sandbox.requests:
            statuses.setdefault(request.path.rpartition("/")[2], set()).add(request.status)
        only_refused = {sid for sid, seen in statuses.items() if seen == {429}}
        for sid, event in last_events(journal).items():
            if sid in only_refused and event["event"] in ("sending", "unknown"):
                self.refused_unknown.add(sid)

    def twice(self) -> list[str]:
        return [sid for sid, count in updated(self.sandbox).items() if count > 1]


@pytest.fixture
def scenario(sandbox: Sandbox, compiled: None) -> Iterator[Scenario]:
    counted = Scenario(sandbox)
    yield counted
    TALLY.bulk_scenarios += 1
    TALLY.bulk_sent_twice += len(counted.twice())
    TALLY.bulk_refused_unknown += len(counted.refused_unknown)


def killed(run: Run, sandbox: Sandbox, scenario: Scenario, journal: Path) -> set[str]:
    """Kill ``run`` (``kill -9``), end the faults, check its journal, and give the ids it left
    in flight (their last line ``sending``)."""
    run.kill()
    sandbox.clear_faults()
    scenario.check(journal)
    return {sid for sid, e in last_events(journal).items() if e["event"] == "sending"}


def clean(scenario: Scenario) -> None:
    assert scenario.twice() == []
    assert scenario.refused_unknown == set()


@pytest.mark.parametrize("language", LANGUAGES)
def test_stop_in_a_429_pause_then_resume(
    language: str, sandbox: Sandbox, scenario: Scenario, tmp_path: Path
) -> None:
    sids, journal = live(sandbox, 25), tmp_path / "run.jsonl"
    sandbox.inject(Fault.respond(429, retry_after="30"), times=10_000)
    run = Run(language, sandbox, sids, journal, concurrency=25)
    run.until(lambda: paused(journal), "a 429 pause")
    run.process.send_signal(signal.SIGINT)
    stopped = run.finish()
    sandbox.clear_faults()
    scenario.check(journal)
    assert stopped.status == 130, stopped.output
    last = last_events(journal)
    assert set(last) == refused(sandbox)
    assert {(e["event"], e.get("status")) for e in last.values()} == {("failed", 429)}
    assert stopped.counts == (0, len(last), 0, 0)  # as the journal says

    resumed = Run(language, sandbox, sids, journal).finish()
    scenario.check(journal)
    assert (resumed.status, resumed.counts) == (0, (25, 0, 0, 0)), resumed.output
    assert updated(sandbox) == Counter(dict.fromkeys(sids, 1))
    clean(scenario)


@pytest.mark.parametrize("point", ["in flight", "in a 429 pause", "mid-run"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_kill_9_then_resume(
    language: str, point: str, sandbox: Sandbox, scenario: Scenario, tmp_path: Path
) -> None:
    sids, journal = live(sandbox, 30), tmp_path / "run.jsonl"
    rate = 0.0
    if point == "in flight":  # each update applied at once, answered 5 s later
        sandbox.inject_random(1.0, [Fault.delay(5.0)])
        reached: Callable[[], bool] = lambda: len(updated(sandbox)) >= 4  # noqa: E731
    elif point == "in a 429 pause":
        sandbox.inject(Fault.respond(429, retry_after="30"), times=10_000)
        reached = lambda: paused(journal)  # noqa: E731
    else:
        rate = 20.0
        reached = lambda: sum(e["event"] == "applied" for e in events(journal)) >= 10  # noqa: E731
    run = Run(language, sandbox, sids, journal, rate=rate)
    run.until(reached, point)
    in_flight = killed(run, sandbox, scenario, journal)

    resumed = Run(language, sandbox, sids, journal).finish()
    scenario.check(journal)
    applied, failed, unknown, skipped = resumed.counts
    assert resumed.status == (3 if in_flight else 0), resumed.output
    assert (failed, unknown, applied + skipped) == (0, len(in_flight), 30 - len(in_flight))
    assert set(updated(sandbox)) | in_flight == set(sids)
    clean(scenario)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_torn_last_line_then_kill_9(
    language: str, sandbox: Sandbox, scenario: Scenario, tmp_path: Path
) -> None:
    sids, journal = live(sandbox, 30), tmp_path / "run.jsonl"
    assert Run(language, sandbox, sids[:5], journal).finish().status == 0
    torn = f'{{"id":"{sids[5]}","event":"sen'  # a full disk's last write: never sent
    with journal.open("a") as tail:
        tail.write(torn)
    sandbox.inject_random(1.0, [Fault.delay(5.0)])
    run = Run(language, sandbox, sids, journal)
    run.until(lambda: len(updated(sandbox)) >= 5 + 4, "4 in flight")
    in_flight = killed(run, sandbox, scenario, journal)
    assert in_flight  # (4, unless the kill came after their answers)

    resumed = Run(language, sandbox, sids, journal).finish()
    scenario.check(journal)
    assert resumed.status == 3 and resumed.counts[1:3] == (0, len(in_flight)), resumed.output
    assert set(updated(sandbox)) | in_flight == set(sids)
    clean(scenario)
    lines = journal.read_text().splitlines()
    assert [json.loads(line) for line in lines if line != torn]  # each on a line of its own


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_full_disk_then_kill_9(
    language: str, sandbox: Sandbox, scenario: Scenario, tmp_path: Path
) -> None:
    sids, journal = live(sandbox, 40), tmp_path / "run.jsonl"
    full = Run(language, sandbox, sids, journal, file_limit=1000).finish()
    assert full.status == 1 and "journal" in full.output, full.output
    assert journal.stat().st_size == 1000  # filled: most likely its last line is torn
    sandbox.inject_random(1.0, [Fault.delay(5.0)])
    before = len(updated(sandbox))
    run = Run(language, sandbox, sids, journal)
    run.until(lambda: len(updated(sandbox)) >= before + 4, "4 in flight")
    in_flight = killed(run, sandbox, scenario, journal)

    resumed = Run(language, sandbox, sids, journal).finish()
    scenario.check(journal)
    assert resumed.counts[2] == len(in_flight), resumed.output
    assert set(updated(sandbox)) | in_flight == set(sids)
    clean(scenario)


@pytest.mark.parametrize("second", LANGUAGES)
@pytest.mark.parametrize("first", LANGUAGES)
def test_two_runs_on_one_journal(
    first: str, second: str, sandbox: Sandbox, scenario: Scenario, tmp_path: Path
) -> None:
    ours, theirs = live(sandbox, 20), live(sandbox, 5)
    journal = tmp_path / "run.jsonl"
    sandbox.inject_random(1.0, [Fault.delay(5.0)])
    holder = Run(first, sandbox, ours, journal)
    holder.until(lambda: len(updated(sandbox)) >= 4, "4 in flight")
    refused_run = Run(second, sandbox, theirs, journal).finish()
    assert refused_run.status == 2, refused_run.output
    assert f"in use by another run (process {holder.process.pid})" in refused_run.output
    assert not set(updated(sandbox)) & set(theirs)  # nothing sent
    in_flight = killed(holder, sandbox, scenario, journal)  # its claim stays, found stale

    again = Run(second, sandbox, theirs, journal).finish()
    assert (again.status, again.counts) == (0, (5, 0, 0, 0)), again.output
    resumed = Run(first, sandbox, ours, journal).finish()
    assert resumed.status == 3 and resumed.counts[2] == len(in_flight) > 0, resumed.output
    scenario.check(journal)
    assert set(updated(sandbox)) | in_flight == {*ours, *theirs}
    clean(scenario)


def test_runs_started_at_the_same_instant(
    sandbox: Sandbox, scenario: Scenario, tmp_path: Path
) -> None:
    """Two Python and two TypeScript runs start on one journal at the same instant, round
    after round: each round's ids are applied once (or not at all, if every run was refused);
    a run that holds the journal after another has ended skips them."""
    journal = tmp_path / "run.jsonl"
    setting = json.dumps({"baseUrl": sandbox.base_url, "fields": {"url": XML},
                          "bulk": {"journal": str(journal)}, "race": True})  # fmt: skip
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("SIGNALWIRE_")},
           **sandbox.env()}  # fmt: skip
    python = [sys.executable, "-m", "tests._race", setting]
    node = ["node", str(DRIVER), setting]
    runners = [
        subprocess.Popen(
            argv, cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        for argv in (python, node, python, node)
    ]
    try:
        for _ in range(20):
            ids = json.dumps(live(sandbox, 3)) + "\n"
            for runner in runners:  # all woken at once
                assert runner.stdin is not None
                runner.stdin.write(ids)
                runner.stdin.flush()
            answers = [json.loads(read_line(runner.stdout)) for runner in runners]
            assert all("held" in a or "in use by another run" in a["refused"] for a in answers)
            held = [a["held"] for a in answers if "held" in a]
            assert sum(h["applied"] for h in held) in (0, 3), answers
            assert all(h["applied"] + h["skipped"] == 3 for h in held), answers
    finally:
        for runner in runners:
            runner.communicate(input="", timeout=MINUTE)
    assert max(updated(sandbox).values(), default=1) == 1
    clean(scenario)


def read_line(stream: IO[str] | None) -> str:
    """A line from a runner (a minute at most)."""
    assert stream is not None
    ready, _, _ = select.select([stream], [], [], MINUTE)
    assert ready, "a runner did not answer"
    return stream.readline()
