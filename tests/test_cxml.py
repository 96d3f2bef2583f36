"""cXML: the shared vectors (tests/vectors/cxml.json), hostile input, the validator's bounds,
and the description's reach: every element and attribute of spec/cxml.yaml is a method and a
keyword of the Python builders."""

from __future__ import annotations

import json
import keyword
import re
import subprocess
import sys
import tracemalloc
import typing
from pathlib import Path
from typing import Any
from xml.parsers import expat

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from signalwire_compat import InvalidParameterError, cxml
from signalwire_compat.cxml import (
    CXML_MAX_BYTES,
    FaxResponse,
    MessagingResponse,
    VoiceResponse,
    validate_cxml,
)

from .conftest import ROOT

VECTORS = json.loads((ROOT / "tests" / "vectors" / "cxml.json").read_text(encoding="utf-8"))
DESCRIPTION = yaml.safe_load((ROOT / "spec" / "cxml.yaml").read_text(encoding="utf-8"))
KIND = {"VoiceResponse": "voice", "MessagingResponse": "messaging", "FaxResponse": "fax"}


def snake(name: str) -> str:
    """The Python name of an XML name: ``numDigits`` is ``num_digits``, ``for`` is ``for_``,
    ``say-as`` is ``say_as``, ``xml:lang`` is ``xml_lang``, ``break`` is ``break_``."""
    words = re.sub(r"[-:]", "_", re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower())
    return f"{words}_" if keyword.iskeyword(words) else words


def element_class(name: str) -> type[Any]:
    found: type[Any] = getattr(cxml, name)
    return found


def child_spec(parent: Any, tag: str) -> Any:
    """The spec of the child ``tag`` that ``parent`` allows."""
    for child in parent.SPEC.children:
        spec = element_class(child).SPEC
        if spec.xml == tag:
            return spec
    raise AssertionError(f"<{parent.SPEC.xml}> allows no <{tag}>")


def build(response: str, nodes: list[Any]) -> Any:
    """The document a vector describes, made with the builders' methods: a string is text
    appended after the child before it; ``{"append": class}`` is that class made on its own."""
    root = element_class(response)()

    def add(parent: Any, node: str | dict[str, Any]) -> None:
        if isinstance(node, str):
            parent.append(node)
            return
        keywords = {snake(name): value for name, value in node.get("attributes", {}).items()}
        if "append" in node:
            cls = element_class(node["append"])
            args = [node.get("text")] if cls.SPEC.text is not None else []
            parent.append(cls(*args, **keywords))
            return
        spec = child_spec(parent, node["element"])
        args = [node.get("text")] if spec.text is not None else []
        child = getattr(parent, snake(node["element"]))(*args, **keywords)
        for grandchild in node.get("children", []):
            add(child, grandchild)

    for node in nodes:
        add(root, node)
    return root


@pytest.mark.parametrize("vector", VECTORS["documents"], ids=lambda v: v["name"])
def test_document_vector(vector: dict[str, Any]) -> None:
    document = build(vector["response"], vector["build"])
    assert document.to_xml() == vector["xml"]
    assert str(document) == vector["xml"]
    assert validate_cxml(vector["xml"], document=KIND[vector["response"]]) == []  # type: ignore[arg-type]
    assert validate_cxml(vector["xml"].encode()) == []


@pytest.mark.parametrize("vector", VECTORS["errors"], ids=lambda v: v["name"])
def test_error_vector(vector: dict[str, Any]) -> None:
    with pytest.raises(InvalidParameterError) as raised:
        build(vector["response"], vector["build"])
    assert raised.value.field == (
        vector["field"] if vector["field"] == "text" else snake(vector["field"])
    )
    assert str(raised.value).startswith(f"{raised.value.field}: ")


@pytest.mark.parametrize("vector", VECTORS["validate"], ids=lambda v: v["name"])
def test_validate_vector(vector: dict[str, Any]) -> None:
    problems = validate_cxml(
        vector["xml"], document=vector["document"], max_bytes=vector.get("maxBytes", CXML_MAX_BYTES)
    )
    assert [[p.code, p.path] for p in problems] == vector["problems"]
    assert all(p.message for p in problems)


