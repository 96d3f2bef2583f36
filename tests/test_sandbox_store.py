"""The sandbox's generic store: every operation of the spec it loads, classified by its method
and path shape, answered from records kept per resource and per parent ids."""

from __future__ import annotations

import copy
import re
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
import yaml

from signalwire_compat.testing import Sandbox
from signalwire_compat.testing._validator import load_spec
from signalwire_compat.webhooks import RequestValidator

PREFIX = "/api/laml/2010-04-01"
ERROR = {"$ref": "#/components/responses/Error"}
ERRORS = {code: ERROR for code in ("400", "401", "404", "422", "429", "5XX")}


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 1, 5, 9, 30, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def _nullable(kind: str) -> dict[str, Any]:
    return {"type": [kind, "null"]}


def _form(schema: str) -> dict[str, Any]:
    return {
        "required": True,
        "content": {
            "application/x-www-form-urlencoded": {
                "schema": {"$ref": f"#/components/schemas/{schema}"}
            }
        },
    }


def _answer(code: str, schema: str, example: str | None = None) -> dict[str, Any]:
    media: dict[str, Any] = {"schema": {"$ref": f"#/components/schemas/{schema}"}}
    if example is not None:
        media["examples"] = {"one": {"$ref": f"#/components/examples/{example}"}}
    return {code: {"description": "OK", "content": {"application/json": media}}, **ERRORS}


def _list_schema(item_key: str, item: str) -> dict[str, Any]:
    page = {name: _nullable("string") for name in ("uri", "first_page_uri", "next_page_uri")}
    page["previous_page_uri"] = _nullable("string")
    for name in ("page", "page_size", "start", "end"):
        page[name] = _nullable("integer")
    return {
        "type": "object",
        "required": [item_key],
        "additionalProperties": False,
        "properties": {
            item_key: {"type": "array", "items": {"$ref": f"#/components/schemas/{item}"}},
            **page,
        },
    }


def _paging() -> list[dict[str, Any]]:
    return [
        {"name": "Page", "in": "query", "schema": {"type": "integer", "minimum": 0}},
        {"name": "PageSize", "in": "query", "schema": {"type": "integer", "minimum": 1}},
        {"name": "PageToken", "in": "query", "schema": {"type": "string"}},
    ]


def _query(name: str, kind: str = "string", **more: object) -> dict[str, Any]:
    return {"name": name, "in": "query", "schema": {"type": kind, **more}}


def _path(name: str) -> dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}


ACCOUNT = {"$ref": "#/components/parameters/AccountSid"}

FAX = {
    "type": "object",
    "required": ["sid"],
    "additionalProperties": False,
    "properties": {
        "sid": {"type": "string"},
        "account_sid": _nullable("string"),
        "to": _nullable("string"),
        "from": _nullable("string"),
        "status": _nullable("string"),
        "quality": _nullable("string"),
        "num_pages": _nullable("integer"),
        "urgent": _nullable("boolean"),
        "price": {"anyOf": [{"type": "number"}, {"type": "string"}, {"type": "null"}]},
        "price_unit": _nullable("string"),
        "status_callback": _nullable("string"),
        "date_created": _nullable("string"),
        "date_updated": _nullable("string"),
        "uri": _nullable("string"),
    },
}
FAX_MEDIA = {
    "type": "object",
    "required": ["sid"],
    "additionalProperties": False,
    "properties": {
        "sid": {"type": "string"},
        "account_sid": _nullable("string"),
        "telex_sid": _nullable("string"),
        "content_type": _nullable("string"),
        "date_created": _nullable("string"),
        "date_updated": _nullable("string"),
        "uri": _nullable("string"),
    },
}
GADGET = {
    "type": "object",
    "required": ["sid"],
    "additionalProperties": False,
    "properties": {
        "sid": {"type": "string"},
        "account_sid": _nullable("string"),
        "friendly_name": _nullable("string"),
        "uri": _nullable("string"),
    },
}


def _without(document: dict[str, Any], *families: str) -> dict[str, Any]:
    """A copy of ``document`` without the paths of ``families`` (``/Messages``: every path
    from ``/Accounts/{AccountSid}/Messages`` on), which a test writes its own way."""
    spec = copy.deepcopy(document)
    for path in list(spec["paths"]):
        below = path.removeprefix("/Accounts/{AccountSid}")
        if any(below == f or below.startswith((f + "/", f + ".")) for f in families):
            del spec["paths"][path]
    return spec


