"""mypy --strict follows the resource tree: nested resources take their path's ids first, in URL
order; a wrong id count, field name or enum value is an error; bulk runs fix the parent ids."""

from __future__ import annotations

import re
from pathlib import Path

from ._mypy import mypy

RIGHT = """\
from signalwire_compat import AsyncSignalWire, SignalWire
from signalwire_compat_client.models.participant import Participant


def mute(sw: SignalWire, conference_sid: str, call_sid: str) -> Participant:
    sw.calls.recordings.update("CA1", "RE1", status="paused")
    sw.queues.members.update("QU1", "Front", url="https://example.com/dequeue.xml")
    for sent in sw.conferences.participants.update_many(conference_sid, ["CA1"], muted=True):
        print(sent.outcome)
    return sw.conferences.participants.update(conference_sid, call_sid, muted=True)


async def listen(sw: AsyncSignalWire) -> None:
    async for participant in sw.conferences.participants.list("CF1"):
        reveal_type(participant)
    await sw.messages.media.delete("MM1", "ME1")
"""
WRONG = """\
from signalwire_compat import SignalWire

sw = SignalWire()
sw.conferences.participants.update("CF1", muted=True)
sw.conferences.participants.update("CF1", "CA1", mute=True)
sw.calls.recordings.update("CA1", "RE1", status="sleeping")
sw.conferences.participants.update_many(["CA1"], muted=True)
"""


def test_nested_calls_type_check(tmp_path: Path) -> None:
    out = mypy(RIGHT, tmp_path / "right.py")
    assert re.findall(r"error: .*", out) == [], out
    assert 'Revealed type is "signalwire_compat_client.models.participant.Participant"' in out


def test_wrong_ids_fields_and_values_are_errors(tmp_path: Path) -> None:
    out = mypy(WRONG, tmp_path / "wrong.py")
    lines = {int(n) for n in re.findall(r"wrong\.py:(\d+): error", out)}
    assert lines == {4, 5, 6, 7}, out
    assert 'Missing positional argument "call_sid"' in out
    assert '"mute"' in out
    assert '"status"' in out
