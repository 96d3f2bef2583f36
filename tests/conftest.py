"""Shared fixtures: the seed's example call, a clean environment, credentials, the async
backends."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from signalwire_compat import (
    ENV_API_TOKEN,
    ENV_BASE_URL,
    ENV_LOG,
    ENV_PROJECT_ID,
    ENV_SPACE,
    ENV_SPACE_URL,
    Backend,
)

from ._secrets import SecretScanner, scanning
from ._tally import TALLY

# Property tests draw the same examples on every run: a failure is reproducible, never luck.
settings.register_profile("deterministic", derandomize=True)
settings.load_profile("deterministic")

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent

PROJECT_ID = "b3877c40-da60-4998-90ad-b792e98472af"
API_TOKEN = "PT-secret-token-7f3a9c"
SPACE = "example.signalwire.com"
BASE = f"https://{SPACE}/api/laml/2010-04-01"
CALL_SID = "b3877c40-da60-4998-90ad-b792e98472pa"
CALL_URL = f"{BASE}/Accounts/{PROJECT_ID}/Calls/{CALL_SID}"


@pytest.fixture(params=["aiohttp", "httpx"])
def backend(request: pytest.FixtureRequest) -> Backend:
    """Each async backend in turn: a test taking ``backend`` runs once per backend."""
    value: Backend = request.param
    return value


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test sees credentials from the machine's environment."""
    for name in (ENV_PROJECT_ID, ENV_API_TOKEN, ENV_SPACE_URL, ENV_SPACE, ENV_BASE_URL, ENV_LOG):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def seed_call() -> dict[str, Any]:
    """The example response of the endpoint document, verbatim."""
    data: dict[str, Any] = json.loads((DATA / "seed_call.json").read_text())
    return data


_scanner: SecretScanner | None = None


@pytest.fixture(scope="session", autouse=True)
def secret_scanner() -> Iterator[SecretScanner]:
    """Scan the whole session for credentials; see ``tests/_secrets.py``."""
    global _scanner
    with scanning(PROJECT_ID, API_TOKEN) as scanner:
        _scanner = scanner
        yield scanner


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if _scanner is not None:
        for name, text in (
            ("report", report.longreprtext),
            ("stdout", report.capstdout),
            ("stderr", report.capstderr),
            ("log", report.caplog),
        ):
            if text:
                _scanner.scan(f"{report.nodeid} {name}", text)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _scanner is None:
        return
    TALLY.secrets_leaked = len(_scanner.leaks)
    TALLY.texts_scanned = _scanner.texts
    if _scanner.leaks:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
    report = os.environ.get("RELIABILITY_REPORT")
    if report:
        TALLY.write(Path(report))


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if _scanner is None:
        return
    for leak in _scanner.leaks:
        terminalreporter.write_line(f"SECRET LEAKED in {leak}", red=True)
    terminalreporter.write_line(
        f"secrets check: {_scanner.texts} texts scanned, {len(_scanner.leaks)} leaks"
    )
    if TALLY.fault_scenarios or TALLY.load_updates or TALLY.bulk_scenarios:
        terminalreporter.write_line(TALLY.line())
