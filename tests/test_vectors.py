"""The shared wire-level vectors (tests/vectors/*.json), which every language's SDK must pass."""

from __future__ import annotations

import base64
import functools
import json
import os
from collections.abc import Callable, Iterator
from datetime import UTC
from pathlib import Path
from typing import Any

import httpx
import pytest

from signalwire_compat import (
    ConfigurationError,
    InvalidParameterError,
    OutcomeUnknownError,
    SignalWire,
    SignalWireError,
    call_times,
)
from signalwire_compat._operation import Operation
from signalwire_compat._resource import Method, methods
from signalwire_compat.webhooks import (
    RequestValidator,
    parse_call_request,
    parse_call_status,
    parse_recording_status,
)

VECTORS = Path(__file__).parent / "vectors"
METHODS = {m.operation.name: m for m in methods()}
OPERATIONS = {name: m.operation for name, m in METHODS.items()}
CREDENTIALS = {"project_id": "b3877c40-da60-4998-90ad-b792e98472af", "api_token": "PT-vector-token"}
RESULTS: dict[str, bool] = {}
ANSWERS: dict[str, dict[str, Any]] = json.loads((VECTORS / "operations.json").read_text())[
    "answers"
]


def load(name: str) -> list[dict[str, Any]]:
    vectors: list[dict[str, Any]] = json.loads((VECTORS / f"{name}.json").read_text())["vectors"]
    return vectors


@pytest.fixture(scope="module", autouse=True)
def parity_report() -> Iterator[None]:
    """With PARITY_REPORT set, write each vector's result there for ``make parity``."""
    yield
    path = os.environ.get("PARITY_REPORT")
    if path:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_text(json.dumps(RESULTS, indent=2, sort_keys=True) + "\n")


@pytest.fixture
def record(request: pytest.FixtureRequest) -> Iterator[None]:
    vector_id = request.node.callspec.id
    RESULTS[vector_id] = False
    yield
    RESULTS[vector_id] = True


def client(inputs: dict[str, Any], handler: Any) -> SignalWire:
    return SignalWire(
        project_id=inputs["project_id"],
        api_token=inputs["api_token"],
        space_url=inputs["space_url"],
        max_retries=0,
        transport=httpx.MockTransport(handler),
    )


def _ids(vectors: list[dict[str, Any]], kind: str) -> list[str]:
    return [f"{kind}:{v['id']}" for v in vectors]


def _names(operation: Operation) -> dict[str, str]:
    """Wire names to Python names, for the fields and path parameters of ``operation``."""
    fields = (*operation.path_params, *operation.query, *operation.body)
    return {field.wire: field.name for field in fields}


def _send(operation: Operation, inputs: dict[str, Any], handler: Any) -> None:
    names = _names(operation)
    fields = {names[name]: value for name, value in inputs["fields"].items()}
    ids = [inputs["call_sid"]] if len(operation.path_params) > 1 else []
    found: Method = METHODS[operation.name]
    resource = functools.reduce(getattr, found.chain, client(inputs, handler))
    method = getattr(resource, found.verb)
    extras = {f"extra_{part}": value for part, value in inputs.get("extras", {}).items()}
    result = method(*ids, account_sid=inputs["account_sid"], **fields, **extras)
    if operation.items:
        list(result)


def _answer(operation: Operation) -> httpx.Response:
    if operation.result is None:
        return httpx.Response(204)
    if operation.items:
        return httpx.Response(200, json={operation.items: [], "next_page_uri": None})
    return httpx.Response(200, json={"sid": "CA1"})


@pytest.mark.parametrize("vector", load("requests"), ids=_ids(load("requests"), "request"))
def test_request_vector(vector: dict[str, Any], record: None) -> None:
    inputs = vector["input"]
    operation = OPERATIONS[vector.get("operation", "update_a_call")]
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return _answer(operation)

    if "expect_error" in vector:
        expected = vector["expect_error"]
        with pytest.raises(SignalWireError) as caught:
            _send(operation, inputs, handler)
        error = caught.value
        assert type(error).__name__ == expected["class"]
        field = _names(operation).get(expected["field"], expected["field"])
        if isinstance(error, InvalidParameterError):
            assert error.field == field
        else:
            assert isinstance(error, ConfigurationError)
            assert str(error).startswith(field)
        assert sent == []
        return
    _send(operation, inputs, handler)
    [request] = sent
    expect = vector["expect"]
    assert request.method == expect["method"]
    assert str(request.url) == expect["url"]
    for name, value in expect["headers"].items():
        assert request.headers.get(name) == value, name
    assert request.content == expect["body"].encode()


