"""``update_many`` / ``delete_many``: outcomes, the journal and resuming, unknown outcomes,
429s and pacing, stopping, both clients, against the sandbox (none of it timed)."""

from __future__ import annotations

import asyncio
import gc
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from signalwire_compat import (
    AsyncBulkRun,
    BulkResult,
    BulkRun,
    Call,
    ConfigurationError,
    ConnectionLostError,
    InvalidParameterError,
    NotFoundError,
    OutcomeUnknownError,
    RateLimitError,
)
from signalwire_compat._pacer import Pacer
from signalwire_compat.testing import Fault, Sandbox

from ._bulk import live, refused, updated

XML = "https://example.com/maintenance.xml"


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as running:
        yield running


def journal_lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_each_id_gets_one_result_and_one_update(sandbox: Sandbox) -> None:
    sids = live(sandbox, 40)
    with sandbox.client() as client:
        results = list(client.calls.update_many(sids, status="completed"))
    assert sorted(r.id for r in results) == sorted(sids)
    assert all(r.outcome == "applied" and isinstance(r.result, Call) for r in results)
    assert all(r.result is not None and r.result.status == "completed" for r in results)
    assert updated(sandbox) == Counter(dict.fromkeys(sids, 1))


def test_an_id_listed_twice_is_sent_once(sandbox: Sandbox) -> None:
    sids = live(sandbox, 5)
    with sandbox.client() as client:
        results = list(client.calls.update_many([*sids, *sids, f" {sids[0]} ", ""], url=XML))
    assert len(results) == 5
    assert updated(sandbox) == Counter(dict.fromkeys(sids, 1))


def test_odd_ids_fail_alone_and_are_never_sent(sandbox: Sandbox) -> None:
    [sid] = live(sandbox, 1)
    odd: list[object] = [42, "CA\ud800", "x" * 300, sid]
    with sandbox.client() as client:
        results = list(client.calls.update_many(odd, url=XML))  # type: ignore[arg-type]
    assert [r.outcome for r in results].count("failed") == 3
    assert all(isinstance(r.error, InvalidParameterError) for r in results if r.id != sid)
    assert [r.call_sid for r in sandbox.applied] == [sid]
    assert len(sandbox.requests) == 1


def test_ids_are_read_as_needed(sandbox: Sandbox) -> None:
    sids = live(sandbox, 30)
    taken: list[str] = []

    def source() -> Iterator[str]:
        for sid in sids:
            taken.append(sid)
            yield sid

    with sandbox.client() as client:
        run = iter(client.calls.update_many(source(), url=XML, bulk={"concurrency": 2}))
        next(run)
        assert len(taken) < len(sids)
        assert len(list(run)) == len(sids) - 1


def test_bad_fields_raise_before_anything_is_sent(sandbox: Sandbox) -> None:
    with sandbox.client() as client:
        with pytest.raises(InvalidParameterError, match="status"):
            client.calls.update_many(["CA1"], status="hangup")  # type: ignore[arg-type]
        for rate in (0, -1, float("inf"), float("nan")):
            with pytest.raises(InvalidParameterError, match="rate"):
                client.calls.update_many(["CA1"], url=XML, bulk={"rate": rate})
        with pytest.raises(InvalidParameterError, match="concurrency"):
            client.calls.update_many(["CA1"], url=XML, bulk={"concurrency": 0})
    assert sandbox.requests == []


def test_failures_are_per_id_with_the_error(sandbox: Sandbox) -> None:
    [sid] = live(sandbox, 1)
    with sandbox.client() as client:
        run = client.calls.update_many([sid, "CA-missing", "CA\x01bad"], status="completed")
        results = {r.id: r for r in run}
    assert results[sid].outcome == "applied"
    assert results["CA-missing"].outcome == "failed"
    assert isinstance(results["CA-missing"].error, NotFoundError)
    assert results["CA\x01bad"].outcome == "failed"  # refused here: never sent
    assert isinstance(results["CA\x01bad"].error, InvalidParameterError)
    assert run.summary.failures == {"20404": 1, "InvalidParameterError": 1}
    assert len(sandbox.requests) == 2


def test_a_dropped_update_is_unknown_and_not_resent(sandbox: Sandbox) -> None:
    [sid] = live(sandbox, 1)
    sandbox.inject(Fault.drop(after_read=True))
    with sandbox.client() as client:
        [result] = list(client.calls.update_many([sid], url=XML))
    assert result.outcome == "unknown"
    assert isinstance(result.error, ConnectionLostError)
    assert len(sandbox.requests) == 1 and updated(sandbox)[sid] == 1


