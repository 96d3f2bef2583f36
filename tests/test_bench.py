"""A smoke run of the benchmark, so that it cannot rot.

Nothing about the figures is asserted but their form: a quick run is too short for any figure,
or even its sign, to mean something (a server CPU share can round to zero).
"""

from __future__ import annotations

import json
import math
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
    sections = (
        "sequential_us_per_call",
        "async_requests_per_s",
        "server_cpu_share",
        "client_cpu_us_per_call",
        "import_ms",
        "peak_rss_mb",
        "installed_kb",
        "ratios",
    )
    for section in sections:
        figures = results[section]
        assert isinstance(figures, dict) and figures, section
        for name, value in figures.items():
            if section == "ratios" and value is None:
                continue  # a denominator that rounded to zero
            assert isinstance(value, int | float), (section, name, value)
            assert math.isfinite(value) and value >= 0, (section, name, value)
    assert "twilio-python" in results["sequential_us_per_call"]
    assert "twilio-python update_async" in results["async_requests_per_s"]
    assert "Ratios (same run)" in done.stdout
    bulk = results["bulk"]
    assert bulk["paced_at_limit"]["updated_twice"] == 0
    assert bulk["paced_at_limit"]["not_updated"] == 0
    assert bulk["kill_9_and_resume"]["updated_twice_after_retry_unknown"] == 0
    assert bulk["unlimited_large"]["sandbox_responses_off_spec"] == 0