def _with_telexes(document: dict[str, Any]) -> dict[str, Any]:
    """``document`` with a new family: telexes (create, list; fetch, update, delete) and each
    telex's media (create, list, fetch, the instance path written with ``.json``); and gadgets,
    which the spec cannot create (list, fetch)."""
    spec = _without(document, "/Telexes", "/Gadgets")
    spec["components"]["schemas"].update(
        Telex=FAX,
        TelexList=_list_schema("telexes", "Telex"),
        TelexMedia=FAX_MEDIA,
        TelexMediaList=_list_schema("media", "TelexMedia"),
        Gadget=GADGET,
        GadgetList=_list_schema("gadgets", "Gadget"),
        CreateTelexRequest={
            "type": "object",
            "required": ["To", "From"],
            "properties": {
                "To": {"type": "string"},
                "From": {"type": "string"},
                "Quality": {"type": "string", "enum": ["standard", "fine"]},
                "NumPages": {"type": "integer"},
                "Urgent": {"type": "boolean"},
                "StatusCallback": {"type": "string", "format": "uri"},
                "MediaUrl": {"type": "string"},
            },
        },
        UpdateTelexRequest={
            "type": "object",
            "properties": {
                "Status": {"type": "string"},
                "Urgent": {"type": "boolean"},
                "NumPages": {"type": "integer"},
            },
        },
        CreateTelexMediaRequest={
            "type": "object",
            "properties": {"ContentType": {"type": "string"}},
        },
    )
    spec["components"]["examples"].update(
        Telex={
            "value": {
                "sid": "fx-example",
                "account_sid": "ac-example",
                "to": "+15550000000",
                "from": "+15550000001",
                "status": "queued",
                "quality": "standard",
                "num_pages": 1,
                "urgent": False,
                "price": 0.05,
                "price_unit": "USD",
                "status_callback": None,
                "date_created": "Wed, 19 Sept 2018 20:00:00 +0000",
                "date_updated": "Wed, 19 Sept 2018 20:00:00 +0000",
                "uri": "/x.json",
            }
        },
        TelexMedia={
            "value": {
                "sid": "me-example",
                "account_sid": "ac-example",
                "telex_sid": "fx-example",
                "content_type": "application/pdf",
                "uri": "/x.json",
            }
        },
        Gadget={
            "value": {
                "sid": "ga-example",
                "account_sid": "ac-example",
                "friendly_name": "the example gadget",
                "uri": "/x.json",
            }
        },
    )
    telex_filters = [
        _query("To"),
        _query("Status"),
        _query("NumPages", "integer"),
        _query("Urgent", "boolean"),
        _query("DateCreated", format="date"),
        _query("DateCreated<", format="date"),
        _query("DateCreated>", format="date"),
    ]
    spec["paths"].update(
        {
            "/Accounts/{AccountSid}/Telexes": {
                "parameters": [ACCOUNT],
                "post": {
                    "operationId": "create_a_telex",
                    "requestBody": _form("CreateTelexRequest"),
                    "responses": _answer("201", "Telex", "Telex"),
                },
                "get": {
                    "operationId": "list_telexes",
                    "parameters": [*telex_filters, *_paging()],
                    "responses": _answer("200", "TelexList"),
                },
            },
            "/Accounts/{AccountSid}/Telexes/{Sid}": {
                "parameters": [ACCOUNT, _path("Sid")],
                "get": {
                    "operationId": "fetch_a_telex",
                    "responses": _answer("200", "Telex", "Telex"),
                },
                "post": {
                    "operationId": "update_a_telex",
                    "requestBody": _form("UpdateTelexRequest"),
                    "responses": _answer("200", "Telex", "Telex"),
                },
                "delete": {
                    "operationId": "delete_a_telex",
                    "responses": {"204": {"description": "Deleted"}, **ERRORS},
                },
            },
            "/Accounts/{AccountSid}/Telexes/{TelexSid}/Media": {
                "parameters": [ACCOUNT, _path("TelexSid")],
                "post": {
                    "operationId": "create_a_telex_media",
                    "requestBody": _form("CreateTelexMediaRequest"),
                    "responses": _answer("201", "TelexMedia", "TelexMedia"),
                },
                "get": {
                    "operationId": "list_telex_media",
                    "parameters": [_query("ContentType"), *_paging()],
                    "responses": _answer("200", "TelexMediaList"),
                },
            },
            "/Accounts/{AccountSid}/Telexes/{TelexSid}/Media/{Sid}.json": {
                "parameters": [ACCOUNT, _path("TelexSid"), _path("Sid")],
                "get": {
                    "operationId": "fetch_a_telex_media",
                    "responses": _answer("200", "TelexMedia", "TelexMedia"),
                },
            },
            "/Accounts/{AccountSid}/Gadgets": {
                "parameters": [ACCOUNT],
                "get": {
                    "operationId": "list_gadgets",
                    "parameters": [_query("FriendlyName"), *_paging()],
                    "responses": _answer("200", "GadgetList"),
                },
            },
            "/Accounts/{AccountSid}/Gadgets/{Sid}": {
                "parameters": [ACCOUNT, _path("Sid")],
                "get": {
                    "operationId": "fetch_a_gadget",
                    "responses": _answer("200", "Gadget", "Gadget"),
                },
            },
        }
    )
    return spec


