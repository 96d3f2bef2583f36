"""Every generated model reads the spec's example of each response and gives it back from
``to_dict``, the same JSON value; a value of the wrong type is refused, naming its field."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import signalwire_compat_client.models as models
from signalwire_compat_client.models import Call, CallStatus, SubresourceUris

SPEC = yaml.safe_load(
    (Path(__file__).resolve().parent.parent / "spec" / "openapi.yaml").read_text()
)


def examples() -> list[tuple[str, tuple[str, Any]]]:
    """Each response example of the spec, with the name of its schema (the model's)."""
    named = SPEC["components"]["examples"]
    found = []
    for path, operations in SPEC["paths"].items():
        for method, operation in operations.items():
            if method == "parameters":
                continue
            for status, response in (operation.get("responses") or {}).items():
                content = (response.get("content") or {}).get("application/json") or {}
                ref = content.get("schema", {}).get("$ref", "")
                for key, example in (content.get("examples") or {}).items():
                    value = (
                        named[example["$ref"].rsplit("/", 1)[1]] if "$ref" in example else example
                    )
                    if ref and "value" in value:
                        model = ref.rsplit("/", 1)[1]
                        found.append((f"{method} {path} {status} {key}", (model, value["value"])))
    return found


EXAMPLES = examples()


def test_there_are_examples_of_most_responses() -> None:
    assert len(EXAMPLES) >= 50


@pytest.mark.parametrize(("where", "example"), EXAMPLES, ids=[w for w, _ in EXAMPLES])
def test_each_example_reads_and_comes_back_whole(where: str, example: tuple[str, Any]) -> None:
    name, body = example
    model = getattr(models, name)
    read = model.from_dict(body)
    assert read.to_dict() == body  # the same JSON value (required fields come first)
    assert model.from_dict(read.to_dict()) == read


def test_enums_nested_models_and_unknown_values() -> None:
    call = Call.from_dict(
        {"sid": "CA1", "status": "in-progress", "subresource_uris": {"recordings": "/r"}}
    )
    assert call.status is CallStatus.IN_PROGRESS
    assert call.subresource_uris == SubresourceUris(recordings="/r")
    newer = Call.from_dict({"sid": "CA1", "status": "teleporting", "queue_time": "5"})
    assert newer.status == "teleporting" and newer["queue_time"] == "5"
    assert newer.to_dict() == {"queue_time": "5", "sid": "CA1", "status": "teleporting"}


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"sid": "CA1", "duration": "abc"}, "duration is str: 'abc'"),
        ({"sid": "CA1", "duration": True}, "duration is bool: True"),
        ({"sid": None}, "sid is NoneType"),
        ({"sid": "CA1", "subresource_uris": "none"}, "subresource_uris is str"),
        ({"sid": "CA1", "subresource_uris": {"recordings": 5}}, "recordings is int: 5"),
    ],
)
def test_a_value_of_the_wrong_type_is_refused_naming_its_field(
    body: dict[str, Any], message: str
) -> None:
    with pytest.raises(TypeError, match=message.replace("(", r"\(")):
        Call.from_dict(body)


def test_a_required_field_left_out_is_a_key_error() -> None:
    with pytest.raises(KeyError, match="sid"):
        Call.from_dict({"status": "queued"})