def test_the_vectors_are_many_and_cover_every_element() -> None:
    assert len(VECTORS["documents"]) >= 40
    ssml = [v for v in VECTORS["documents"] if re.search(r"<Say[^>]*>[^<]*<[a-z]", v["xml"])]
    assert len(ssml) >= 12
    used: set[str] = set()

    def walk(parent: Any, nodes: list[Any]) -> None:
        for node in nodes:
            if isinstance(node, str):
                continue
            spec = child_spec(parent, node["element"])
            used.add(spec.id)
            walk(element_class(spec.id), node.get("children", []))

    for vector in VECTORS["documents"]:
        used.add(vector["response"])
        walk(element_class(vector["response"]), vector["build"])
    assert used == set(DESCRIPTION["documents"]) | set(DESCRIPTION["elements"])


def test_the_twilio_style_call_shape() -> None:
    response = VoiceResponse()
    response.dial(caller_id="+15551230000").number("+15551239999")
    response.gather(input=["speech", "dtmf"], num_digits=1).say("Press 1")
    assert (
        str(response)
        == response.to_xml()
        == (
            '<?xml version="1.0" encoding="UTF-8"?><Response><Dial callerId="+15551230000">'
            '<Number>+15551239999</Number></Dial><Gather input="speech dtmf" numDigits="1">'
            "<Say>Press 1</Say></Gather></Response>"
        )
    )
    assert response.to_xml(xml_declaration=False).startswith("<Response>")


def test_append_takes_an_element_made_on_its_own_and_refuses_one_not_allowed() -> None:
    dial = cxml.Dial(caller_id="+15551230000")
    dial.append(cxml.Number("+15551239999"))
    response = VoiceResponse().append(dial)
    assert "<Dial callerId" in str(response)
    with pytest.raises(
        InvalidParameterError, match=r"<Response> does not allow <Number>"
    ) as raised:
        VoiceResponse().append(cxml.Number("+15551239999"))  # type: ignore[arg-type]
    assert raised.value.field == "child"
    with pytest.raises(InvalidParameterError, match="<Dial> does not allow str"):
        dial.append("<Hangup/>")  # type: ignore[arg-type]
    fax_reject, voice_reject = cxml.FaxReject(), cxml.Reject()
    with pytest.raises(InvalidParameterError):
        VoiceResponse().append(fax_reject)  # type: ignore[arg-type]
    assert str(FaxResponse().append(fax_reject)).endswith("<Response><Reject /></Response>")
    assert voice_reject.SPEC.xml == fax_reject.SPEC.xml == "Reject"


def test_text_runs_on_between_ssml_children() -> None:
    by_append, by_add_text = VoiceResponse(), VoiceResponse()
    for response, add in ((by_append, "append"), (by_add_text, "add_text")):
        say = response.say("Please hold")
        say.break_(time="1s")
        assert getattr(say, add)(" thank you") is say
        getattr(say, add)("")  # nothing to write: no text node
        say.emphasis(level="strong").append("now")
    assert str(by_append) == str(by_add_text)
    assert str(by_append).endswith(
        '<Say>Please hold<break time="1s" /> thank you<emphasis level="strong">now</emphasis>'
        "</Say></Response>"
    )
    empty = VoiceResponse()
    empty.say().append("")
    assert str(empty).endswith("<Response><Say /></Response>")


def test_text_is_appended_only_where_the_text_runs_around_children() -> None:
    response = VoiceResponse()
    dial = response.dial()
    with pytest.raises(InvalidParameterError, match="<Dial> does not allow str") as raised:
        dial.append("+15551230000")  # type: ignore[arg-type]
    assert raised.value.field == "child"
    assert not hasattr(dial, "add_text")
    with pytest.raises(InvalidParameterError, match="U\\+0007") as raised:
        response.say("Hi").append("a\x07b")
    assert raised.value.field == "text"
    with pytest.raises(InvalidParameterError) as raised:
        response.say("Hi").append(42)  # type: ignore[arg-type]
    assert raised.value.field == "child"
    assert str(response).endswith("<Dial /><Say>Hi</Say><Say>Hi</Say></Response>")


def test_a_failed_attribute_adds_no_child() -> None:
    response = VoiceResponse()
    with pytest.raises(InvalidParameterError):
        response.say("Hi", voice="\x00")
    assert str(response).endswith("<Response />")


# --- hostile input ---------------------------------------------------------------------------