def _write(tmp_path: Path, document: dict[str, Any]) -> Path:
    path = tmp_path / "openapi.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False))
    return path


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def scratch(tmp_path: Path) -> Path:
    return _write(tmp_path, _with_telexes(load_spec()))


@pytest.fixture
def sandbox(scratch: Path, clock: FakeClock) -> Iterator[Sandbox]:
    with Sandbox(spec=scratch, clock=clock) as running:
        yield running


@pytest.fixture
def http(sandbox: Sandbox) -> Iterator[httpx.Client]:
    auth = (sandbox.project_id, sandbox.api_token)
    with httpx.Client(base_url=f"{sandbox.base_url}/Accounts/{sandbox.project_id}", auth=auth) as c:
        yield c


def _is_error(answer: httpx.Response, status: int, code: int) -> None:
    assert answer.status_code == status, answer.text
    body = answer.json()
    assert set(body) == {"code", "message", "more_info", "status"}
    assert body["code"] == code and body["status"] == status


# a new family, with no code of its own -----------------------------------------------------


def test_a_created_record_is_built_from_the_form_the_ids_and_the_example(
    sandbox: Sandbox, http: httpx.Client, clock: FakeClock
) -> None:
    form = {"To": "+15551230000", "From": "+15551230001", "Quality": "fine"}
    answer = http.post("/Telexes", data={**form, "NumPages": "3", "Urgent": "true"})
    assert answer.status_code == 201, answer.text
    telex = answer.json()
    sid = telex["sid"]
    assert sid != "fx-example"
    now = format_datetime(clock.now)
    assert telex == {
        "sid": sid,
        "account_sid": sandbox.project_id,
        "to": "+15551230000",
        "from": "+15551230001",
        "status": "queued",  # the example's, as the form does not set it
        "quality": "fine",
        "num_pages": 3,
        "urgent": True,
        "price": 0.05,
        "price_unit": "USD",
        "status_callback": None,
        "date_created": now,
        "date_updated": now,
        "uri": f"{PREFIX}/Accounts/{sandbox.project_id}/Telexes/{sid}.json",
    }
    assert http.get(f"/Telexes/{sid}").json() == telex
    assert http.get(f"/Telexes/{sid}.json").json() == telex
    assert sandbox.response_problems == []


def test_a_new_family_goes_through_the_whole_cycle(
    sandbox: Sandbox, http: httpx.Client, clock: FakeClock
) -> None:
    sids = []
    for number in range(5):
        clock.now += timedelta(days=1)
        answer = http.post(
            "/Telexes.json",
            data={"To": f"+1555000{number % 2}", "From": "+15559999999", "NumPages": str(number)},
        )
        assert answer.status_code == 201, answer.text
        sids.append(answer.json()["sid"])

    # paging, newest first, by cursor
    first = http.get("/Telexes", params={"PageSize": 2})
    assert first.status_code == 200, first.text
    page = first.json()
    assert [f["sid"] for f in page["telexes"]] == [sids[4], sids[3]]
    assert page["page"] == 0 and page["page_size"] == 2 and page["start"] == 0
    assert page["end"] == 1 and page["previous_page_uri"] is None
    assert page["uri"] == f"{PREFIX}/Accounts/{sandbox.project_id}/Telexes?Page=0&PageSize=2"
    assert page["first_page_uri"] == page["uri"]
    assert page["next_page_uri"] == (
        f"{PREFIX}/Accounts/{sandbox.project_id}/Telexes?Page=1&PageSize=2&PageToken=PA{sids[3]}"
    )
    seen = [f["sid"] for f in page["telexes"]]
    while page["next_page_uri"] is not None:
        answer = http.get(sandbox.url + page["next_page_uri"])
        assert answer.status_code == 200, answer.text
        page = answer.json()
        seen += [f["sid"] for f in page["telexes"]]
    assert seen == sids[::-1]
    assert page["page"] == 2 and page["start"] == 4 and page["end"] == 4

    # filters: equality on any item property, typed; days for a date filter
    def listed(**query: str | int) -> list[str]:
        answer = http.get("/Telexes", params=query)
        assert answer.status_code == 200, answer.text
        return [f["sid"] for f in answer.json()["telexes"]]

    assert listed(To="+15550000") == [sids[4], sids[2], sids[0]]
    assert listed(NumPages=3) == [sids[3]]
    assert listed(To="+15550001", NumPages=3) == [sids[3]]
    assert listed(To="nobody") == []
    assert listed(Urgent="true") == []
    day = (datetime(2026, 1, 5, tzinfo=UTC) + timedelta(days=2)).date().isoformat()
    assert listed(DateCreated=day) == [sids[1]]
    assert listed(**{"DateCreated<": day}) == [sids[0]]
    assert listed(**{"DateCreated>": day}) == [sids[4], sids[3], sids[2]]
    filtered = http.get("/Telexes", params={"To": "+15550000", "PageSize": 2}).json()
    assert filtered["next_page_uri"].endswith(
        f"To=%2B15550000&Page=1&PageSize=2&PageToken=PA{sids[2]}"
    )

    # update merges the form, typed, and moves date_updated with the clock
    clock.now += timedelta(hours=1)
    before = http.get(f"/Telexes/{sids[0]}").json()
    answer = http.post(f"/Telexes/{sids[0]}", data={"Status": "canceled", "Urgent": "true"})
    assert answer.status_code == 200, answer.text
    after = answer.json()
    assert after == {
        **before,
        "status": "canceled",
        "urgent": True,
        "date_updated": format_datetime(clock.now),
    }
    assert http.get(f"/Telexes/{sids[0]}.json").json() == after
    assert listed(Status="canceled") == [sids[0]]
    assert listed(Urgent="true") == [sids[0]]
    assert sids[0] not in listed(Urgent="false")

    # delete, then 404 with SignalWire's error body
    deleted = http.delete(f"/Telexes/{sids[0]}")
    assert deleted.status_code == 204 and deleted.content == b""
    _is_error(http.get(f"/Telexes/{sids[0]}"), 404, 20404)
    _is_error(http.post(f"/Telexes/{sids[0]}", data={"Status": "x"}), 404, 20404)
    _is_error(http.delete(f"/Telexes/{sids[0]}"), 404, 20404)
    assert sids[0] not in listed()
    assert sandbox.response_problems == []
    assert all(r.valid for r in sandbox.requests)


