"""The command's bulk mode end to end in a subprocess: ids from a file, stdin or a List; the
exit statuses; Ctrl-C; ``kill -9`` and resuming with the journal. Nothing here is timed: the
process is interrupted once the journal shows it mid-run."""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from signalwire_compat.testing import Fault, Sandbox

from ._bulk import events, live, updated
from .test_cli import run


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as running:
        yield running


def write_ids(path: Path, sids: list[str]) -> Path:
    path.write_text("# calls to hang up\n" + "\n".join(sids) + "\n\n")
    return path


def start(sandbox: Sandbox, *args: str) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SIGNALWIRE_")}
    return subprocess.Popen(
        [sys.executable, "-m", "signalwire_compat", *args, "--base-url", sandbox.base_url],
        env={**env, **sandbox.env()},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for(journal: Path, sent: int) -> None:
    """Until the journal records ``sent`` requests sent (or a minute has passed)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if journal.exists() and sum(e["event"] == "sending" for e in events(journal)) >= sent:
            return
        time.sleep(0.05)
    raise AssertionError("the run did not get going")


def test_all_applied_exits_0_with_a_summary(sandbox: Sandbox, tmp_path: Path) -> None:
    sids = live(sandbox, 20)
    ids = write_ids(tmp_path / "ids.txt", sids)
    done = run(sandbox, "calls", "update", "--sids-from", str(ids), "--status", "completed")
    assert done.returncode == 0, done.stderr
    assert "finished" in done.stderr and "20 applied, 0 failed, 0 unknown, 0 skipped" in done.stderr
    assert updated(sandbox) == Counter(dict.fromkeys(sids, 1))


def test_some_failed_exits_1_and_lists_them(sandbox: Sandbox, tmp_path: Path) -> None:
    ids = write_ids(tmp_path / "ids.txt", [*live(sandbox, 3), "CA-gone"])
    done = run(sandbox, "calls", "update", "--sids-from", str(ids), "--url", "https://e.x/a")
    assert done.returncode == 1
    assert "failed with 20404: 1" in done.stderr and "failed: CA-gone" in done.stderr


def test_some_unknown_exits_3_and_says_what_to_do(sandbox: Sandbox, tmp_path: Path) -> None:
    ids = write_ids(tmp_path / "ids.txt", live(sandbox, 3))
    sandbox.inject(Fault.drop(after_read=True))
    done = run(sandbox, "calls", "update", "--sids-from", str(ids), "--url", "https://e.x/a")
    assert done.returncode == 3
    assert "1 unknown" in done.stderr and "--retry-unknown" in done.stderr


def test_ids_from_stdin_and_json_lines(sandbox: Sandbox) -> None:
    sids = live(sandbox, 4)
    env = {k: v for k, v in os.environ.items() if not k.startswith("SIGNALWIRE_")}
    done = subprocess.run(
        [sys.executable, "-m", "signalwire_compat", "calls", "update", "--sids-from", "-",
         "--status", "completed", "--json", "--base-url", sandbox.base_url],
        input="\n".join(sids), env={**env, **sandbox.env()},
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert sorted(line["id"] for line in lines) == sorted(sids)
    assert {line["outcome"] for line in lines} == {"applied"}


def test_where_hangs_up_every_live_call(sandbox: Sandbox) -> None:
    sids = {*live(sandbox, 130), sandbox.live_call_sid}
    done = run(sandbox, "calls", "update", "--where", "Status=in-progress", "--status", "completed")
    assert done.returncode == 0, done.stderr
    assert updated(sandbox) == Counter(dict.fromkeys(sids, 1))


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["CA1", "--sids-from", "x"], "not both"),
        (["--sids-from", "x", "--where", "Status=queued"], "not both"),
        (["--status", "completed"], "give an id"),
        (["--where", "Colour=red", "--status", "completed"], "FIELD=VALUE"),
        (["--where", "PageSize=many", "--status", "completed"], "PageSize takes a number"),
        (["--sids-from", "/nonexistent/ids", "--status", "completed"], "not a readable file"),
        (["--sids-from", "-", "--status", "hangup"], "invalid choice"),
        (["--sids-from", "-", "--url", "https://e.x", "--journal", "/nonexistent/j"], "journal"),
        (["--sids-from", "-", "--url", "https://e.x", "--rate", "-5"], "rate"),
    ],
)
def test_bulk_usage_errors_exit_2(sandbox: Sandbox, args: list[str], words: str) -> None:
    done = run(sandbox, "calls", "update", *args)
    assert done.returncode == 2, done.stderr
    assert words in done.stderr
    assert sandbox.requests == []


def test_ctrl_c_stops_finishes_in_flight_and_resumes(sandbox: Sandbox, tmp_path: Path) -> None:
    sids = live(sandbox, 200)
    ids, journal = write_ids(tmp_path / "ids.txt", sids), tmp_path / "run.jsonl"
    args = ("calls", "update", "--sids-from", str(ids), "--url", "https://e.x/m.xml",
            "--journal", str(journal), "--rate", "20", "--concurrency", "4")  # fmt: skip
    process = start(sandbox, *args)
    wait_for(journal, 10)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert "stopped" in stderr and "Traceback" not in stderr
    recorded = events(journal)
    sent = [e["id"] for e in recorded if e["event"] == "sending"]
    assert 10 <= len(sent) < 200
    assert Counter(e["event"] for e in recorded)["applied"] == len(sent)  # none left in flight
    assert updated(sandbox) == Counter(dict.fromkeys(sent, 1))

    done = run(sandbox, *args[:-4], "--rate", "1000")
    assert done.returncode == 0, done.stderr
    assert f"{200 - len(sent)} applied, 0 failed, 0 unknown, {len(sent)} skipped" in done.stderr
    assert updated(sandbox) == Counter(dict.fromkeys(sids, 1))


def test_a_second_ctrl_c_stops_at_once(sandbox: Sandbox, tmp_path: Path) -> None:
    ids, journal = write_ids(tmp_path / "ids.txt", live(sandbox, 20)), tmp_path / "run.jsonl"
    sandbox.inject_random(1.0, [Fault.delay(5.0)])  # answers come 5 s late
    process = start(sandbox, "calls", "update", "--sids-from", str(ids), "--status",
                    "completed", "--journal", str(journal), "--concurrency", "4")  # fmt: skip
    wait_for(journal, 4)
    process.send_signal(signal.SIGINT)
    assert process.stderr is not None
    for line in process.stderr:  # status lines may come first
        if "waiting for the requests in flight" in line:
            break
    process.send_signal(signal.SIGINT)
    _, rest = process.communicate(timeout=60)
    sandbox.clear_faults()
    assert process.returncode == 130
    assert "left unknown in the journal" in rest
    last = {e["id"]: e["event"] for e in events(journal)}
    assert list(last.values()).count("sending") == 4  # not waited for: unknown on resume


def test_kill_9_then_resume_never_updates_twice(sandbox: Sandbox, tmp_path: Path) -> None:
    sids = live(sandbox, 60)
    ids, journal = write_ids(tmp_path / "ids.txt", sids), tmp_path / "run.jsonl"
    args = ("calls", "update", "--sids-from", str(ids), "--status", "completed",
            "--journal", str(journal), "--concurrency", "4")  # fmt: skip
    first = run(sandbox, *args[:3], str(write_ids(tmp_path / "first.txt", sids[:20])), *args[4:])
    assert first.returncode == 0, first.stderr
    # From now on each update is applied at once and answered 5 s later: the process is
    # killed (within a poll of the journal) with 4 requests in flight.
    sandbox.inject_random(1.0, [Fault.delay(5.0)])
    process = start(sandbox, *args)
    wait_for(journal, 20 + 4)
    process.kill()
    process.communicate(timeout=60)
    sandbox.clear_faults()
    last = {e["id"]: e["event"] for e in events(journal)}
    in_flight = {sid for sid, event in last.items() if event == "sending"}
    assert len(in_flight) == 4  # journaled as sending: some may not have left the process
    reached = set(updated(sandbox)) - set(sids[:20])
    assert reached <= in_flight

    done = run(sandbox, *args)
    assert done.returncode == 3, done.stderr
    assert f"{60 - 24} applied, 0 failed, 4 unknown, 20 skipped" in done.stderr
    assert set(updated(sandbox)) == set(sids) - (in_flight - reached)
    assert max(updated(sandbox).values()) == 1

    again = run(sandbox, *args, "--retry-unknown")  # resent: those that had ended refuse it
    assert again.returncode == (1 if reached else 0), again.stderr
    unapplied = len(in_flight - reached)
    assert f"{unapplied} applied, {len(reached)} failed, 0 unknown, 56 skipped" in again.stderr
    assert updated(sandbox) == Counter(dict.fromkeys(sids, 1))


def test_on_a_terminal_progress_is_a_live_bar(sandbox: Sandbox, tmp_path: Path) -> None:
    import pty

    ids = write_ids(tmp_path / "ids.txt", live(sandbox, 5))
    leader, follower = pty.openpty()
    env = {k: v for k, v in os.environ.items() if not k.startswith("SIGNALWIRE_")}
    shown = bytearray()

    def drain() -> None:  # read as it is written, so the terminal's buffer never fills
        with contextlib.suppress(OSError):
            while chunk := os.read(leader, 65536):
                shown.extend(chunk)

    reader = threading.Thread(target=drain)
    reader.start()
    done = subprocess.run(
        [sys.executable, "-m", "signalwire_compat", "calls", "update", "--sids-from", str(ids),
         "--status", "completed", "--base-url", sandbox.base_url],
        env={**env, **sandbox.env(), "COLUMNS": "160"}, stdout=subprocess.PIPE, stderr=follower,
        timeout=60, check=False,
    )  # fmt: skip
    os.close(follower)
    reader.join(60)
    os.close(leader)
    assert done.returncode == 0
    text = bytes(shown).decode("utf-8", "replace")
    assert "5/5" in text and "5 applied, 0 failed, 0 unknown, 0 skipped" in text


@pytest.mark.parametrize(
    "fields", [["--status", "completed"], ["--url", "https://e.x/m.xml", "--method", "POST"]]
)
def test_where_takes_every_live_call_once(sandbox: Sandbox, fields: list[str]) -> None:
    sids = {*live(sandbox, 70), sandbox.live_call_sid}
    where = ("--where", "status=in-progress", "--where", "PageSize=20")  # 4 pages, by wire name
    done = run(sandbox, "calls", "update", *where, *fields)
    assert done.returncode == 0, done.stderr
    assert updated(sandbox) == Counter(dict.fromkeys(sids, 1))


def test_off_a_terminal_the_status_line_has_counts_rate_and_time_left() -> None:
    from signalwire_compat._bulk import BulkSummary
    from signalwire_compat._bulk_cli import status_line

    summary = BulkSummary()
    summary.applied, summary.failed, summary.requests = 50, 2, 60
    summary.started -= 2.0
    line = status_line(summary, 100)
    assert line.startswith("52/100 done (50 applied, 2 failed, 0 unknown, 0 skipped), ")
    assert re.search(r", \d+ req/s, about \d+s left$", line)
    assert "left" not in status_line(summary, None)


def test_a_sid_file_starting_with_a_byte_order_mark(sandbox: Sandbox, tmp_path: Path) -> None:
    sids = live(sandbox, 3)
    ids = tmp_path / "ids.txt"
    ids.write_bytes(b"\xef\xbb\xbf# calls to redirect\n" + "\n".join(sids).encode() + b"\n")
    done = run(sandbox, "calls", "update", "--sids-from", str(ids), "--url", "https://e.x/m.xml")
    assert done.returncode == 0, done.stderr
    assert "3 applied, 0 failed" in done.stderr
    assert updated(sandbox) == Counter(dict.fromkeys(sids, 1))
    assert len(sandbox.requests) == 3


def test_sids_from_a_fifo_are_read_as_they_come(sandbox: Sandbox, tmp_path: Path) -> None:
    sids = live(sandbox, 30)
    fifo = tmp_path / "ids.fifo"
    os.mkfifo(fifo)
    process = start(sandbox, "calls", "update", "--sids-from", str(fifo), "--status", "completed")

    def write() -> None:  # the open returns once the command has opened the FIFO to read
        with contextlib.suppress(BrokenPipeError), fifo.open("w") as writer:
            writer.write("\n".join(sids) + "\n")

    writer = threading.Thread(target=write)
    writer.start()
    _, stderr = process.communicate(timeout=60)
    os.close(os.open(fifo, os.O_RDONLY | os.O_NONBLOCK))  # frees the writer if it never read
    writer.join()
    assert process.returncode == 0, stderr
    assert "30 applied, 0 failed, 0 unknown, 0 skipped" in stderr
    assert updated(sandbox) == Counter(dict.fromkeys(sids, 1))


def test_sids_from_a_process_substitution(sandbox: Sandbox) -> None:
    sids = live(sandbox, 5)
    env = {k: v for k, v in os.environ.items() if not k.startswith("SIGNALWIRE_")}
    command = (
        f'exec "{sys.executable}" -m signalwire_compat calls update --status completed '
        f'--sids-from <(printf "%s\\n" {" ".join(sids)}) --base-url {sandbox.base_url}'
    )
    done = subprocess.run(
        ["bash", "-c", command], env={**env, **sandbox.env()},
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert updated(sandbox) == Counter(dict.fromkeys(sids, 1))


def test_the_summary_cuts_long_ids(sandbox: Sandbox, tmp_path: Path) -> None:
    [sid] = live(sandbox, 1)
    ids = tmp_path / "ids.txt"
    huge = "CA" + "7" * 20_000_000  # one 20 MB line
    long_ones = [f"CA{i:02d}" + "x" * 300 for i in range(30)]
    ids.write_text("\n".join([sid, huge, *long_ones]) + "\n")
    # One at a time, so the failures, and the first of them the summary lists, come in order.
    args = ("--sids-from", str(ids), "--url", "https://e.x/a", "--concurrency", "1")
    done = run(sandbox, "calls", "update", *args)
    assert done.returncode == 1
    assert len(done.stderr) < 8_000, len(done.stderr)
    assert "1 applied, 31 failed" in done.stderr
    shown = re.search(r"  failed: (.*)", done.stderr)
    assert shown is not None
    assert f"{huge[:80]}… (20000002 characters)" in shown.group(1)
    assert f"{long_ones[0][:80]}… (304 characters)" in shown.group(1)
    assert shown.group(1).endswith(" and 11 more")


def test_ctrl_c_in_a_429_pause_journals_the_refused_as_failed_and_resume_sends_them(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    sids = live(sandbox, 25)
    ids, journal = write_ids(tmp_path / "ids.txt", sids), tmp_path / "run.jsonl"
    sandbox.inject(Fault.respond(429, retry_after="30"), times=10_000)
    args = ("calls", "update", "--sids-from", str(ids), "--url", "https://e.x/m.xml",
            "--journal", str(journal), "--rate", "0")  # fmt: skip
    process = start(sandbox, *args)
    deadline = time.monotonic() + 60
    while True:  # until every request sent was refused, and the run took it in: paused
        recorded = Counter(e["event"] for e in events(journal)) if journal.exists() else {}
        if 0 < recorded.get("failed", 0) == recorded.get("sending", 0):
            break
        assert time.monotonic() < deadline, "the run was not refused"
        time.sleep(0.02)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    sandbox.clear_faults()
    assert process.returncode == 130, stderr
    last = {e["id"]: e for e in events(journal)}
    refused = len(last)
    assert {(e["event"], e.get("status")) for e in last.values()} == {("failed", 429)}
    assert f"0 applied, {refused} failed, 0 unknown, 0 skipped" in stderr
    assert f"failed with 20429: {refused}" in stderr

    done = run(sandbox, *args)
    assert done.returncode == 0, done.stderr
    assert "25 applied, 0 failed, 0 unknown, 0 skipped" in done.stderr
    assert updated(sandbox) == Counter(dict.fromkeys(sids, 1))


def test_a_journal_in_use_exits_2_and_sends_nothing(sandbox: Sandbox, tmp_path: Path) -> None:
    first, second = live(sandbox, 20), live(sandbox, 5)
    journal = tmp_path / "run.jsonl"
    fields = ("--status", "completed", "--journal", str(journal), "--concurrency", "4")
    sandbox.inject_random(1.0, [Fault.delay(5.0)])  # applied at once, answered 5 s later
    holder = start(sandbox, "calls", "update", "--sids-from",
                   str(write_ids(tmp_path / "first.txt", first)), *fields)  # fmt: skip
    wait_for(journal, 4)
    other = write_ids(tmp_path / "second.txt", second)
    done = run(sandbox, "calls", "update", "--sids-from", str(other), *fields)
    assert done.returncode == 2, done.stderr
    assert "in use by another run" in done.stderr and f"process {holder.pid}" in done.stderr
    assert not set(updated(sandbox)) & set(second)
    holder.kill()  # kill -9: its claim stays behind, and is found stale
    holder.communicate(timeout=60)
    sandbox.clear_faults()
    done = run(sandbox, "calls", "update", "--sids-from", str(other), *fields)
    assert done.returncode == 0, done.stderr
    assert updated(sandbox) == Counter(dict.fromkeys([*updated(sandbox)], 1))
    assert set(second) <= set(updated(sandbox))


def test_a_closed_stdout_stops_the_run_as_ctrl_c_does(sandbox: Sandbox, tmp_path: Path) -> None:
    """``--json | head``: the run stops sending, answers and journals what is in flight (none
    left unknown), prints its summary on stderr and exits 141, as a command stopped by SIGPIPE."""
    sids = live(sandbox, 200)
    sandbox.inject(Fault.delay(0.2), times=200)  # answers slower than the pipe is closed
    ids, journal = write_ids(tmp_path / "ids.txt", sids), tmp_path / "run.jsonl"
    args = ("calls", "update", "--sids-from", str(ids), "--status", "completed", "--json",
            "--journal", str(journal), "--rate", "50", "--concurrency", "8")  # fmt: skip
    env = {k: v for k, v in os.environ.items() if not k.startswith("SIGNALWIRE_")}
    command = [sys.executable, "-m", "signalwire_compat", *args, "--base-url", sandbox.base_url]
    read_end, write_end = os.pipe()
    with subprocess.Popen(
        command, stdout=write_end, stderr=subprocess.PIPE, env={**env, **sandbox.env()}, text=True
    ) as child:
        os.close(write_end)
        assert os.read(read_end, 1)  # the first result is out
        os.close(read_end)  # as `head -1` does
        _, stderr = child.communicate(timeout=60)
    assert child.returncode == 141, stderr
    assert "Traceback" not in stderr and "applied" in stderr  # the summary
    recorded = events(journal)
    last = {e["id"]: e["event"] for e in recorded}
    assert 1 <= len(last) < 200
    assert set(last.values()) == {"applied"}, Counter(last.values())  # none left in flight
    assert updated(sandbox) == Counter(dict.fromkeys(last, 1))
