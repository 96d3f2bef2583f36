"""The naming rule (scripts/naming.py): the resource, method and argument names both languages
get, decided once from the spec's paths; and the collisions that stop generation."""

from __future__ import annotations

import copy
import importlib.util
import sys
from typing import Any

import pytest
import yaml

from .conftest import ROOT

_spec = importlib.util.spec_from_file_location("naming", ROOT / "scripts" / "naming.py")
assert _spec is not None and _spec.loader is not None
naming = importlib.util.module_from_spec(_spec)
sys.modules["naming"] = naming
_spec.loader.exec_module(naming)

REFERENCE = ROOT.parent / "shared" / "reference" / "signalwire-compatibility-openapi.yaml"

# (method, path) -> (Python chain, TypeScript chain, verb, Python ids, TypeScript ids)
# fmt: off
EXPECTED = {
    ("post", "/Accounts/{AccountSid}/Calls"): ("calls", "calls", "create", [], []),
    ("get", "/Accounts/{AccountSid}/Calls"): ("calls", "calls", "list", [], []),
    ("get", "/Accounts/{AccountSid}/Calls/{Sid}"): (
        "calls", "calls", "fetch", ["call_sid"], ["callSid"],
    ),
    ("post", "/Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}"): (
        "calls.recordings", "calls.recordings", "update",
        ["call_sid", "recording_sid"], ["callSid", "recordingSid"],
    ),
    ("get", "/Accounts/{AccountSid}/AvailablePhoneNumbers/{IsoCountry}/Local"): (
        "available_phone_numbers.local", "availablePhoneNumbers.local", "list",
        ["iso_country"], ["isoCountry"],
    ),
    ("post", "/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}"): (
        "conferences.participants", "conferences.participants", "update",
        ["conference_sid", "call_sid"], ["conferenceSid", "callSid"],
    ),
    ("post", "/Accounts/{AccountSid}/Queues/{QueueSid}/Members/{CallSid}"): (
        "queues.members", "queues.members", "update",
        ["queue_sid", "call_sid"], ["queueSid", "callSid"],
    ),
    ("delete", "/Accounts/{AccountSid}/LamlBins/{Sid}"): (
        "laml_bins", "lamlBins", "delete", ["laml_bin_sid"], ["lamlBinSid"],
    ),
    ("patch", "/Accounts/{AccountSid}/tokens/{token_id}"): (
        "tokens", "tokens", "update", ["token_id"], ["tokenId"],
    ),
    ("get", "/Accounts"): ("accounts", "accounts", "list", [], []),
    ("get", "/Accounts/{Sid}"): ("accounts", "accounts", "fetch", ["account_sid"], ["accountSid"]),
    ("get", "/Accounts/{AccountSid}/AvailablePhoneNumbers/{IsoCountry}"): (
        "available_phone_numbers", "availablePhoneNumbers", "fetch",
        ["iso_country"], ["isoCountry"],
    ),
    ("get", "/Accounts/{AccountSid}/Recordings/{Sid}.json"): (
        "recordings", "recordings", "fetch", ["recording_sid"], ["recordingSid"],
    ),
}
# fmt: on


def _operation(method: str, path: str) -> dict[str, Any]:
    return {
        "paths": {path: {method: {"operationId": f"{method}_{len(path)}", "responses": {}}}},
    }


@pytest.mark.parametrize(("method", "path"), list(EXPECTED), ids=lambda v: str(v))
def test_the_rule_names_each_shape_of_path(method: str, path: str) -> None:
    [decision] = naming.decide(_operation(method, path))
    python, typescript, verb, python_ids, typescript_ids = EXPECTED[(method, path)]
    assert ".".join(decision.python) == python
    assert ".".join(decision.typescript) == typescript
    assert decision.verb == verb
    assert [i["python"] for i in decision.ids] == python_ids
    assert [i["typescript"] for i in decision.ids] == typescript_ids