class Tree:
    """A document read back with expat: what a parser sees (tags, attributes, text)."""

    def __init__(self, xml: str) -> None:
        self.events: list[tuple[str, ...]] = []
        parser = expat.ParserCreate()
        parser.buffer_text = True
        parser.ordered_attributes = True
        parser.StartElementHandler = lambda tag, attrs: self.events.append(("start", tag, *attrs))
        parser.EndElementHandler = lambda tag: self.events.append(("end", tag))
        parser.CharacterDataHandler = self.text
        parser.Parse(xml.encode(), True)

    def text(self, data: str) -> None:  # one text event for each run of text
        if self.events and self.events[-1][0] == "text":
            data = self.events.pop()[1] + data
        self.events.append(("text", data))


XML_TEXT = st.text(
    st.characters(
        blacklist_categories=["Cs"],
        blacklist_characters="".join(map(chr, [*range(9), 11, 12, *range(14, 32), 0xFFFE, 0xFFFF])),
    )
)


@given(text=XML_TEXT, voice=XML_TEXT, url=XML_TEXT)
def test_any_text_or_attribute_keeps_the_structure(text: str, voice: str, url: str) -> None:
    response = VoiceResponse()
    response.say(text, voice=voice)
    response.redirect(url or "x", method="GET")
    events = Tree(str(response)).events
    say_text = [("text", text.replace("\r\n", "\n"))] if text else []
    assert events == [
        ("start", "Response"),
        ("start", "Say", "voice", voice),
        *say_text,
        ("end", "Say"),
        ("start", "Redirect", "method", "GET"),
        ("text", url or "x"),
        ("end", "Redirect"),
        ("end", "Response"),
    ]


@given(text=XML_TEXT, tail=XML_TEXT, attribute=XML_TEXT)
def test_any_text_around_ssml_keeps_the_structure(text: str, tail: str, attribute: str) -> None:
    response = VoiceResponse()
    say = response.say(text)
    say.break_(time=attribute)
    say.append(tail)
    say.sub(f"x{text}", alias=attribute)
    events = Tree(str(response)).events

    def run(value: str) -> list[tuple[str, ...]]:
        return [("text", value.replace("\r\n", "\n"))] if value else []

    assert events == [
        ("start", "Response"),
        ("start", "Say"),
        *run(text),
        ("start", "break", "time", attribute),
        ("end", "break"),
        *run(tail),
        ("start", "sub", "alias", attribute),
        *run(f"x{text}"),
        ("end", "sub"),
        ("end", "Say"),
        ("end", "Response"),
    ]
    assert validate_cxml(str(response)) == []


@pytest.mark.parametrize(
    "hostile",
    [
        "</Say><Hangup/><Say>",
        "]]>",
        "<![CDATA[",
        '"/><Hangup/><Say a="',
        "&lt;&amp;&#x3c;",
        "<!DOCTYPE x [<!ENTITY a 'b'>]>",
        "<?xml version='1.0'?>",
        "\r\n\t line",
    ],
)
def test_markup_is_text_in_text_and_attributes(hostile: str) -> None:
    response = MessagingResponse()
    response.message(hostile, to=hostile).media(hostile)
    events = Tree(str(response)).events
    tags = [event[1] for event in events if event[0] == "start"]
    assert tags == ["Response", "Message", "Media"]
    assert events[1] == ("start", "Message", "to", hostile)
    assert validate_cxml(str(response)) == []


@pytest.mark.parametrize(
    "char", [*map(chr, [0, 1, 8, 11, 12, 14, 31, 0xD800, 0xDFFF, 0xFFFE, 0xFFFF])]
)
def test_characters_xml_cannot_carry_are_refused(char: str) -> None:
    with pytest.raises(InvalidParameterError, match=f"U\\+{ord(char):04X}") as raised:
        VoiceResponse().say(f"a{char}b")
    assert raised.value.field == "text"
    with pytest.raises(InvalidParameterError) as raised:
        VoiceResponse().play(digits=char)
    assert raised.value.field == "digits"


def test_a_megabyte_of_text_is_one_text_node() -> None:
    text = ("<Say>&]]>" * 120_000)[: 1024 * 1024]
    response = VoiceResponse()
    response.say(text)
    assert Tree(str(response)).events == [
        ("start", "Response"),
        ("start", "Say"),
        ("text", text),
        ("end", "Say"),
        ("end", "Response"),
    ]


