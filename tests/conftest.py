"""Shared fixtures: the seed's example call, a clean environment, credentials."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from signalwire_compat import ENV_API_TOKEN, ENV_PROJECT_ID, ENV_SPACE, ENV_SPACE_URL

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent

PROJECT_ID = "b3877c40-da60-4998-90ad-b792e98472af"
API_TOKEN = "PT-secret-token-7f3a9c"
SPACE = "example.signalwire.com"
BASE = f"https://{SPACE}/api/laml/2010-04-01"
CALL_SID = "b3877c40-da60-4998-90ad-b792e98472pa"
CALL_URL = f"{BASE}/Accounts/{PROJECT_ID}/Calls/{CALL_SID}"


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test sees credentials from the machine's environment."""
    for name in (ENV_PROJECT_ID, ENV_API_TOKEN, ENV_SPACE_URL, ENV_SPACE):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def seed_call() -> dict[str, Any]:
    """The example response of the endpoint document, verbatim."""
    data: dict[str, Any] = json.loads((DATA / "seed_call.json").read_text())
    return data
