"""mypy --strict rejects a wrong cXML attribute, enum value, child or text: each line of
tests/data/cxml_wrong_calls.py.txt must fail with the error code it names, and a right call
passes."""

from __future__ import annotations

import re
from pathlib import Path

from ._mypy import mypy as strict_mypy
from .conftest import ROOT

WRONG = (ROOT / "tests" / "data" / "cxml_wrong_calls.py.txt").read_text(encoding="utf-8")


def mypy(source: str, tmp_path: Path) -> str:
    return strict_mypy(source, tmp_path / "calls.py")


def test_every_wrong_call_is_a_type_error(tmp_path: Path) -> None:
    expected = {
        number: line.rsplit("# ", 1)[1]
        for number, line in enumerate(WRONG.splitlines(), 1)
        if not line.startswith(("#", "from")) and "  # " in line
    }
    assert len(expected) == 23
    found: dict[int, set[str]] = {}
    errors = r"calls\.py:(\d+): error: .*\[([a-z-]+)\]$"
    for match in re.finditer(errors, mypy(WRONG, tmp_path), re.MULTILINE):
        found.setdefault(int(match[1]), set()).add(match[2])
    assert {n: code for n, code in expected.items() if code not in found.get(n, set())} == {}
    assert set(found) == set(expected)  # no other line is an error


def test_the_right_calls_type_check(tmp_path: Path) -> None:
    right = (
        "from signalwire_compat.cxml import VoiceResponse\n"
        "r = VoiceResponse()\n"
        'r.say("Hi", voice="alice", loop=2)\n'
        'r.dial(caller_id="+15551230000").number("+1555", status_callback_event=["answered"])\n'
        'r.gather(input=["speech", "dtmf"], num_digits=1).say("Press 1")\n'
        'r.pay(charge_amount=20.45).prompt(for_="payment-card-number").say("Card number?")\n'
        'r.denoise("on")\n'
        'say = r.say("Your code is ", voice="Polly.Joanna")\n'
        'say.say_as("1234", interpret_as="digits", format="ymd")\n'
        'say.append(" and ").add_text("then ").break_(strength="x-strong", time="1s")\n'
        'say.prosody(rate="slow").lang("bonjour", xml_lang="fr-FR").w("read", role="amazon:VBD")\n'
        'say.p().s("One.").sub("W3C", alias="World Wide Web Consortium")\n'
        'say.emphasis("now", level="strong").phoneme("pecan", alphabet="ipa", ph="x")\n'
        "r.hangup()\n"
        "text: str = r.to_xml()\n"
    )
    assert "Success" in mypy(right, tmp_path)