# --- the validator's bounds ------------------------------------------------------------------


def _peak(call: Any) -> int:
    tracemalloc.start()
    try:
        call()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_entity_expansion_is_refused_in_bounded_memory() -> None:
    laughs = next(v for v in VECTORS["validate"] if "billion laughs" in v["name"])["xml"]
    entities = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 30))
    deeper = f'<!DOCTYPE R [<!ENTITY l0 "lol">{entities}]><Response><Say>&l29;</Say></Response>'
    for document in (laughs, deeper):
        found: list[Any] = []
        peak = _peak(lambda document=document, found=found: found.extend(validate_cxml(document)))
        assert [p.code for p in found] == ["doctype"]
        assert peak < 1024 * 1024  # fully expanded, lol9 alone would be 3 GB


def test_a_document_over_the_cap_is_not_read() -> None:
    big = "<Response>" + "<Hangup/>" * 200_000 + "</Response>"
    assert len(big) > CXML_MAX_BYTES
    problems: list[Any] = []
    peak = _peak(lambda: problems.extend(validate_cxml(big)))
    assert [(p.code, p.path) for p in problems] == [("too-large", "")]
    assert peak < 64 * 1024  # nothing is parsed or copied
    assert [p.code for p in validate_cxml(big.encode())] == ["too-large"]
    assert validate_cxml(big, max_bytes=len(big)) == []


def test_a_document_at_the_cap_is_read_in_memory_proportional_to_it() -> None:
    document = "<Response><Say>" + "a" * (CXML_MAX_BYTES - 40) + "</Say></Response>"
    assert len(document.encode()) <= CXML_MAX_BYTES
    problems: list[Any] = []
    peak = _peak(lambda: problems.extend(validate_cxml(document)))
    assert problems == []
    assert peak < 24 * CXML_MAX_BYTES  # three readings of the document, each a few copies


def test_validate_refuses_what_is_not_a_document() -> None:
    with pytest.raises(InvalidParameterError) as raised:
        validate_cxml(42)  # type: ignore[arg-type]
    assert raised.value.field == "text"
    with pytest.raises(InvalidParameterError):
        validate_cxml("<Response/>", document="sms")  # type: ignore[arg-type]
    for bad in (0, -1, True, 1.5):
        with pytest.raises(InvalidParameterError):
            validate_cxml("<Response/>", max_bytes=bad)  # type: ignore[arg-type]
    assert [p.code for p in validate_cxml("<Response>\ud800</Response>")] == ["not-well-formed"]
    assert [p.code for p in validate_cxml(b"<Response>\xff</Response>")] == ["not-well-formed"]


# --- the description's reach -----------------------------------------------------------------

PY_TYPES = {"string": str, "integer": int, "number": float, "boolean": bool}


def _described() -> list[tuple[str, dict[str, Any]]]:
    documents = [
        (name, {**node, "xml": "Response"}) for name, node in DESCRIPTION["documents"].items()
    ]
    return [*documents, *DESCRIPTION["elements"].items()]