def test_a_sub_collection_keeps_each_parents_records_apart(
    sandbox: Sandbox, http: httpx.Client
) -> None:
    one, two = (
        http.post("/Telexes", data={"To": "+1", "From": "+2"}).json()["sid"] for _ in range(2)
    )
    made = {}
    for telex, kind in ((one, "application/pdf"), (one, "image/tiff"), (two, "image/png")):
        answer = http.post(f"/Telexes/{telex}/Media", data={"ContentType": kind})
        assert answer.status_code == 201, answer.text
        media = answer.json()
        assert media["telex_sid"] == telex and media["account_sid"] == sandbox.project_id
        assert media["uri"] == (
            f"{PREFIX}/Accounts/{sandbox.project_id}/Telexes/{telex}/Media/{media['sid']}.json"
        )
        made[kind] = media
    listed = http.get(f"/Telexes/{one}/Media.json").json()
    assert [m["content_type"] for m in listed["media"]] == ["image/tiff", "application/pdf"]
    assert (
        listed["uri"]
        == f"{PREFIX}/Accounts/{sandbox.project_id}/Telexes/{one}/Media?Page=0&PageSize=50"
    )
    only = http.get(f"/Telexes/{one}/Media", params={"ContentType": "image/tiff"}).json()
    assert [m["sid"] for m in only["media"]] == [made["image/tiff"]["sid"]]
    assert [m["sid"] for m in http.get(f"/Telexes/{two}/Media").json()["media"]] == [
        made["image/png"]["sid"]
    ]
    pdf = made["application/pdf"]
    assert http.get(f"/Telexes/{one}/Media/{pdf['sid']}.json").json() == pdf
    bare = http.get(f"/Telexes/{one}/Media/{pdf['sid']}")  # the file itself, not its record
    assert bare.status_code == 200 and bare.headers["content-type"] == "application/pdf"
    _is_error(http.get(f"/Telexes/{two}/Media/{pdf['sid']}.json"), 404, 20404)
    assert sandbox.response_problems == []


def test_another_account_sees_none_of_the_records(sandbox: Sandbox, http: httpx.Client) -> None:
    sid = http.post("/Telexes", data={"To": "+1", "From": "+2"}).json()["sid"]
    other = f"{sandbox.base_url}/Accounts/AC-other/Telexes/{sid}"
    _is_error(http.get(other), 404, 20404)