def _call(vector: dict[str, Any], handler: Any) -> None:
    """The vector's operation through the resource tree: ids positional, fields by name."""
    inputs = vector["input"]
    found = METHODS[vector["operation"]]
    names = _names(found.operation)
    fields = {names[wire]: value for wire, value in inputs["fields"].items()}
    resource = functools.reduce(getattr, found.chain, client(inputs, handler))
    options = {"account_sid": inputs["account_sid"]} if inputs["account_sid"] else {}
    result = getattr(resource, found.verb)(*inputs["ids"], **options, **fields)
    if found.operation.items:
        list(result)


@pytest.mark.parametrize("vector", load("operations"), ids=_ids(load("operations"), "operation"))
def test_operation_vector(vector: dict[str, Any], record: None) -> None:
    operation = OPERATIONS[vector["operation"]]
    answer = ANSWERS[vector["operation"]]
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        if answer["body"] is None:
            return httpx.Response(answer["status"])
        return httpx.Response(answer["status"], json=answer["body"])

    if "expect_error" in vector:
        expected = vector["expect_error"]
        with pytest.raises(SignalWireError) as caught:
            _call(vector, handler)
        assert type(caught.value).__name__ == expected["class"]
        assert isinstance(caught.value, InvalidParameterError)
        assert caught.value.field == _names(operation).get(expected["field"], expected["field"])
        assert sent == []
        return
    _call(vector, handler)
    [request] = sent
    expect = vector["expect"]
    assert request.method == expect["method"]
    assert str(request.url) == expect["url"]
    for name, value in expect["headers"].items():
        assert request.headers.get(name) == value, name
    assert request.content == expect["body"].encode()


def _comparable(value: object) -> object:
    return getattr(value, "value", value)


@pytest.mark.parametrize("vector", load("responses"), ids=_ids(load("responses"), "response"))
def test_response_vector(vector: dict[str, Any], record: None) -> None:
    body = vector["body"].encode()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})

    sw = client({**CREDENTIALS, "space_url": "example"}, handler)
    if "expect_error" in vector:
        with pytest.raises(SignalWireError) as caught:
            sw.calls.update("CA1", status="completed")
        assert type(caught.value).__name__ == vector["expect_error"]["class"]
        return
    call = sw.calls.update("CA1", status="completed")
    expect = vector["expect"]
    for name, value in expect["fields"].items():
        assert _comparable(getattr(call, "from_" if name == "from" else name)) == value, name
    for name in expect["missing"]:
        assert getattr(call, name) is None and name not in call.fields_set, name
    assert call.additional_properties == expect["extra"]
    times = call_times(call)
    for name, instant in expect["times"].items():
        parsed = getattr(times, name)
        assert (parsed.astimezone(UTC).isoformat() if parsed else None) == instant, name


@pytest.mark.parametrize("vector", load("errors"), ids=_ids(load("errors"), "error"))
def test_error_vector(vector: dict[str, Any], record: None) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            vector["status"], content=vector["body"].encode(), headers=vector.get("headers", {})
        )

    sw = client({**CREDENTIALS, "space_url": "example"}, handler)
    with pytest.raises(SignalWireError) as caught:
        sw.calls.update("CA1", status="completed")
    error = caught.value
    expect = vector["expect"]
    assert type(error).__name__ == expect["class"]
    assert getattr(error, "status_code", None) == expect["status_code"]
    assert getattr(error, "code", None) == expect["code"]
    message = getattr(error, "message", "")
    if "message" in expect:
        assert message == expect["message"]
    if "message_contains" in expect:
        assert expect["message_contains"] in message
    assert isinstance(error, OutcomeUnknownError) == expect["outcome_unknown"]
    assert getattr(error, "more_info", None) == expect["more_info"]
    errors = [
        {"code": e.code, "message": e.message, "more_info": e.more_info}
        for e in getattr(error, "errors", ())
    ]
    assert errors == expect["errors"]


@pytest.mark.parametrize("vector", load("signatures"), ids=_ids(load("signatures"), "signature"))
def test_signature_vector(vector: dict[str, Any], record: None) -> None:
    validator = RequestValidator(vector["signing_key"])
    params = [tuple(pair) for pair in vector["params"]]
    raw = vector.get("body_base64")
    body = base64.b64decode(raw) if raw is not None else vector.get("body")
    valid = validator.validate_request(vector["url"], params, vector["headers"], body=body)
    assert valid is vector["valid"]


PARSERS: dict[str, Callable[[list[tuple[str, str]]], Any]] = {
    "call_status": parse_call_status,
    "call_request": parse_call_request,
    "recording_status": parse_recording_status,
}


@pytest.mark.parametrize("vector", load("payloads"), ids=_ids(load("payloads"), "payload"))
def test_payload_vector(vector: dict[str, Any], record: None) -> None:
    payload = PARSERS[vector["kind"]]([tuple(pair) for pair in vector["params"]])
    fields = payload.to_dict()
    for name, value in vector["expect"].items():
        assert fields[name] == value, name
