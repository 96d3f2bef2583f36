"""What the bulk-run tests share: live calls, and the updates applied."""

from __future__ import annotations

from collections import Counter

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