def test_a_resource_the_spec_cannot_create_starts_with_its_example(
    sandbox: Sandbox, http: httpx.Client
) -> None:
    [example] = http.get("/Gadgets").json()["gadgets"]
    assert example["sid"] == "ga-example" and example["friendly_name"] == "the example gadget"
    assert example["account_sid"] == sandbox.project_id
    assert example["uri"] == f"{PREFIX}/Accounts/{sandbox.project_id}/Gadgets/ga-example.json"
    added = sandbox.add_record("/Gadgets", friendly_name="kitchen")
    assert added["sid"] != "ga-example" and added["friendly_name"] == "kitchen"
    assert http.get(f"/Gadgets/{added['sid']}").json() == added
    named = http.get("/Gadgets", params={"FriendlyName": "kitchen"}).json()["gadgets"]
    assert named == [added]
    assert sandbox.record("/Gadgets", added["sid"]) == added
    assert sandbox.response_problems == []


def test_add_record_fills_the_parent_ids_and_takes_a_sid(
    sandbox: Sandbox, http: httpx.Client
) -> None:
    telex = sandbox.add_record("/Telexes", sid="fx-1", to="+1", status="sent")
    assert http.get("/Telexes/fx-1").json() == telex
    media = sandbox.add_record(
        "/Telexes/{TelexSid}/Media", {"TelexSid": "fx-1"}, sid="me-1", content_type="image/gif"
    )
    assert media["telex_sid"] == "fx-1"
    assert http.get("/Telexes/fx-1/Media/me-1.json").json() == media
    assert sandbox.record("/Telexes/{TelexSid}/Media", "me-1", {"TelexSid": "fx-1"}) == media


def test_add_record_names_the_resources_it_knows(sandbox: Sandbox) -> None:
    with pytest.raises(KeyError, match="/Telexes/\\{TelexSid\\}/Media"):
        sandbox.add_record("/Nothing")
    with pytest.raises(KeyError, match="TelexSid"):
        sandbox.add_record("/Telexes/{TelexSid}/Media", sid="me-2")


def test_calls_are_unchanged_under_a_scratch_spec(sandbox: Sandbox) -> None:
    with sandbox.client(timeout=5, max_retries=0) as client:
        call = client.calls.update(sandbox.live_call_sid, status="completed")
    assert call.status == "completed"
    assert sandbox.applied[0].call_sid == sandbox.live_call_sid
    assert sandbox.call(sandbox.example_call_sid)["status"] == "queued"


# per-resource behaviour: messages and conference participants ---------------------------


MESSAGE = {
    "type": "object",
    "required": ["sid"],
    "additionalProperties": False,
    "properties": {
        "sid": {"type": "string"},
        "account_sid": _nullable("string"),
        "to": _nullable("string"),
        "from": _nullable("string"),
        "body": _nullable("string"),
        "status": {
            "anyOf": [{"type": "string", "enum": ["queued", "sent", "delivered"]}, {"type": "null"}]
        },
        "num_segments": _nullable("integer"),
        "date_created": _nullable("string"),
        "date_updated": _nullable("string"),
        "date_sent": _nullable("string"),
        "uri": _nullable("string"),
    },
}
PARTICIPANT = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "account_sid": _nullable("string"),
        "call_sid": _nullable("string"),
        "conference_sid": _nullable("string"),
        "muted": _nullable("boolean"),
        "uri": _nullable("string"),
    },
}


def _with_messages_and_participants(document: dict[str, Any]) -> dict[str, Any]:
    spec = _without(document, "/Messages", "/Conferences")
    spec["components"]["schemas"].update(
        Message=MESSAGE,
        MessageList=_list_schema("messages", "Message"),
        Participant=PARTICIPANT,
        ParticipantList=_list_schema("participants", "Participant"),
        CreateMessageRequest={
            "type": "object",
            "required": ["To", "From"],
            "properties": {
                "To": {"type": "string"},
                "From": {"type": "string"},
                "Body": {"type": "string"},
                "StatusCallback": {"type": "string", "format": "uri"},
            },
        },
        UpdateParticipantRequest={"type": "object", "properties": {"Muted": {"type": "boolean"}}},
        MessageMedia={
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "sid": {"type": "string"},
                "account_sid": _nullable("string"),
                "parent_sid": _nullable("string"),
                "uri": _nullable("string"),
            },
        },
        MessageMediaList=_list_schema("media_list", "MessageMedia"),
    )
    spec["components"]["examples"].update(
        Message={"value": {"sid": "sm-example", "status": "delivered", "num_segments": 1}},
        Participant={
            "value": {
                "account_sid": "ac-example",
                "call_sid": "ca-example",
                "conference_sid": "cf-example",
                "muted": False,
            }
        },
    )
    spec["paths"].update(
        {
            "/Accounts/{AccountSid}/Messages.json": {
                "parameters": [ACCOUNT],
                "post": {
                    "operationId": "create_a_message",
                    "requestBody": _form("CreateMessageRequest"),
                    "responses": _answer("201", "Message", "Message"),
                },
                "get": {
                    "operationId": "list_messages",
                    "parameters": [_query("To"), *_paging()],
                    "responses": _answer("200", "MessageList"),
                },
            },
            "/Accounts/{AccountSid}/Messages/{Sid}.json": {
                "parameters": [ACCOUNT, _path("Sid")],
                "get": {
                    "operationId": "fetch_a_message",
                    "responses": _answer("200", "Message", "Message"),
                },
            },
            "/Accounts/{AccountSid}/Messages/{MessageSid}/Media.json": {
                "parameters": [ACCOUNT, _path("MessageSid")],
                "get": {
                    "operationId": "list_message_media",
                    "parameters": _paging(),
                    "responses": _answer("200", "MessageMediaList"),
                },
            },
            "/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants": {
                "parameters": [ACCOUNT, _path("ConferenceSid")],
                "get": {
                    "operationId": "list_participants",
                    "parameters": [_query("Muted", "boolean"), *_paging()],
                    "responses": _answer("200", "ParticipantList"),
                },
            },
            "/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}": {
                "parameters": [ACCOUNT, _path("ConferenceSid"), _path("CallSid")],
                "get": {
                    "operationId": "fetch_a_participant",
                    "responses": _answer("200", "Participant", "Participant"),
                },
                "post": {
                    "operationId": "update_a_participant",
                    "requestBody": _form("UpdateParticipantRequest"),
                    "responses": _answer("200", "Participant", "Participant"),
                },
                "delete": {
                    "operationId": "delete_a_participant",
                    "responses": {"204": {"description": "Kicked"}, **ERRORS},
                },
            },
        }
    )
    return spec


