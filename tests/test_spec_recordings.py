"""The recordings, streams and transcriptions of the OpenAPI document: every operation of the
published reference, with the service's wire names and tolerant response types."""

from __future__ import annotations

from typing import Any

import pytest
from openapi_schema_validator import OAS31Validator, oas31_format_checker
from openapi_spec_validator.readers import read_from_filename

from .conftest import ROOT

ACCOUNT = "/Accounts/{AccountSid}"
CALL = f"{ACCOUNT}/Calls/{{CallSid}}"
CONFERENCE = f"{ACCOUNT}/Conferences/{{ConferenceSid}}"
OPERATIONS = {
    (f"{CALL}/Recordings", "post"): "create_recording",
    (f"{CALL}/Recordings/{{Sid}}", "post"): "update_recording",
    (f"{CALL}/Streams", "post"): "create_stream",
    (f"{CALL}/Streams/{{Sid}}", "post"): "update_stream",
    (f"{CONFERENCE}/Recordings", "get"): "list_conference_recordings",
    (f"{CONFERENCE}/Recordings/{{Sid}}", "get"): "get_conference_recording",
    (f"{CONFERENCE}/Recordings/{{Sid}}", "post"): "update_conference_recording",
    (f"{CONFERENCE}/Recordings/{{Sid}}", "delete"): "delete_conference_recording",
    (f"{CONFERENCE}/Streams", "post"): "create_conference_stream",
    (f"{CONFERENCE}/Streams/{{Sid}}", "post"): "update_conference_stream",
    (f"{ACCOUNT}/Recordings", "get"): "list_recordings",
    (f"{ACCOUNT}/Recordings/{{Sid}}.json", "get"): "retrieve_recording",
    (f"{ACCOUNT}/Recordings/{{Sid}}", "delete"): "delete_recording",
    (f"{ACCOUNT}/Transcriptions", "get"): "list_transcriptions",
    (f"{ACCOUNT}/Transcriptions/{{Sid}}", "get"): "retrieve_transcription",
    (f"{ACCOUNT}/Transcriptions/{{Sid}}", "delete"): "delete_transcription",
}
TAGS = {"Recordings", "Streams", "Conference Recordings", "Conference Streams"}
TAGS |= {"Recording Transcriptions"}
SPEC, _ = read_from_filename(str(ROOT / "spec" / "openapi.yaml"))
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]


def _resolve(node: Any) -> Any:
    if isinstance(node, dict):
        if "$ref" in node:
            target: Any = SPEC
            for part in node["$ref"].lstrip("#/").split("/"):
                target = target[part]
            return _resolve(target)
        return {key: _resolve(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_resolve(value) for value in node]
    return node


def _family() -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (path, method): op
        for path, item in SPEC["paths"].items()
        for method, op in item.items()
        if method != "parameters" and set(op["tags"]) & TAGS
    }


def test_every_operation_of_the_family() -> None:
    found = {key: op["operationId"] for key, op in _family().items()}
    assert found == OPERATIONS
    declared = {tag["name"] for tag in SPEC["tags"]}
    assert declared >= TAGS


@pytest.mark.parametrize("key", sorted(OPERATIONS), ids=lambda key: OPERATIONS[key])
def test_operation_conventions(key: tuple[str, str]) -> None:
    op = _family()[key]
    assert op["x-permissions"] == {"scopes": ["Voice"]}
    assert "Voice" in op["description"]
    for status in ("400", "401", "404", "429", "5XX"):
        assert op["responses"][status] == {"$ref": "#/components/responses/Error"}
    if key[1] == "delete":
        assert "content" not in op["responses"]["204"]
    else:
        assert "application/json" in op["responses"]["200"]["content"]
    params = SPEC["paths"][key[0]]["parameters"]
    names = [_resolve(p)["name"] for p in params]
    assert names == [part[1:-1] for part in key[0].split("/") if part.startswith("{")] or (
        key[0].endswith(".json") and names == ["AccountSid", "Sid"]
    )
    assert all(_resolve(p)["schema"] == {"type": "string"} for p in params)


def test_recording_metadata_is_fetched_as_json_and_deleted_without_suffix() -> None:
    fetch = SPEC["paths"]["/Accounts/{AccountSid}/Recordings/{Sid}.json"]
    assert list(fetch) == ["parameters", "get"]
    assert ".mp3" in fetch["get"]["description"]
    bare = SPEC["paths"]["/Accounts/{AccountSid}/Recordings/{Sid}"]
    assert list(bare) == ["parameters", "delete"]


def test_stream_bodies_keep_the_dotted_wire_names() -> None:
    dotted = {"Parameter1.Name", "Parameter1.Value", "Parameter2.Name", "Parameter2.Value"}
    for name in ("CreateStreamRequest", "CreateConferenceStreamRequest"):
        props = SCHEMAS[name]["properties"]
        assert dotted <= set(props), name
        assert SCHEMAS[name]["required"] == ["Url"]
        assert props["Url"]["pattern"].startswith("^wss://"), name  # a WebSocket URL


def test_starting_a_recording_needs_no_field() -> None:
    create = _family()[(f"{CALL}/Recordings", "post")]
    assert create["requestBody"].get("required", False) is False
    assert "required" not in SCHEMAS["CreateRecordingRequest"]


def test_no_default_is_sent_with_a_request() -> None:
    bodies = ("CreateRecordingRequest", "UpdateRecordingRequest", "CreateStreamRequest")
    for name in (*bodies, "CreateConferenceStreamRequest", "UpdateStreamRequest"):
        assert all("default" not in prop for prop in SCHEMAS[name]["properties"].values()), name


def test_recording_status_holds_every_documented_value() -> None:
    assert set(SCHEMAS["RecordingStatus"]["enum"]) == {
        "queued",
        "in-progress",
        "paused",
        "resumed",
        "completed",
        "absent",
        "stopped",
    }


@pytest.mark.parametrize("name", ["Recording", "Stream", "Transcription"])
def test_responses_are_tolerant(name: str) -> None:
    schema = SCHEMAS[name]
    assert schema["required"] == ["sid"]
    for key, prop in schema["properties"].items():
        if key == "sid":
            continue
        accepts = OAS31Validator(_resolve(prop))
        assert accepts.is_valid(None), f"{name}.{key} must be nullable"
        if "enum" in _resolve(prop.get("anyOf", [{}])[0]):
            assert accepts.is_valid("a-value-no-one-documented"), f"{name}.{key} must be open"


def test_numbers_sent_as_text_or_as_numbers() -> None:
    recording = OAS31Validator(_resolve(SCHEMAS["Recording"]))
    for key in ("channels", "channel", "duration", "price", "error_code"):
        for value in ("2", 2):
            assert recording.is_valid({"sid": "s", key: value}), key


@pytest.mark.parametrize(
    ("example", "schema"),
    [
        ("Recording", "Recording"),
        ("Stream", "Stream"),
        ("ConferenceStream", "Stream"),
        ("Transcription", "Transcription"),
    ],
)
def test_examples_fit_their_schema(example: str, schema: str) -> None:
    closed = {**_resolve(SCHEMAS[schema]), "additionalProperties": False}
    validator = OAS31Validator(closed, format_checker=oas31_format_checker)
    validator.validate(SPEC["components"]["examples"][example]["value"])
