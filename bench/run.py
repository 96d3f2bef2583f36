"""``make bench``: our clients against raw httpx, aiohttp and twilio-python, and against raw
fetch and twilio-node; then bulk runs.

Every figure is measured in one run, in interleaved blocks (each round runs every contender
once, in rotating order), and reported as the median over rounds with ratios between figures
of the same run. The server runs in its own process on CPU 0, the clients on CPU 1 (the
TypeScript ones in a Node process, against the same server: ``bench/typescript_figures.py``).

    python -m bench.run [--quick] [--out bench/results.json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from contextlib import AsyncExitStack, ExitStack, contextmanager
from importlib import metadata
from pathlib import Path
from typing import Any

import httpx

from .bulk import bulk_figures
from .contenders import API, CALL_SID, FORM, async_contenders, run_concurrently, sync_contenders
from .server import API_TOKEN, PROJECT_ID
from .typescript_figures import typescript_figures

ROOT = Path(__file__).resolve().parent.parent
PINNED = hasattr(os, "sched_setaffinity") and (os.cpu_count() or 1) >= 2


@contextmanager
def bench_server() -> Iterator[tuple[str, int]]:
    """Start ``bench/server.py`` on CPU 0; yield its URL and pid."""
    with tempfile.TemporaryDirectory() as tmp:
        port_file = Path(tmp) / "port"
        args = [sys.executable, str(ROOT / "bench" / "server.py"), str(port_file)]
        server = subprocess.Popen([*args, "0"] if PINNED else args)
        try:
            deadline = time.monotonic() + 20
            while not (port_file.exists() and port_file.read_text()):
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError("the benchmark server did not start")
                time.sleep(0.05)
            yield f"http://127.0.0.1:{port_file.read_text()}", server.pid
        finally:
            server.terminate()
            server.wait(10)


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of a process, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rotate(items: list[Any], by: int) -> list[Any]:
    by %= len(items)
    return items[by:] + items[:by]


def sequential(base: str, rounds: int, block: int, warmup: int) -> dict[str, float]:
    """Median microseconds per sequential call."""
    samples: dict[str, list[float]] = {}
    with ExitStack() as stack:
        contenders = sync_contenders(base, stack)
        for contender in contenders:
            for _ in range(warmup):
                contender.call()
        for number in range(rounds):
            for contender in rotate(contenders, number):
                start = time.perf_counter()
                for _ in range(block):
                    contender.call()
                elapsed = time.perf_counter() - start
                samples.setdefault(contender.name, []).append(elapsed / block * 1e6)
    return {name: statistics.median(values) for name, values in samples.items()}


def concurrent(
    base: str, server_pid: int, rounds: int, total: int, concurrency: int
) -> tuple[dict[str, float], dict[str, float]]:
    """Median requests per second at ``concurrency``, and the server's CPU share per client."""
    throughput: dict[str, list[float]] = {}
    server_share: dict[str, list[float]] = {}

    async def run() -> None:
        async with AsyncExitStack() as stack:
            contenders = await async_contenders(base, stack)
            for contender in contenders:
                await run_concurrently(
                    contender.call, max(concurrency * 2, total // 10), concurrency
                )
            for number in range(rounds):
                for contender in rotate(contenders, number):
                    cpu_before, start = cpu_seconds(server_pid), time.perf_counter()
                    await run_concurrently(contender.call, total, concurrency)
                    elapsed = time.perf_counter() - start
                    share = (cpu_seconds(server_pid) - cpu_before) / elapsed
                    throughput.setdefault(contender.name, []).append(total / elapsed)
                    server_share.setdefault(contender.name, []).append(share)

    asyncio.run(run())
    return (
        {name: statistics.median(values) for name, values in throughput.items()},
        {name: statistics.median(values) for name, values in server_share.items()},
    )


def client_cpu(rounds: int, block: int) -> dict[str, float]:
    """Median CPU microseconds per call with no network (httpx.MockTransport)."""
    from signalwire_compat import SignalWire

    seed = (ROOT / "tests" / "data" / "seed_call.json").read_bytes()
    json_headers = {"Content-Type": "application/json"}
    transport = httpx.MockTransport(
        lambda r: httpx.Response(200, content=seed, headers=json_headers)
    )
    base = "http://127.0.0.1:9" + API
    raw = httpx.Client(transport=transport, auth=(PROJECT_ID, API_TOKEN), base_url=base)
    ours = SignalWire(
        project_id=PROJECT_ID, api_token=API_TOKEN, base_url=base, transport=transport
    )
    path = f"/Accounts/{PROJECT_ID}/Calls/{CALL_SID}"
    calls: dict[str, Callable[[], object]] = {
        "httpx alone": lambda: raw.post(path, content=b"Status=completed", headers=FORM).json(),
        "SignalWire": lambda: ours.calls.update(CALL_SID, status="completed"),
    }
    samples: dict[str, list[float]] = {}
    for call in calls.values():
        for _ in range(200):
            call()
    for number in range(rounds):
        for name, call in rotate(list(calls.items()), number):
            start = time.process_time()
            for _ in range(block):
                call()
            samples.setdefault(name, []).append((time.process_time() - start) / block * 1e6)
    return {name: statistics.median(values) for name, values in samples.items()}


def _top_level_imports(code: str, env: dict[str, str]) -> dict[str, int]:
    """Cumulative microseconds of each module imported directly by ``code``."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    found = {}
    for line in done.stderr.splitlines():
        match = re.match(r"import time:\s+\d+ \|\s+(\d+) \| (\S.*)$", line)
        if match:  # no indentation: imported by the statement or by startup, not nested
            found[match.group(2)] = int(match.group(1))
    return found


def import_times(modules: tuple[str, ...], rounds: int) -> dict[str, float]:
    """Median import time of each module in a fresh interpreter (-X importtime), in ms,
    interleaved. Modules that a bare interpreter imports at startup are not counted.

    Every module is timed from compiled bytecode, as pip leaves an installed wheel: an
    untimed import first writes the bytecode of all of them to one cache directory (this
    package's own sources, installed editable, have none otherwise)."""
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "PYTHONPYCACHEPREFIX": cache}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        for module in modules:
            _top_level_imports(f"import {module}", env)
        startup = set(_top_level_imports("pass", env))
        samples: dict[str, list[float]] = {}
        for number in range(rounds):
            for module in rotate(list(modules), number):
                found = _top_level_imports(f"import {module}", env)
                total = sum(us for name, us in found.items() if name not in startup) / 1000
                samples.setdefault(module, []).append(total)
    return {module: statistics.median(samples[module]) for module in modules}


RSS_SCRIPT = """
import sys
base, kind = sys.argv[1], sys.argv[2]
if kind == "ours":
    from signalwire_compat import SignalWire
    client = SignalWire(project_id=PID, api_token=TOKEN, base_url=base + API)
    client.calls.update(SID, status="completed")
elif kind == "twilio":
    from twilio.rest import Client
    client = Client(PID, TOKEN); client.api.base_url = base
    client.calls(SID).update(status="completed")
else:
    import httpx
    url = base + API + "/Accounts/" + PID + "/Calls/" + SID
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    httpx.post(url, content=b"Status=completed", headers=form, auth=(PID, TOKEN)).json()
for line in open("/proc/self/status"):
    if line.startswith("VmHWM:"):
        print(line.split()[1])
"""


def peak_rss_mb(base: str, kind: str) -> float:
    """Peak resident memory (VmHWM), in MB, of a fresh interpreter that makes one call."""
    prelude = f"PID={PROJECT_ID!r}; TOKEN={API_TOKEN!r}; SID={CALL_SID!r}; API={API!r}\n"
    done = subprocess.run(
        [sys.executable, "-c", prelude + RSS_SCRIPT, base, kind],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return int(done.stdout.strip()) / 1024


def our_installed_kb() -> float:
    """Size of our wheel's files, unpacked, without its RECORD (the list of them, whose size an
    installed RECORD does not give, so that ``twilio_installed_kb`` cannot count it either)."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, "-c", f"import hatchling.build as b; b.build_wheel({tmp!r})"],
            cwd=ROOT, check=True, capture_output=True,
        )  # fmt: skip
        (wheel,) = Path(tmp).glob("*.whl")
        with zipfile.ZipFile(wheel) as archive:
            files = [i for i in archive.infolist() if not i.filename.endswith(".dist-info/RECORD")]
            return sum(info.file_size for info in files) / 1024


def twilio_installed_kb() -> float:
    """Size of twilio-python's installed files, without bytecode caches and RECORD."""
    files = metadata.files("twilio") or []
    kept = [f for f in files if "__pycache__" not in str(f) and f.name != "RECORD"]
    return sum(f.size or 0 for f in kept) / 1024


def ratio(a: float, b: float) -> float | None:
    """``a / b`` to three places; ``None`` when ``b`` rounded to zero (too short a run)."""
    return round(a / b, 3) if b else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny N, to check it still runs")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results.json")
    args = parser.parse_args(argv)
    quick = args.quick
    if PINNED:
        os.sched_setaffinity(0, {1})
    results: dict[str, Any] = {
        "quick": quick,
        "cpu_pinned": PINNED,
        "python": sys.version.split()[0],
    }
    with bench_server() as (base, server_pid):
        seq_rounds, seq_block = (2, 20) if quick else (7, 400)
        seq = sequential(base, seq_rounds, seq_block, 10 if quick else 300)
        async_rounds, async_total = (1, 100) if quick else (5, 2000)
        rps, server_share = concurrent(base, server_pid, async_rounds, async_total, 50)
        rss = {kind: peak_rss_mb(base, kind) for kind in ("httpx", "ours", "twilio")}
        ts = typescript_figures(base, server_pid, quick)
    cpu = client_cpu(2 if quick else 7, 50 if quick else 2000)
    imports = import_times(("httpx", "signalwire_compat", "twilio.rest"), 1 if quick else 9)
    size = {"signalwire-compat": our_installed_kb(), "twilio": twilio_installed_kb()}
    bulk = bulk_figures(quick)
    default = next(name for name in rps if name.startswith("AsyncSignalWire (default"))
    results.update(
        sequential_us_per_call={"n_per_contender": seq_rounds * seq_block, **seq},
        async_requests_per_s={"concurrency": 50, "n_per_round": async_total, **rps},
        server_cpu_share=server_share,
        client_cpu_us_per_call=cpu,
        import_ms=imports,
        peak_rss_mb=rss,
        installed_kb=size,
        bulk=bulk,
        ratios={
            "sync SignalWire / raw httpx (time, target <= 1.05)": ratio(
                seq["SignalWire"], seq["raw httpx.Client"]),
            "sync twilio / SignalWire (time, target >= 1.4)": ratio(
                seq["twilio-python"], seq["SignalWire"]),
            "async default / twilio (throughput, target >= 1.25)": ratio(
                rps[default], rps["twilio-python update_async"]),
            "async default / raw aiohttp (throughput, target >= 0.75)": ratio(
                rps[default], rps["raw aiohttp"]),
            "async backend=httpx / twilio (throughput)": ratio(
                rps["AsyncSignalWire (backend='httpx')"], rps["twilio-python update_async"]),
            "async raw httpx / twilio (throughput)": ratio(
                rps["raw httpx.AsyncClient"], rps["twilio-python update_async"]),
            "client CPU SignalWire / httpx alone (target <= 1.10)": ratio(
                cpu["SignalWire"], cpu["httpx alone"]),
            "import signalwire_compat / httpx (target <= 1.15)": ratio(
                imports["signalwire_compat"], imports["httpx"]),
            "import twilio.rest / signalwire_compat": ratio(
                imports["twilio.rest"], imports["signalwire_compat"]),
            "peak RSS SignalWire / twilio": ratio(rss["ours"], rss["twilio"]),
            "installed size twilio / signalwire-compat (target > 20)": ratio(
                size["twilio"], size["signalwire-compat"]),
            "server CPU share at raw aiohttp's rate (< 0.9: not saturated)": round(
                server_share["raw aiohttp"], 3),
            "bulk at the limit: wall / floor (target <= 1.10)":
                bulk["paced_at_limit"]["wall_over_floor"],
            "bulk at the limit: share answered 429 (target <= 0.01)":
                bulk["paced_at_limit"]["share_429"],
            "bulk, limit found from 429s: wall / floor":
                bulk["limit_found_from_429s"]["wall_over_floor"],
            "bulk, limit found from 429s: share answered 429":
                bulk["limit_found_from_429s"]["share_429"],
            "sandbox: validated updates per CPU-second (target >= 1500)":
                bulk["unlimited_large"]["validated_updates_per_sandbox_cpu_s"],
            "bulk client peak RSS, most / fewest sids (flat: about 1)": ratio(
                bulk["unlimited_large"]["client_peak_rss_mb"],
                bulk["unlimited_small"]["client_peak_rss_mb"]),
        },
    )  # fmt: skip
    results["typescript"] = {**ts, "ratios": typescript_ratios(ts)}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    print(table(results))
    return 0


def typescript_ratios(ts: dict[str, Any]) -> dict[str, float | None]:
    """The TypeScript figures' ratios, each between figures of the one Node run."""
    seq, rps = ts["sequential_us_per_call"], ts["requests_per_s"]
    cpu, imports = ts["client_cpu_us_per_call"], ts["import_ms"]
    return {
        "SignalWire / twilio-node (throughput at 50 concurrent, target >= 1.2)": ratio(
            rps["SignalWire"], rps["twilio-node"]),
        "SignalWire / raw fetch (throughput at 50 concurrent, target >= 0.8)": ratio(
            rps["SignalWire"], rps["raw fetch"]),
        "raw fetch / twilio-node (throughput at 50 concurrent: fetch's own ceiling)": ratio(
            rps["raw fetch"], rps["twilio-node"]),
        "sequential SignalWire / raw fetch (time, target <= 1.10)": ratio(
            seq["SignalWire"], seq["raw fetch"]),
        "sequential twilio-node / SignalWire (time)": ratio(
            seq["twilio-node"], seq["SignalWire"]),
        "client CPU SignalWire / fetch alone (no network)": ratio(
            cpu["SignalWire"], cpu["fetch alone"]),
        "import twilio / signalwire-compat": ratio(
            imports["twilio"], imports["signalwire-compat"]),
        "server CPU share at raw fetch's rate (< 0.9: not saturated)": round(
            ts["server_cpu_share"]["raw fetch"], 3),
    }  # fmt: skip


SECTIONS = [
    ("Sequential sync, us per call (median)", "sequential_us_per_call", "{:9.1f}"),
    ("Async, 50 concurrent, requests/s (median)", "async_requests_per_s", "{:9.0f}"),
    ("Server CPU share during each async run", "server_cpu_share", "{:9.2f}"),
    ("Client CPU per call, no network, us (median)", "client_cpu_us_per_call", "{:9.1f}"),
    ("Import time, ms (median, -X importtime)", "import_ms", "{:9.1f}"),
    ("Peak RSS after one call, MB", "peak_rss_mb", "{:9.1f}"),
    ("Installed size, KB", "installed_kb", "{:9.0f}"),
]
TS_SECTIONS = [
    ("sequential, us per call (median)", "sequential_us_per_call", "{:9.1f}"),
    ("sequential, client CPU us per call (median)", "sequential_client_cpu_us_per_call", "{:9.1f}"),
    ("50 concurrent, requests/s (median)", "requests_per_s", "{:9.0f}"),
    ("server CPU share during each concurrent run", "server_cpu_share", "{:9.2f}"),
    ("client CPU per call, no network, us (median)", "client_cpu_us_per_call", "{:9.1f}"),
    ("import time, ms (median, fresh process)", "import_ms", "{:9.1f}"),
]  # fmt: skip


def table(results: dict[str, Any]) -> str:
    lines = section_lines(results, SECTIONS)
    lines.append("Bulk runs of the command against the sandbox")
    for name, figures in results["bulk"].items():
        shown = ", ".join(f"{k}={v}" for k, v in figures.items())
        lines.append(f"  {name}: {shown}")
    lines.append("Ratios (same run)")
    lines += ratio_lines(results["ratios"])
    ts = results["typescript"]
    lines += section_lines(ts, TS_SECTIONS, f"TypeScript (Node {ts['node']}): ")
    lines.append("TypeScript ratios (same run)")
    lines += ratio_lines(ts["ratios"])
    return "\n".join(lines)


def section_lines(
    results: dict[str, Any], sections: list[tuple[str, str, str]], prefix: str = ""
) -> list[str]:
    lines = []
    for title, key, fmt in sections:
        lines.append(prefix + title)
        for name, value in results[key].items():
            shown = fmt.format(value) if isinstance(value, float) else f"{value:>9}"
            lines.append(f"  {name:<46} {shown}")
    return lines


def ratio_lines(ratios: dict[str, float | None]) -> list[str]:
    return [
        f"  {name:<76} {'    n/a' if value is None else f'{value:7.3f}'}"
        for name, value in ratios.items()
    ]


if __name__ == "__main__":
    sys.exit(main())
