"""What the bulk-run tests share: live calls, the updates applied, and the journal's events."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from signalwire_compat.testing import Sandbox


def live(sandbox: Sandbox, count: int) -> list[str]:
    """The sids of ``count`` new in-progress calls."""
    return [sandbox.add_call(status="in-progress")["sid"] for _ in range(count)]


def updated(sandbox: Sandbox) -> Counter[str]:
    """How many updates each call had applied."""
    return Counter(update.call_sid for update in sandbox.applied)


def refused(sandbox: Sandbox) -> set[str]:
    """The calls the sandbox has answered 429 at least once."""
    return {r.path.rpartition("/")[2] for r in sandbox.requests if r.status == 429}


def events(journal: Path) -> list[dict[str, Any]]:
    """The journal's whole lines after its header (a torn or glued line left out; none if
    there is no journal yet)."""
    found = []
    for line in journal.read_text().splitlines() if journal.exists() else []:
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict) and "id" in record:
            found.append(record)
    return found