@pytest.mark.parametrize(
    ("name", "node"), _described(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_every_element_and_attribute_is_reachable(name: str, node: dict[str, Any]) -> None:
    cls = element_class(name)
    spec = cls.SPEC
    assert spec.xml == node.get("xml", name)
    assert spec.children == tuple(node.get("children", []))
    assert (spec.text is None) == ("text" not in node)
    for child in node.get("children", []):
        child_xml = DESCRIPTION["elements"][child].get("xml", child)
        method = getattr(cls, snake(child_xml))
        assert typing.get_type_hints(method)["return"] is element_class(child)
    attributes = node.get("attributes", {})
    assert [a.xml for a in spec.attributes] == list(attributes)
    if not attributes:
        assert not hasattr(cxml, f"{name}Attributes")
        return
    hints = typing.get_type_hints(getattr(cxml, f"{name}Attributes"), include_extras=False)
    assert list(hints) == [snake(xml) for xml in attributes]
    extras = typing.get_type_hints(getattr(cxml, f"{name}Attributes"), include_extras=True)
    required = {key for key, hint in extras.items() if typing.get_origin(hint) is typing.Required}
    for xml, described in attributes.items():
        attribute = spec.attribute(snake(xml))
        assert attribute is not None and attribute.xml == xml
        assert attribute.kind == described["type"]
        assert list(attribute.values) == described.get("values", [])
        assert attribute.list == described.get("list", False)
        assert attribute.separator == described.get("separator", " ")
        assert (snake(xml) in required) == described.get("required", False) == attribute.required
        hint = hints[snake(xml)]
        if described["type"] == "enum":
            assert set(described["values"]) <= set(_literals(hint))
        elif described["type"] in PY_TYPES:
            assert PY_TYPES[described["type"]] in _leaves(hint)


def _leaves(hint: Any) -> list[Any]:
    args = typing.get_args(hint)
    if not args:
        return [hint]
    return [leaf for arg in args for leaf in _leaves(arg)]


def _literals(hint: Any) -> list[Any]:
    if typing.get_origin(hint) is typing.Literal:
        return list(typing.get_args(hint))
    return [value for arg in typing.get_args(hint) for value in _literals(arg)]


def test_the_description_is_valid_and_generated() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "cxml_generate.py"), "check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "description is valid" in done.stdout


def test_a_broken_description_is_refused(tmp_path: Path) -> None:
    broken = dict(DESCRIPTION)
    broken["elements"] = {**DESCRIPTION["elements"], "Say": {**DESCRIPTION["elements"]["Say"]}}
    broken["elements"]["Say"]["attributes"] = {"loop": {"type": "integr", "description": "x"}}
    cycle = json.loads(json.dumps(DESCRIPTION))
    cycle["elements"]["Play"]["children"] = ["Gather"]
    unknown = json.loads(json.dumps(DESCRIPTION))
    unknown["documents"]["VoiceResponse"]["children"].append("Dail")
    mixed_cycle = json.loads(json.dumps(DESCRIPTION))  # markup may nest in itself, a verb not
    mixed_cycle["elements"]["SsmlProsody"]["children"].append("Say")
    childless = json.loads(json.dumps(DESCRIPTION))
    childless["elements"]["SsmlSayAs"]["text"]["mixed"] = True
    keyword_twice = json.loads(json.dumps(DESCRIPTION))
    keyword_twice["elements"]["SsmlSayAs"]["attributes"]["interpretAs"] = {
        "type": "string",
        "description": "x",
    }
    method_twice = json.loads(json.dumps(DESCRIPTION))
    method_twice["elements"]["Pause"]["xml"] = "say"
    for name, description, expected in (
        ("kind", broken, "integr"),
        ("cycle", cycle, "nesting cycle"),
        ("unknown", unknown, "no element Dail"),
        ("mixed cycle", mixed_cycle, "nesting cycle"),
        ("childless", childless, "SsmlSayAs: mixed text needs children"),
        ("keyword twice", keyword_twice, "interpret-as and interpretAs are both the keyword"),
        ("method twice", method_twice, "Gather: Say and Pause are both the method say"),
    ):
        path = tmp_path / f"{name}.yaml"
        path.write_text(yaml.safe_dump(description), encoding="utf-8")
        done = subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "cxml_generate.py"), "check", str(path)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 1 and expected in done.stderr, done.stderr


def test_importing_the_package_does_not_load_cxml() -> None:
    code = "import sys, signalwire_compat; print(sorted(m for m in sys.modules if 'cxml' in m))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_the_readme_examples_print_what_the_readme_shows() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### cXML: what a call runs") : readme.index("### Webhooks")]
    blocks = re.findall(r"^```(\w+)\n(.*?)^```$", section, re.MULTILINE | re.DOTALL)
    python = [code for language, code in blocks if language == "python"]
    shown = [code for language, code in blocks if language == "xml"]
    assert len(python) == 3 and len(shown) == 1 and [c for c, _ in blocks].count("ts") == 1
    # The third runs a call flow in the sandbox; it prints nothing, and asserts what it does.
    printed = [shown[0], _printed_comments(python[1]), ""]
    for code, expected in zip(python, printed, strict=True):
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
        )
        assert done.stdout == expected


def _printed_comments(code: str) -> str:
    """The lines a block says it prints: its last comment lines."""
    lines = code.rstrip("\n").splitlines()
    printed: list[str] = []
    while lines and lines[-1].startswith("# "):
        printed.insert(0, lines.pop()[2:])
    return "".join(f"{line}\n" for line in printed)