class _Receiver:
    """Records each callback's path, headers and body; answers 204."""

    def __init__(self) -> None:
        self.received: list[tuple[str, dict[str, str], bytes]] = []
        received = self.received

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                received.append((self.path, dict(self.headers), body))
                self.send_response(204)
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self._server.server_port}"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture
def services(tmp_path: Path, clock: FakeClock) -> Iterator[Sandbox]:
    path = _write(tmp_path, _with_messages_and_participants(load_spec()))
    with Sandbox(spec=path, clock=clock) as running:
        yield running


def test_a_message_is_queued_then_sent_then_delivered_with_signed_callbacks(
    services: Sandbox, clock: FakeClock
) -> None:
    receiver = _Receiver()
    auth = (services.project_id, services.api_token)
    base = f"{services.base_url}/Accounts/{services.project_id}"
    try:
        with httpx.Client(base_url=base, auth=auth) as http:
            answer = http.post(
                "/Messages.json",
                data={"To": "+15550001", "From": "+15550002", "Body": "hi",
                      "StatusCallback": f"{receiver.base}/sms"},
            )  # fmt: skip
            assert answer.status_code == 201, answer.text
            message = answer.json()
            assert message["status"] == "queued" and message["body"] == "hi"
            assert message["date_sent"] is None
            callbacks = services.wait_for_callbacks(2, timeout=30)
            fetched = http.get(f"/Messages/{message['sid']}.json").json()
        assert fetched["status"] == "delivered"
        assert fetched["date_sent"] == format_datetime(clock.now)
    finally:
        receiver.close()
    assert sorted(c.form["MessageStatus"] for c in callbacks) == ["delivered", "sent"]
    for callback in callbacks:
        assert callback.status == 204 and callback.error is None
        assert callback.method == "POST" and callback.url == f"{receiver.base}/sms"
        assert callback.form == {
            "MessageSid": message["sid"],
            "MessageStatus": callback.form["MessageStatus"],
            "AccountSid": services.project_id,
            "From": "+15550002",
            "To": "+15550001",
            "ApiVersion": "2010-04-01",
        }
    assert len(receiver.received) == 2
    validator = RequestValidator(services.signing_key)
    for path, headers, body in receiver.received:
        assert validator.validate_request(receiver.base + path, parse_qsl(body.decode()), headers)
    assert services.response_problems == []


def test_a_message_without_a_status_callback_gets_none(services: Sandbox) -> None:
    auth = (services.project_id, services.api_token)
    base = f"{services.base_url}/Accounts/{services.project_id}"
    with httpx.Client(base_url=base, auth=auth) as http:
        sid = http.post("/Messages.json", data={"To": "+1", "From": "+2"}).json()["sid"]
        assert http.get(f"/Messages/{sid}.json").json()["status"] == "delivered"
    assert services.callbacks == []


