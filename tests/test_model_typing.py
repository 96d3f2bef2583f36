"""mypy --strict reads an optional field of a response as ``X | None``: a truthiness or
``is not None`` check narrows it, with no ``Unset`` to rule out."""

from __future__ import annotations

import re
from pathlib import Path

from ._mypy import mypy as strict_mypy

CONSUMER = """\
from signalwire_compat import Call, CallList
from signalwire_compat.webhooks import parse_call_status


def read(call: Call) -> tuple[str, int]:
    to = ""
    if call.to:
        to = call.to.upper()
    total = 0
    if call.duration is not None:
        total = call.duration + 1
    return to, total


def show(call: Call, page: CallList, params: dict[str, str]) -> None:
    reveal_type(call.to)
    reveal_type(call.duration)
    reveal_type(call.status)
    reveal_type(call.subresource_uris)
    reveal_type(page.next_page_uri)
    reveal_type(parse_call_status(params).call_duration)
    reveal_type(call.fields_set)
"""


def mypy(source: str, tmp_path: Path) -> str:
    return strict_mypy(source, tmp_path / "consumer.py")


def test_optional_fields_narrow_without_unset(tmp_path: Path) -> None:
    output = mypy(CONSUMER, tmp_path)
    assert not re.search(r": error:", output), output
    revealed = re.findall(r'Revealed type is "([^"]+)"', output)
    assert len(revealed) == 7, output
    assert not [t for t in revealed if "Unset" in t], output
    assert set(revealed[0].split(" | ")) == {"str", "None"}, output
    assert set(revealed[1].split(" | ")) == {"int", "None"}, output
    assert revealed[-1] == "frozenset[str]", output
