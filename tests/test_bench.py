"""A smoke run of the benchmark, so that it cannot rot.

Nothing about the figures is asserted but their form: a quick run is too short for any figure,
or even its sign, to mean something (a server CPU share can round to zero).
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bench.typescript_figures import typescript_figures

from ._server import recording_server
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
    typescript = results["typescript"]
    ts_sections = (
        "sequential_us_per_call",
        "sequential_client_cpu_us_per_call",
        "requests_per_s",
        "server_cpu_share",
        "client_cpu_us_per_call",
        "import_ms",
        "ratios",
    )
    for section in ts_sections:
        figures = typescript[section]
        assert isinstance(figures, dict) and figures, section
        for name, value in figures.items():
            if section == "ratios" and value is None:
                continue
            assert isinstance(value, int | float), (section, name, value)
            assert math.isfinite(value) and value >= 0, (section, name, value)
    for name in ("raw fetch", "SignalWire", "twilio-node"):
        assert name in typescript["sequential_us_per_call"], name
        assert name in typescript["requests_per_s"], name
    assert set(typescript["import_ms"]) == {"signalwire-compat", "twilio"}
    assert typescript["twilio_node"] == "6.2.0"
    assert "TypeScript ratios (same run)" in done.stdout
    bulk = results["bulk"]
    assert bulk["paced_at_limit"]["updated_twice"] == 0
    assert bulk["paced_at_limit"]["not_updated"] == 0
    assert bulk["kill_9_and_resume"]["updated_twice_after_retry_unknown"] == 0
    assert bulk["unlimited_large"]["sandbox_responses_off_spec"] == 0


def test_typescript_contenders_fail_unless_answered_200(seed_call: dict[str, Any]) -> None:
    """Each TypeScript contender's answer is checked before anything is timed: a server that
    answers 201 with the call fails the run, naming every contender."""
    with recording_server(seed_call) as server:
        server.status = 201
        with pytest.raises(RuntimeError) as failed:
            typescript_figures(server.base_url, os.getpid(), quick=True)
        assert len(server.requests) == 3
    for name in ("raw fetch", "SignalWire", "twilio-node"):
        assert f"{name}: Error: answered HTTP 201" in str(failed.value), name