def test_a_kicked_participant_is_gone(services: Sandbox) -> None:
    auth = (services.project_id, services.api_token)
    base = f"{services.base_url}/Accounts/{services.project_id}/Conferences"
    added = services.add_record(
        "/Conferences/{ConferenceSid}/Participants", {"ConferenceSid": "cf-1"}, call_sid="ca-1"
    )
    assert added["conference_sid"] == "cf-1"
    with httpx.Client(base_url=base, auth=auth) as http:
        [example] = http.get("/cf-example/Participants").json()["participants"]
        assert example["call_sid"] == "ca-example"
        assert http.get("/cf-1/Participants/ca-1").json() == added
        muted = http.post("/cf-1/Participants/ca-1", data={"Muted": "true"})
        assert muted.status_code == 200 and muted.json()["muted"] is True
        assert http.get("/cf-1/Participants", params={"Muted": "true"}).json()["participants"] == [
            muted.json()
        ]
        assert http.delete("/cf-1/Participants/ca-1").status_code == 204
        _is_error(http.get("/cf-1/Participants/ca-1"), 404, 20404)
        assert http.get("/cf-1/Participants").json()["participants"] == []
        assert len(http.get("/cf-example/Participants").json()["participants"]) == 1
    assert services.response_problems == []


# the accounts themselves ------------------------------------------------------------------


ACCOUNT_SCHEMA = {
    "type": "object",
    "required": ["sid"],
    "additionalProperties": False,
    "properties": {
        "sid": {"type": "string"},
        "friendly_name": _nullable("string"),
        "status": _nullable("string"),
        "uri": _nullable("string"),
        "date_created": _nullable("string"),
        "date_updated": _nullable("string"),
    },
}


def _with_accounts(document: dict[str, Any]) -> dict[str, Any]:
    spec = _without(document)
    for path in list(spec["paths"]):  # the accounts' own paths, if the spec has them
        if re.fullmatch(r"/Accounts(/\{\w+\})?(\.json)?", path):
            del spec["paths"][path]
    spec["components"]["schemas"].update(
        Account=ACCOUNT_SCHEMA,
        AccountList=_list_schema("accounts", "Account"),
        AccountRequest={"type": "object", "properties": {"FriendlyName": {"type": "string"}}},
    )
    spec["components"]["examples"]["Account"] = {
        "value": {"sid": "ac-example", "friendly_name": "Example", "status": "active"}
    }
    spec["paths"].update(
        {
            "/Accounts.json": {
                "post": {
                    "operationId": "create_an_account",
                    "requestBody": _form("AccountRequest"),
                    "responses": _answer("201", "Account", "Account"),
                },
                "get": {
                    "operationId": "list_accounts",
                    "parameters": [_query("FriendlyName"), *_paging()],
                    "responses": _answer("200", "AccountList"),
                },
            },
            "/Accounts/{Sid}.json": {
                "parameters": [_path("Sid")],
                "get": {
                    "operationId": "fetch_an_account",
                    "responses": _answer("200", "Account", "Account"),
                },
                "post": {
                    "operationId": "update_an_account",
                    "requestBody": _form("AccountRequest"),
                    "responses": _answer("200", "Account", "Account"),
                },
            },
        }
    )
    return spec


def test_the_projects_own_account_is_there_from_the_start(tmp_path: Path, clock: FakeClock) -> None:
    path = _write(tmp_path, _with_accounts(load_spec()))
    with Sandbox(spec=path, clock=clock) as sandbox:
        auth = (sandbox.project_id, sandbox.api_token)
        accounts = f"{sandbox.base_url}/Accounts"
        with httpx.Client(auth=auth) as api:
            [own] = api.get(f"{accounts}.json").json()["accounts"]
            assert own["sid"] == sandbox.project_id and own["friendly_name"] == "Example"
            assert own["uri"] == f"{PREFIX}/Accounts/{sandbox.project_id}.json"
            assert api.get(f"{accounts}/{sandbox.project_id}").json() == own
            renamed = api.post(
                f"{accounts}/{sandbox.project_id}.json", data={"FriendlyName": "Mine"}
            )
            assert renamed.status_code == 200 and renamed.json()["friendly_name"] == "Mine"
            _is_error(api.get(f"{accounts}/ac-other.json"), 404, 20404)
            made = api.post(f"{accounts}.json", data={"FriendlyName": "Sub"})
            assert made.status_code == 201, made.text
            listed = api.get(f"{accounts}.json", params={"FriendlyName": "Sub"}).json()["accounts"]
            assert listed == [made.json()]
        assert sandbox.response_problems == []


def test_a_sub_resource_names_its_nearest_parent_parent_sid(services: Sandbox) -> None:
    """As a message's media do: ``parent_sid`` holds the message's sid."""
    media = services.add_record("/Messages/{MessageSid}/Media", {"MessageSid": "sm-1"})
    assert media["parent_sid"] == "sm-1" and media["account_sid"] == services.project_id
    auth = (services.project_id, services.api_token)
    url = f"{services.base_url}/Accounts/{services.project_id}/Messages/sm-1/Media.json"
    assert httpx.get(url, auth=auth).json()["media_list"] == [media]


