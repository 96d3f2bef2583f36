"""A smoke run of the benchmark, so that it cannot rot. No timing is asserted."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT


def test_bench_quick_run(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    done = subprocess.run(
        [sys.executable, "-m", "bench.run", "--quick", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    results = json.loads(out.read_text())
    assert results["quick"] is True
    for section in (
        "sequential_us_per_call",
        "async_requests_per_s",
        "client_cpu_us_per_call",
        "import_ms",
        "peak_rss_mb",
        "installed_kb",
    ):
        assert all(value > 0 for value in results[section].values()), section
    assert "twilio-python" in results["sequential_us_per_call"]
    assert "twilio-python update_async" in results["async_requests_per_s"]
    assert all(value > 0 for value in results["ratios"].values())
    assert "Ratios (same run)" in done.stdout
