"""The maintained OpenAPI document: valid, faithful to the endpoint document, and to the
published reference where the two differ."""

from __future__ import annotations

import json
from typing import Any

import pytest
from openapi_schema_validator import OAS31Validator
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

from .conftest import ROOT

SPEC_PATH = ROOT / "spec" / "openapi.yaml"
FORM_FIELDS = [
    "Url",
    "Method",
    "Status",
    "FallbackUrl",
    "FallbackMethod",
    "StatusCallback",
    "StatusCallbackMethod",
]
STATUSES = [
    "queued",
    "ringing",
    "in-progress",
    "canceled",
    "completed",
    "busy",
    "failed",
    "no-answer",
]
OPERATIONS = {
    ("/Accounts/{AccountSid}/Calls", "post"): "create_a_call",
    ("/Accounts/{AccountSid}/Calls", "get"): "list_calls",
    ("/Accounts/{AccountSid}/Calls/{Sid}", "get"): "fetch_a_call",
    ("/Accounts/{AccountSid}/Calls/{Sid}", "post"): "update_a_call",
    ("/Accounts/{AccountSid}/Calls/{Sid}", "delete"): "delete_a_call",
}
MESSAGE_OPERATIONS = {
    ("/Accounts/{AccountSid}/Messages", "post"): "create_message",
    ("/Accounts/{AccountSid}/Messages", "get"): "list_messages",
    ("/Accounts/{AccountSid}/Messages/{Sid}", "get"): "retrieve_message",
    ("/Accounts/{AccountSid}/Messages/{Sid}", "post"): "update_message",
    ("/Accounts/{AccountSid}/Messages/{Sid}", "delete"): "delete_message",
    ("/Accounts/{AccountSid}/Messages/{MessageSid}/Media", "get"): "list_media",
    ("/Accounts/{AccountSid}/Messages/{MessageSid}/Media/{Sid}.json", "get"): "retrieve_media",
    ("/Accounts/{AccountSid}/Messages/{MessageSid}/Media/{Sid}", "delete"): "delete_message_media",
}
NULLABLE = [
    "annotation",
    "answered_by",
    "forwarded_from",
    "start_time",
    "end_time",
    "duration",
    "price",
    "parent_call_sid",
    "phone_number_sid",
]


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    document, _ = read_from_filename(str(SPEC_PATH))
    assert isinstance(document, dict)
    return document


@pytest.fixture(scope="module")
def operation(spec: dict[str, Any]) -> dict[str, Any]:
    op: dict[str, Any] = spec["paths"]["/Accounts/{AccountSid}/Calls/{Sid}"]["post"]
    return op


def _schema(spec: dict[str, Any], name: str) -> dict[str, Any]:
    schema: dict[str, Any] = spec["components"]["schemas"][name]
    return schema


def _allows(prop: dict[str, Any], json_type: str) -> bool:
    types = prop.get("type", [])
    types = [types] if isinstance(types, str) else types
    variants = prop.get("anyOf", [])
    return json_type in types or any(v.get("type") == json_type for v in variants)


def test_spec_is_valid_openapi_3_1(spec: dict[str, Any]) -> None:
    validate(spec)
    assert spec["openapi"].startswith("3.1")


def test_server_and_security(spec: dict[str, Any]) -> None:
    server = spec["servers"][0]
    assert server["url"] == "https://{space_url}/api/laml/2010-04-01"
    assert "space_url" in server["variables"]
    assert spec["components"]["securitySchemes"]["basicAuth"] == {
        "type": "http",
        "scheme": "basic",
        "description": spec["components"]["securitySchemes"]["basicAuth"]["description"],
    }


def test_operation(spec: dict[str, Any], operation: dict[str, Any]) -> None:
    assert operation["operationId"] == "update_a_call"
    assert operation["tags"] == ["Calls"]
    assert operation["summary"] == "Update a call"
    assert "Allows you to modify an active call." in operation["description"]
    assert "Voice" in operation["description"]
    shared = spec["paths"]["/Accounts/{AccountSid}/Calls/{Sid}"]["parameters"]
    names = [spec["components"]["parameters"][p["$ref"].rsplit("/", 1)[1]]["name"] for p in shared]
    assert names == ["AccountSid", "Sid"]
    for status in ("200", "400", "401", "404", "422", "429", "5XX"):
        assert status in operation["responses"]


def test_the_whole_calls_resource(spec: dict[str, Any]) -> None:
    found = {
        (path, method): op["operationId"]
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method != "parameters" and op["tags"] == ["Calls"]
    }
    assert found == OPERATIONS
    delete = spec["paths"]["/Accounts/{AccountSid}/Calls/{Sid}"]["delete"]
    assert "content" not in delete["responses"]["204"]


def test_update_status_is_end_only_as_the_reference_says(spec: dict[str, Any]) -> None:
    # The seed document listed every call status; SignalWire's reference allows only these.
    assert _schema(spec, "UpdateCallStatus")["enum"] == ["canceled", "completed"]


def test_url_fields_are_uris(spec: dict[str, Any]) -> None:
    for name in ("UpdateCallRequest", "CreateCallRequest"):
        props = _schema(spec, name)["properties"]
        urls = [key for key in props if key.endswith(("Url", "Callback"))]
        assert urls and all(props[key].get("format") == "uri" for key in urls), name


