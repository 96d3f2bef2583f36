"""The cXML builders write what twilio-python's ``twilio.twiml`` writes for the same calls: each
shared document vector made only of elements twilio-python has is built with both and compared
byte for byte."""

from __future__ import annotations

from typing import Any

import pytest
from twilio.twiml import TwiML  # type: ignore[import-untyped]
from twilio.twiml.fax_response import FaxResponse  # type: ignore[import-untyped]
from twilio.twiml.messaging_response import MessagingResponse  # type: ignore[import-untyped]
from twilio.twiml.voice_response import VoiceResponse  # type: ignore[import-untyped]

from .test_cxml import VECTORS, child_spec, element_class
from .test_cxml import snake as snake

TWILIO = {
    "VoiceResponse": VoiceResponse,
    "MessagingResponse": MessagingResponse,
    "FaxResponse": FaxResponse,
}


class NotInTwilio(Exception):
    """twilio-python has no method for one of the vector's elements."""


def twilio_build(response: str, nodes: list[Any]) -> TwiML:
    """The vector's document made with twilio.twiml, the same calls: the text first, the
    attributes as snake_case keywords (a list as twilio-python takes it, one joined string),
    text after a child with ``append``."""
    root = TWILIO[response]()

    def add(parent: TwiML, ours: Any, node: str | dict[str, Any]) -> None:
        if isinstance(node, str):
            parent.append(node)
            return
        spec = child_spec(ours, node["element"])
        method = getattr(parent, snake(node["element"]), None)
        if method is None:
            raise NotInTwilio(f"{type(parent).__name__}.{snake(node['element'])}")
        keywords = {}
        for name, value in node.get("attributes", {}).items():
            attribute = spec.attribute(snake(name))
            if attribute.list and isinstance(value, list):
                value = attribute.separator.join(str(item) for item in value)
            keywords[snake(name)] = value
        args = [node["text"]] if "text" in node else []
        child = method(*args, **keywords)
        for grandchild in node.get("children", []):
            add(child, element_class(spec.id), grandchild)

    for node in nodes:
        add(root, element_class(response), node)
    return root


def _comparable() -> list[dict[str, Any]]:
    found = []
    for vector in VECTORS["documents"]:
        try:
            twilio_build(vector["response"], vector["build"])
        except NotInTwilio:
            continue
        found.append(vector)
    return found


COMPARABLE = _comparable()


def test_most_vectors_are_compared_with_twilio() -> None:
    assert len([v for v in COMPARABLE if "twilioDiffers" not in v]) >= 40


@pytest.mark.parametrize("vector", COMPARABLE, ids=lambda v: v["name"])
def test_same_bytes_as_twilio_python(vector: dict[str, Any]) -> None:
    theirs = twilio_build(vector["response"], vector["build"]).to_xml()
    if "twilioDiffers" in vector:  # on purpose, and said why: the difference must be real
        assert theirs != vector["xml"]
    else:
        assert theirs == vector["xml"]


def test_the_vectors_twilio_cannot_make_use_elements_it_lacks() -> None:
    skipped = [v["name"] for v in VECTORS["documents"] if v not in COMPARABLE]
    assert sorted(skipped) == sorted(
        [
            "conference stream with parameters",  # twilio's <Conference> has no <Stream>
            "dial a verto client",
            "stream at the top level",
            "denoise on, then dial",
            "denoise off, then record",
            "reject a fax",
        ]
    )