def test_a_dropped_delete_is_redone(sandbox: Sandbox) -> None:
    sid = sandbox.add_call(status="completed")["sid"]
    sandbox.inject(Fault.drop())  # before reading: nothing applied
    with sandbox.client() as client:
        [result] = list(client.calls.delete_many([sid]))
    assert (result.outcome, result.attempts) == ("applied", 2)


def test_journal_resume_skips_done_and_keeps_unknown(sandbox: Sandbox, tmp_path: Path) -> None:
    sids = live(sandbox, 6)
    journal = tmp_path / "run.jsonl"
    sandbox.inject(Fault.drop(after_read=True))  # the first request: applied, answer lost
    with sandbox.client() as client:
        first = list(
            client.calls.update_many(
                [*sids[:4], "CA-missing"], url=XML, bulk={"journal": journal, "concurrency": 1}
            )
        )
        assert Counter(r.outcome for r in first) == {"applied": 3, "unknown": 1, "failed": 1}
        [lost] = [r.id for r in first if r.outcome == "unknown"]
        again = client.calls.update_many([*sids, "CA-missing"], url=XML, bulk={"journal": journal})
        second = {r.id: r for r in again}
    assert second[lost].outcome == "unknown"
    assert isinstance(second[lost].error, OutcomeUnknownError)
    assert "retry_unknown" in str(second[lost].error)
    assert {sid for sid, r in second.items() if r.outcome == "skipped"} == set(sids[:4]) - {lost}
    assert {sid for sid, r in second.items() if r.outcome == "applied"} == set(sids[4:])
    assert second["CA-missing"].outcome == "failed"  # failed before: tried again
    assert updated(sandbox) == Counter(dict.fromkeys(sids, 1))
    events = journal_lines(journal)
    assert events[0]["operation"] == "update_a_call" and "request" in events[0]
    assert XML not in journal.read_text() and sandbox.api_token not in journal.read_text()


def test_retry_unknown_resends_them(sandbox: Sandbox, tmp_path: Path) -> None:
    [sid] = live(sandbox, 1)
    journal = tmp_path / "run.jsonl"
    sandbox.inject(Fault.drop(after_read=True))
    with sandbox.client() as client:
        list(client.calls.update_many([sid], url=XML, bulk={"journal": journal}))
        [result] = client.calls.update_many(
            [sid], url=XML, bulk={"journal": journal, "retry_unknown": True}
        )
    assert result.outcome == "applied"
    assert updated(sandbox)[sid] == 2


def test_a_crash_mid_write_leaves_a_readable_journal(sandbox: Sandbox, tmp_path: Path) -> None:
    sids = live(sandbox, 3)
    journal = tmp_path / "run.jsonl"
    with sandbox.client() as client:
        list(client.calls.update_many(sids[:2], url=XML, bulk={"journal": journal}))
        with journal.open("a") as torn:  # as a process killed while writing leaves it
            torn.write(f'{{"id": "{sids[2]}", "event": "send')
        rerun = client.calls.update_many(sids, url=XML, bulk={"journal": journal})
        results = {r.id: r.outcome for r in rerun}
    assert results == {sids[0]: "skipped", sids[1]: "skipped", sids[2]: "applied"}


def test_a_journal_of_other_fields_is_refused(sandbox: Sandbox, tmp_path: Path) -> None:
    journal = tmp_path / "run.jsonl"
    with sandbox.client() as client:
        list(client.calls.update_many(live(sandbox, 1), url=XML, bulk={"journal": journal}))
        with pytest.raises(ConfigurationError, match="other fields"):
            client.calls.update_many(["CA1"], status="completed", bulk={"journal": journal})
    with sandbox.client() as client, pytest.raises(ConfigurationError, match="journal"):
        client.calls.update_many(["CA1"], url=XML, bulk={"journal": tmp_path})  # a directory
    not_a_journal = tmp_path / "ids.txt"
    not_a_journal.write_text("CA1\n")
    with sandbox.client() as client, pytest.raises(ConfigurationError, match="not a journal"):
        client.calls.update_many(["CA1"], url=XML, bulk={"journal": not_a_journal})