@pytest.mark.skipif(not REFERENCE.exists(), reason="the published reference is not beside the repo")
def test_the_whole_reference_is_named_without_a_collision_but_one() -> None:
    reference = yaml.safe_load(REFERENCE.read_text())
    with pytest.raises(naming.NamingError, match="the field AccountSid and an option"):
        naming.decide(reference)  # update_incoming_phone_number moves a number to an account
    body = reference["components"]["schemas"]["UpdateIncomingPhoneNumberRequest"]
    del body["properties"]["AccountSid"]
    decisions = naming.decide(reference)
    assert len(decisions) == 79
    assert len({(*d.python, d.verb) for d in decisions}) == 79


def test_two_operations_on_one_method_fail_naming_both() -> None:
    spec = _operation("post", "/Accounts/{AccountSid}/Calls")
    spec["paths"]["/Accounts/{AccountSid}/Calls.json"] = {
        "post": {"operationId": "create_again", "responses": {}}
    }
    with pytest.raises(
        naming.NamingError, match=r"create_again and post_28 would both be calls\.create"
    ):
        naming.decide(spec)


def test_two_fields_on_one_argument_fail_naming_both() -> None:
    spec = _operation("get", "/Accounts/{AccountSid}/Calls")
    operation = spec["paths"]["/Accounts/{AccountSid}/Calls"]["get"]
    operation["parameters"] = [
        {"name": "StartTime", "in": "query", "schema": {"type": "string"}},
        {"name": "start_time", "in": "query", "schema": {"type": "string"}},
    ]
    with pytest.raises(naming.NamingError, match="the field start_time and the field StartTime"):
        naming.decide(spec)


def test_a_field_on_an_id_fails() -> None:
    spec = _operation("post", "/Accounts/{AccountSid}/Calls/{Sid}")
    operation = spec["paths"]["/Accounts/{AccountSid}/Calls/{Sid}"]["post"]
    operation["parameters"] = [{"name": "CallSid", "in": "query", "schema": {"type": "string"}}]
    with pytest.raises(naming.NamingError, match="the field CallSid and the id CallSid"):
        naming.decide(spec)


def test_a_child_resource_on_a_method_name_fails() -> None:
    spec = _operation("get", "/Accounts/{AccountSid}/Calls/{CallSid}/Fetch")
    with pytest.raises(naming.NamingError, match=r"calls\.fetch would hide the method"):
        naming.decide(spec)


def test_both_copies_carry_the_decisions_and_python_gets_its_renames() -> None:
    spec = yaml.safe_load((ROOT / "spec" / "openapi.yaml").read_text())
    typescript = naming.annotate(copy.deepcopy(spec), python=False)
    python = naming.annotate(spec, python=True)
    for copy_ in (typescript, python):
        update = copy_["paths"]["/Accounts/{AccountSid}/Calls/{CallSid}"]["post"]
        assert update["x-sdk"]["verb"] == "update"
        assert update["x-sdk"]["ids"] == [
            {"wire": "CallSid", "python": "call_sid", "typescript": "callSid"}
        ]
    listing = python["paths"]["/Accounts/{AccountSid}/Calls"]["get"]
    assert listing["tags"] == ["calls"]
    names = [p["name"] for p in listing["parameters"]]
    assert "StartTime<Before" in names and "StartTime>After" in names
    fields = listing["x-sdk"]["fields"]["StartTime<"]
    assert fields == {"python": "start_time_before", "typescript": "startTimeBefore"}


def _update_with_body(*properties: tuple[str, dict[str, Any]]) -> dict[str, Any]:
    spec = _operation("post", "/Accounts/{AccountSid}/IncomingPhoneNumbers/{Sid}")
    operation = spec["paths"]["/Accounts/{AccountSid}/IncomingPhoneNumbers/{Sid}"]["post"]
    schema = {"type": "object", "properties": dict(properties)}
    spec["components"] = {"schemas": {"Body": schema}}
    operation["requestBody"] = {
        "content": {
            "application/x-www-form-urlencoded": {"schema": {"$ref": "#/components/schemas/Body"}}
        }
    }
    return spec