def test_form_fields_enums_and_defaults(spec: dict[str, Any], operation: dict[str, Any]) -> None:
    content = operation["requestBody"]["content"]
    assert list(content) == ["application/x-www-form-urlencoded"]
    props = _schema(spec, "UpdateCallRequest")["properties"]
    assert list(props) == FORM_FIELDS
    assert _schema(spec, "HttpMethod")["enum"] == ["GET", "POST"]
    assert _schema(spec, "CallStatus")["enum"] == STATUSES
    for name in ("Method", "FallbackMethod", "StatusCallbackMethod"):
        assert props[name]["default"] == "POST"
    assert all(props[name].get("description") for name in FORM_FIELDS)


def test_call_schema_has_every_seed_field(spec: dict[str, Any], seed_call: dict[str, Any]) -> None:
    props = _schema(spec, "Call")["properties"]
    assert set(seed_call) <= set(props)
    assert {"caller_name", "group_sid", "sip_result_code", "audio_in_mos"} <= set(props)
    assert all(prop.get("description") for prop in props.values())


def test_example_is_the_seed_example_verbatim(
    spec: dict[str, Any], seed_call: dict[str, Any]
) -> None:
    example = spec["components"]["examples"]["Call"]["value"]
    assert json.dumps(example, sort_keys=True) == json.dumps(seed_call, sort_keys=True)


def test_types_are_honest(spec: dict[str, Any]) -> None:
    props = _schema(spec, "Call")["properties"]
    for name in NULLABLE:
        assert _allows(props[name], "null"), name
    assert _allows(props["price"], "number") and _allows(props["price"], "string")
    for name in ("status", "answered_by", "direction"):
        assert _allows(props[name], "string"), f"{name} must be an open enum"
    for name in ("sid", "account_sid", "parent_call_sid", "phone_number_sid"):
        assert "format" not in props[name]
    assert _schema(spec, "Call")["required"] == ["sid"]


ERROR_FIELDS = {"code", "message", "more_info", "status", "errors", "type", "attribute", "url"}


def test_error_body(spec: dict[str, Any]) -> None:
    """One open Error schema, every field optional, for every shape the service sends."""
    error, item = _schema(spec, "Error"), _schema(spec, "ErrorItem")
    assert set(error["properties"]) == ERROR_FIELDS
    assert set(item["properties"]) == {"code", "message", "more_info"}
    for schema in (error, item):
        assert "required" not in schema and "additionalProperties" not in schema
    for name in ("code", "message", "more_info", "url"):
        assert _allows(error["properties"][name], "null"), name
    assert _allows(error["properties"]["code"], "integer")
    assert _allows(error["properties"]["code"], "string")
    assert _allows(item["properties"]["code"], "string")


def test_every_documented_error_shape_is_an_error(spec: dict[str, Any]) -> None:
    """Each body of the shared vectors that is one of the documented shapes fits the schema."""
    validator = OAS31Validator(
        {"$ref": "#/components/schemas/Error", "components": spec["components"]}
    )
    vectors = json.loads((ROOT / "tests" / "vectors" / "errors.json").read_text())["vectors"]
    shaped = [v for v in vectors if "shape" in v]
    assert {v["shape"] for v in shaped} == {
        "flat",
        "errors-objects",
        "errors-strings",
        "token",
        "imported-number",
    }
    for vector in shaped:
        problems = [e.message for e in validator.iter_errors(json.loads(vector["body"]))]
        assert not problems, (vector["id"], problems)
    assert not validator.is_valid({"errors": [7]}), "an error in a list is an object or a text"
    assert not validator.is_valid({"code": 1.5}), "a code is an integer or a text"


def test_the_whole_messages_family(spec: dict[str, Any]) -> None:
    found = {
        (path, method): op["operationId"]
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method != "parameters" and op["tags"][0] in ("Messages", "Message Media")
    }
    assert found == MESSAGE_OPERATIONS
    for path, method in MESSAGE_OPERATIONS:
        assert spec["paths"][path][method]["x-permissions"] == {"scopes": ["Messaging"]}
    # The service accepts one update, redaction; the callback's statuses are in the REST enum.
    assert _schema(spec, "UpdateMessageRequest")["properties"]["Body"]["maxLength"] == 0
    assert {"sending", "receiving", "initiated"} <= set(_schema(spec, "MessageStatus")["enum"])
    callback = spec["webhooks"]["messageStatus"]["post"]["requestBody"]["content"]
    assert list(callback) == ["application/x-www-form-urlencoded"]
    assert "required" not in _schema(spec, "MessageStatusCallback")
    # The media file itself is at the suffix-less URL: its description is fetched as .json.
    fetch = spec["paths"]["/Accounts/{AccountSid}/Messages/{MessageSid}/Media/{Sid}.json"]
    assert list(fetch) == ["parameters", "get"]
    bare = spec["paths"]["/Accounts/{AccountSid}/Messages/{MessageSid}/Media/{Sid}"]
    assert list(bare) == ["parameters", "delete"]
    for name in ("Message", "Media"):
        assert _schema(spec, name)["required"] == ["sid"]
        assert _allows(_schema(spec, name)["properties"]["sid"], "string")