def test_429s_are_resent_and_slow_the_pace(sandbox: Sandbox) -> None:
    sids = live(sandbox, 5)
    sandbox.inject(Fault.respond(429, retry_after="0"), times=3)
    with sandbox.client() as client:
        run = client.calls.update_many(sids, url=XML, bulk={"rate": 1000, "concurrency": 1})
        results = list(run)
    assert all(r.outcome == "applied" for r in results)
    assert run.summary.throttled == 3 and run.summary.requests == 8
    assert updated(sandbox) == Counter(dict.fromkeys(sids, 1))


def test_the_sandbox_rate_limit_answers_429_with_retry_after() -> None:
    with Sandbox(rate_limit=(2, 60.0)) as sandbox, sandbox.client(max_retries=0) as client:
        client.calls.fetch(sandbox.live_call_sid)
        client.calls.fetch(sandbox.live_call_sid)
        response = client.calls.fetch_with_response  # the third is over the limit
        with pytest.raises(Exception) as caught:
            response(sandbox.live_call_sid)
    error = caught.value
    assert getattr(error, "status_code", None) == 429 and getattr(error, "code", None) == 20429
    assert error.response.headers["Retry-After"] == "30"  # type: ignore[attr-defined]
    assert sandbox.response_problems == []


def test_pacer_spaces_slows_and_recovers() -> None:
    now = [0.0]
    pacer = Pacer(10.0, clock=lambda: now[0])
    assert [round(pacer.reserve(), 3) for _ in range(3)] == [0.0, 0.1, 0.2]
    pacer.throttled(2.0)
    assert pacer.rate == pytest.approx(2.4)  # from the 3 sent in the last second, cut a fifth
    assert pacer.reserve() == pytest.approx(2.0)  # paused for Retry-After
    pacer.throttled(2.0)  # within the same window: no second cut
    assert pacer.rate == pytest.approx(2.4)
    for _ in range(200):
        pacer.succeeded()
    assert pacer.rate == 10.0  # back to the ceiling, never above


def test_pacer_without_a_rate_takes_one_from_the_first_429() -> None:
    now = [0.0]
    pacer = Pacer(None, clock=lambda: now[0])
    assert all(pacer.reserve() == 0.0 for _ in range(50))
    pacer.throttled(1.0)
    assert pacer.rate == pytest.approx(40.0)