def _with_body(*media_types: str) -> dict[str, Any]:
    spec = _operation("patch", "/Accounts/{AccountSid}/Calls/{Sid}")
    schema = {"type": "object", "properties": {"Name": {"type": "string"}}}
    spec["paths"]["/Accounts/{AccountSid}/Calls/{Sid}"]["patch"]["requestBody"] = {
        "content": {media: {"schema": schema} for media in media_types}
    }
    return spec


def test_an_x_sdk_name_names_a_field_in_both_languages_and_keeps_its_wire_name() -> None:
    moved = {"type": "string", "x-sdk-name": "TransferToAccountSid"}
    spec = _update_with_body(("AccountSid", moved), ("FriendlyName", {"type": "string"}))
    [decision] = naming.decide(spec)
    assert decision.fields == {
        "AccountSid": {"python": "transfer_to_account_sid", "typescript": "transferToAccountSid"},
        "FriendlyName": {"python": "friendly_name", "typescript": "friendlyName"},
    }
    python = naming.annotate(spec, python=True)
    body = python["components"]["schemas"]["Body"]["properties"]
    assert body["AccountSid"]["x-sdk-python"] == "transfer_to_account_sid"  # for the templates
    assert "x-sdk-python" not in body["FriendlyName"]
    typescript = naming.annotate(spec, python=False)["components"]["schemas"]["Body"]
    assert "x-sdk-python" not in typescript["properties"]["AccountSid"]
    assert "AccountSid" in body  # the wire name is unchanged


@pytest.mark.parametrize(
    ("sdk_name", "match"),
    [
        ("AccountSid", "the field AccountSid .x-sdk-name AccountSid. and an option"),
        ("FriendlyName", "the field FriendlyName and the field AccountSid .x-sdk-name"),
        ("IncomingPhoneNumberSid", "the field AccountSid .x-sdk-name [^)]*. and the id"),
        ("Options", "and an option would both be 'options' in Python"),
        ("Signal", "and an option would both be 'signal' in TypeScript"),
    ],
)
def test_an_x_sdk_name_is_checked_for_collisions_like_any_name(sdk_name: str, match: str) -> None:
    spec = _update_with_body(
        ("AccountSid", {"type": "string", "x-sdk-name": sdk_name}),
        ("FriendlyName", {"type": "string"}),
    )
    with pytest.raises(naming.NamingError, match=match):
        naming.decide(spec)


@pytest.mark.parametrize("sdk_name", ["", "2fa", "Transfer To", 7])
def test_an_x_sdk_name_must_be_a_name(sdk_name: object) -> None:
    spec = _update_with_body(("AccountSid", {"type": "string", "x-sdk-name": sdk_name}))
    with pytest.raises(naming.NamingError, match="x-sdk-name of AccountSid must be a name"):
        naming.decide(spec)


def test_an_x_sdk_name_on_a_query_parameter_fails_as_no_generator_reads_it_there() -> None:
    spec = _operation("get", "/Accounts/{AccountSid}/IncomingPhoneNumbers")
    operation = spec["paths"]["/Accounts/{AccountSid}/IncomingPhoneNumbers"]["get"]
    operation["parameters"] = [
        {"name": "PhoneNumber", "in": "query", "x-sdk-name": "Digits", "schema": {"type": "string"}}
    ]
    with pytest.raises(naming.NamingError, match="has an x-sdk-name, which is read only on a form"):
        naming.decide(spec)


@pytest.mark.parametrize("media", ["application/x-www-form-urlencoded", "application/json"])
def test_a_body_is_a_form_or_json(media: str) -> None:
    [decision] = naming.decide(_with_body(media))
    assert decision.fields == {"Name": {"python": "name", "typescript": "name"}}


@pytest.mark.parametrize(
    ("media", "problem"),
    [
        (("text/plain",), "the body's media type text/plain is not one the SDK sends"),
        (("application/json", "application/x-www-form-urlencoded"), "2 media types"),
        ((), "0 media types"),
    ],
)
def test_a_body_of_another_media_type_fails(media: tuple[str, ...], problem: str) -> None:
    with pytest.raises(naming.NamingError, match=problem):
        naming.decide(_with_body(*media))