def test_reading_under_unknown_parents_keeps_nothing(scratch: Path) -> None:
    """Lists, fetches and deletes under parents that have no records leave the store as it
    was: a flood of them costs no memory."""
    from signalwire_compat.testing._resources import find_resources
    from signalwire_compat.testing._store import RecordStore, ServiceError

    store = RecordStore(find_resources(load_spec(scratch)))
    media = store.resources.find("/Telexes/{TelexSid}/Media")
    before = repr(store.__dict__)
    for number in range(100):
        ids = {"AccountSid": "ac", "TelexSid": f"fx-{number}", "Sid": "me"}
        assert store.page(media, ids, {}, 50, None) == ([], False)
        for act in (store.fetch, store.delete):
            with pytest.raises(ServiceError):
                act(media, ids)
        assert store.change(media, ids, content_type="x") is None
        with pytest.raises(KeyError):
            store.get(media, ids, "me")
    assert repr(store.__dict__) == before


def test_a_spec_that_lets_a_call_omit_to_and_from_gets_one_made(tmp_path: Path) -> None:
    document = load_spec()
    document["components"]["schemas"]["CreateCallRequest"]["required"] = []
    with Sandbox(spec=_write(tmp_path, document)) as sandbox:
        url = f"{sandbox.base_url}/Accounts/{sandbox.project_id}/Calls"
        made = httpx.post(
            url,
            data={"Url": "https://example.com/a.xml"},
            auth=(sandbox.project_id, sandbox.api_token),
        )
        assert made.status_code == 201, made.text
        assert made.json()["status"] == "queued" and made.json()["to"] == ""
        assert sandbox.response_problems == []


# the packaged spec's own families ---------------------------------------------------------


def _packaged(path: str) -> bool:
    return f"/Accounts/{{AccountSid}}{path}" in load_spec()["paths"]


@pytest.mark.skipif(not _packaged("/Messages"), reason="the packaged spec has no messages")
def test_a_message_of_the_packaged_spec_is_delivered_with_signed_callbacks(
    clock: FakeClock,
) -> None:
    receiver = _Receiver()
    try:
        with Sandbox(clock=clock) as sandbox:
            auth = (sandbox.project_id, sandbox.api_token)
            base = f"{sandbox.base_url}/Accounts/{sandbox.project_id}"
            with httpx.Client(base_url=base, auth=auth) as api:
                form = {"To": "+15550001", "From": "+15550002", "Body": "hi"}
                made = api.post(
                    "/Messages.json", data={**form, "StatusCallback": f"{receiver.base}/sms"}
                )
                assert made.status_code == 201, made.text
                assert made.json()["status"] == "queued"
                callbacks = sandbox.wait_for_callbacks(2, timeout=30)
                sid = made.json()["sid"]
                fetched = api.get(f"/Messages/{sid}.json").json()
                listed = api.get("/Messages.json", params={"To": "+15550001"}).json()
            assert sandbox.response_problems == []
    finally:
        receiver.close()
    assert fetched["status"] == "delivered" and fetched["body"] == "hi"
    assert [m["sid"] for m in listed["messages"]] == [sid]
    assert sorted(c.form["MessageStatus"] for c in callbacks) == ["delivered", "sent"]
    assert all(c.status == 204 and c.form["MessageSid"] == sid for c in callbacks)
    validator = RequestValidator(sandbox.signing_key)
    for path, headers, body in receiver.received:
        assert validator.validate_request(receiver.base + path, parse_qsl(body.decode()), headers)


@pytest.mark.skipif(not _packaged("/Conferences"), reason="the packaged spec has no conferences")
def test_a_participant_of_the_packaged_spec_is_kicked() -> None:
    with Sandbox() as sandbox:
        auth = (sandbox.project_id, sandbox.api_token)
        base = f"{sandbox.base_url}/Accounts/{sandbox.project_id}/Conferences"
        with httpx.Client(auth=auth) as api:
            [conference] = api.get(f"{base}.json").json()["conferences"]
            participants = f"{base}/{conference['sid']}/Participants"
            added = sandbox.add_record(
                "/Conferences/{ConferenceSid}/Participants", {"ConferenceSid": conference["sid"]}
            )
            sid = added["call_sid"]
            assert api.get(f"{participants}/{sid}.json").json() == added
            before = api.get(f"{participants}.json").json()["participants"]
            assert sid in [p["call_sid"] for p in before]
            assert api.delete(f"{participants}/{sid}.json").status_code == 204
            _is_error(api.get(f"{participants}/{sid}.json"), 404, 20404)
            after = api.get(f"{participants}.json").json()["participants"]
            assert after == [p for p in before if p["call_sid"] != sid]
        assert sandbox.response_problems == []