def test_stop_sends_nothing_more_and_finishes_what_is_in_flight(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    sids = live(sandbox, 50)
    journal = tmp_path / "run.jsonl"
    with sandbox.client() as client:
        run = client.calls.update_many(
            sids, url=XML, bulk={"journal": journal, "rate": 200, "concurrency": 4}
        )
        seen: list[BulkResult[Call]] = []
        for result in run:
            seen.append(result)
            if len(seen) == 5:
                run.stop()
    assert run.summary.interrupted
    assert 5 <= len(seen) < 50
    assert len(updated(sandbox)) == len(seen)  # every one sent was answered and reported
    events = journal_lines(journal)[1:]
    assert sum(e["event"] == "sending" for e in events) == len(seen)
    assert sum(e["event"] == "applied" for e in events) == len(seen)


async def test_async_run(sandbox: Sandbox, tmp_path: Path) -> None:
    sids = live(sandbox, 30)
    journal = tmp_path / "run.jsonl"
    sandbox.inject(Fault.respond(429, retry_after="0"), times=2)
    async with sandbox.async_client() as client:
        run = client.calls.update_many(sids, status="completed", bulk={"journal": journal})
        results = [result async for result in run]
        rerun = client.calls.update_many(sids, status="completed", bulk={"journal": journal})
        again = [r async for r in rerun]
    assert Counter(r.outcome for r in results) == {"applied": 30}
    assert Counter(r.outcome for r in again) == {"skipped": 30}
    assert run.summary.throttled == 2
    assert updated(sandbox) == Counter(dict.fromkeys(sids, 1))


async def test_async_break_finishes_in_flight(sandbox: Sandbox) -> None:
    sids = live(sandbox, 40)
    async with sandbox.async_client() as client:
        run = client.calls.update_many(sids, url=XML, bulk={"concurrency": 8, "rate": 400})
        got = 0
        async for _ in run:
            got += 1
            if got == 3:
                break
    assert 3 <= len(updated(sandbox)) < 40
    assert max(updated(sandbox).values()) == 1


def test_the_run_remembers_many_ids_compactly() -> None:
    from signalwire_compat._bulk import _Seen

    seen, ids = _Seen(), [f"CA{i:032d}" for i in range(50_000)]
    assert all(seen.add(sid) for sid in ids)  # through several resizes
    assert not any(seen.add(sid) for sid in ids[::97])
    assert seen.add("CA-new")


def test_appends_after_a_torn_last_line_start_on_a_fresh_line(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    sids = live(sandbox, 3)
    journal = tmp_path / "run.jsonl"
    torn = '{"id": "CA-torn", "event": "sen'  # what a full disk leaves of the last line
    with sandbox.client() as client:
        list(client.calls.update_many(sids[:1], url=XML, bulk={"journal": journal}))
        with journal.open("a") as tail:
            tail.write(torn)
        list(client.calls.update_many(sids, url=XML, bulk={"journal": journal}))
    lines = journal.read_text().splitlines()
    assert lines.count(torn) == 1
    events = [json.loads(line) for line in lines if line != torn]  # all the others are whole
    sending = [e["id"] for e in events if e.get("event") == "sending"]
    assert sorted(sending) == sorted(sids)


def test_stop_during_a_429_pause_journals_the_refused_ids_as_failed(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    sids = live(sandbox, 25)
    journal = tmp_path / "run.jsonl"
    sandbox.inject(Fault.respond(429, retry_after="30"), times=10_000)
    with sandbox.client() as client:
        run = client.calls.update_many(sids, url=XML, bulk={"journal": journal, "concurrency": 25})
        stopper = threading.Thread(target=stop_in_the_pause, args=(run,))
        stopper.start()
        results = list(run)
        stopper.join()
        sandbox.clear_faults()
        refused_ids = refused(sandbox)
        assert {r.id for r in results} == refused_ids and refused_ids
        assert all(r.outcome == "failed" and isinstance(r.error, RateLimitError) for r in results)
        summary, count = run.summary, len(refused_ids)
        assert (summary.failed, summary.unknown, summary.failures) == (count, 0, {"20429": count})
        last = {e["id"]: e for e in journal_lines(journal)[1:]}
        assert set(last) == refused_ids  # the others were never sent
        assert {(e["event"], e.get("status")) for e in last.values()} == {("failed", 429)}
        resumed = list(client.calls.update_many(sids, url=XML, bulk={"journal": journal}))
    assert Counter(r.outcome for r in resumed) == {"applied": 25}
    assert updated(sandbox) == Counter(dict.fromkeys(sids, 1))


async def test_async_stop_during_a_429_pause_journals_the_refused_ids_as_failed(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    sids = live(sandbox, 10)
    journal = tmp_path / "run.jsonl"
    sandbox.inject(Fault.respond(429, retry_after="30"), times=10_000)
    async with sandbox.async_client() as client:
        run = client.calls.update_many(sids, url=XML, bulk={"journal": journal})
        stopper = threading.Thread(target=stop_in_the_pause, args=(run, asyncio.get_running_loop()))
        stopper.start()
        results = [result async for result in run]
        stopper.join()
    refused_ids = refused(sandbox)
    assert {r.id for r in results} == refused_ids and refused_ids
    assert {r.outcome for r in results} == {"failed"}
    assert (run.summary.failed, run.summary.unknown) == (len(refused_ids), 0)
    last = {e["id"]: e["event"] for e in journal_lines(journal)[1:]}
    assert last == dict.fromkeys(refused_ids, "failed")


def test_a_journal_in_use_is_refused_and_nothing_is_sent(sandbox: Sandbox, tmp_path: Path) -> None:
    sids = live(sandbox, 4)
    journal = tmp_path / "run.jsonl"
    alias = tmp_path / "alias.jsonl"
    alias.symlink_to(journal)
    with sandbox.client() as client:
        first = client.calls.update_many(sids[:2], url=XML, bulk={"journal": journal})
        for path in (journal, alias):
            with pytest.raises(ConfigurationError, match="in use by another run"):
                client.calls.update_many(sids[2:], url=XML, bulk={"journal": path})
        assert sandbox.requests == []
        assert Counter(r.outcome for r in first) == {"applied": 2}
        again = list(client.calls.update_many(sids, url=XML, bulk={"journal": alias}))
    assert Counter(r.outcome for r in again) == {"skipped": 2, "applied": 2}
    assert updated(sandbox) == Counter(dict.fromkeys(sids, 1))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["alias.jsonl", "run.jsonl"]


def test_a_run_never_iterated_gives_its_journal_back_when_dropped(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    journal = tmp_path / "run.jsonl"
    with sandbox.client() as client:
        client.calls.update_many(["CA1"], url=XML, bulk={"journal": journal})
        gc.collect()
        run = client.calls.update_many(live(sandbox, 1), url=XML, bulk={"journal": journal})
        assert Counter(r.outcome for r in run) == {"applied": 1}


def test_a_leading_byte_order_mark_is_not_part_of_the_id(sandbox: Sandbox) -> None:
    [sid] = live(sandbox, 1)
    with sandbox.client() as client:
        [result] = client.calls.update_many([f"\ufeff{sid}"], url=XML)
    assert (result.id, result.outcome) == (sid, "applied")
    assert updated(sandbox) == Counter({sid: 1})


def stop_in_the_pause(
    run: BulkRun[Call] | AsyncBulkRun[Call], loop: asyncio.AbstractEventLoop | None = None
) -> None:
    """``run.stop()`` once every request sent was answered 429 and the answer taken in (the run
    is then paused for its ``Retry-After``; a minute at most)."""
    deadline = time.monotonic() + 60
    summary = run.summary
    while not 0 < summary.throttled == summary.requests:
        assert time.monotonic() < deadline, "the requests were not refused"
        time.sleep(0.01)
    if loop is None:
        run.stop()
    else:
        loop.call_soon_threadsafe(run.stop)


HOLD = """
import sys
from signalwire_compat import SignalWire
client = SignalWire(project_id="p", api_token="t", base_url=sys.argv[1])
run = client.calls.update_many(["CA1"], url=sys.argv[3], bulk={"journal": sys.argv[2]})
print("held", flush=True)
sys.stdin.read()
"""


def hold_in_another_process(sandbox: Sandbox, journal: Path) -> subprocess.Popen[str]:
    """A Python process holding ``journal`` (with a run it never iterates)."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, sandbox.base_url, str(journal), XML],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert holder.stdout is not None and holder.stdout.readline() == "held\n"
    return holder


def proc_state(pid: int) -> str:
    return Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]


def test_the_claim_of_a_killed_run_not_yet_reaped_is_stale(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    journal = tmp_path / "run.jsonl"
    holder = hold_in_another_process(sandbox, journal)
    with sandbox.client() as client:
        with pytest.raises(
            ConfigurationError, match=f"in use by another run .process {holder.pid}"
        ):
            client.calls.update_many(["CA1"], url=XML, bulk={"journal": journal})
        os.kill(holder.pid, signal.SIGKILL)
        deadline = time.monotonic() + 60
        while proc_state(holder.pid) != "Z":  # ended, and left unreaped
            assert time.monotonic() < deadline
            time.sleep(0.01)
        run = client.calls.update_many(live(sandbox, 1), url=XML, bulk={"journal": journal})
        assert Counter(r.outcome for r in run) == {"applied": 1}
    holder.communicate(timeout=60)


@pytest.mark.parametrize(
    ("change", "refused"),
    [
        ("none", True),  # this very process: alive
        ("pid reused", False),  # this process's pid, but not its start time
        ("before a reboot", False),
        ("on another machine", True),
    ],
)
def test_claims_are_judged_by_the_process_that_made_them(
    sandbox: Sandbox, tmp_path: Path, change: str, refused: bool
) -> None:
    journal = tmp_path / "run.jsonl"
    holder = hold_in_another_process(sandbox, journal)
    lock = tmp_path / "run.jsonl.lock"
    [claim] = os.listdir(lock)
    holder.communicate(input="", timeout=60)  # it ends, and takes its claim back
    assert not lock.exists()
    host, boot, namespace, pid, start, nonce, suffix = claim.split(".")  # of an ended process
    if change != "on another machine":  # there, its pid cannot be checked: ended or not
        pid = str(os.getpid())
        start = Path("/proc/self/stat").read_text().rpartition(")")[2].split()[19]
    if change == "pid reused":
        start = str(int(start) + 1)
    elif change == "before a reboot":
        boot = "0" * 12
    elif change == "on another machine":
        host = "0" * 12
    lock.mkdir()
    (lock / ".".join([host, boot, namespace, pid, start, nonce, suffix])).touch()
    with sandbox.client() as client:
        if refused:
            in_use = f"in use by another run .process {pid}"
            with pytest.raises(ConfigurationError, match=in_use) as caught:
                client.calls.update_many(["CA1"], url=XML, bulk={"journal": journal})
            assert sandbox.requests == []
            assert ("on another machine" in str(caught.value)) == (change == "on another machine")
        else:
            run = client.calls.update_many(live(sandbox, 1), url=XML, bulk={"journal": journal})
            assert Counter(r.outcome for r in run) == {"applied": 1}
            assert not lock.exists()  # the stale claim was removed, and the lock given back
