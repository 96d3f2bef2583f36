"""Faxes and their media, through the public client and the CLI against the sandbox: the
create -> fetch -> list -> cancel -> delete -> 404 cycle, a sent fax's states and its signed
status callbacks, the deletes the service refuses, the document a delivered fax keeps, and
the fax status callback read as a typed payload."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl

import pytest
from openapi_spec_validator.readers import read_from_filename

from signalwire_compat import ConflictError, NotFoundError, SignalWire, UnprocessableEntityError
from signalwire_compat.testing import Sandbox
from signalwire_compat.webhooks import RequestValidator, parse_fax_status
from signalwire_compat_client.models.fax_status import FaxStatus
from signalwire_compat_client.models.fax_status_callback import FaxStatusCallback

from ._server import recording_server
from .conftest import ROOT
from .test_cli import run

FAXES = "/Faxes"
MEDIA = "/Faxes/{FaxSid}/Media"
DOCUMENT = "https://example.com/contract.pdf"
TO, FROM = "+15551230000", "+15551239999"
SENT = ["processing", "sending", "delivered"]
"""The statuses a queued fax moves through once its create is answered."""
STARTED = datetime(2026, 1, 5, 9, 30, 0, tzinfo=UTC)


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(clock=lambda: STARTED) as sandbox:
        yield sandbox


@pytest.fixture
def sw(sandbox: Sandbox) -> Iterator[SignalWire]:
    with sandbox.client() as client:
        yield client


def _fax(sandbox: Sandbox, status: str) -> dict[str, Any]:
    """A fax of the project in ``status``, as if the service had it."""
    return sandbox.add_record(FAXES, status=status, to=TO)


# the spec ----------------------------------------------------------------------------------

OPERATIONS = {
    ("/Accounts/{AccountSid}/Faxes", "get"): "list_all_faxes",
    ("/Accounts/{AccountSid}/Faxes", "post"): "send_fax",
    ("/Accounts/{AccountSid}/Faxes/{Sid}", "get"): "retrieve_fax",
    ("/Accounts/{AccountSid}/Faxes/{Sid}", "post"): "update_fax",
    ("/Accounts/{AccountSid}/Faxes/{Sid}", "delete"): "delete_fax",
    ("/Accounts/{AccountSid}/Faxes/{FaxSid}/Media", "get"): "list_all_fax_media",
    ("/Accounts/{AccountSid}/Faxes/{FaxSid}/Media/{Sid}.json", "get"): "retrieve_medias",
    ("/Accounts/{AccountSid}/Faxes/{FaxSid}/Media/{Sid}", "delete"): "delete_fax_media",
}


def test_the_spec_has_the_references_fax_operations_and_callback() -> None:
    spec, _ = read_from_filename(str(ROOT / "spec" / "openapi.yaml"))
    found = {
        (path, method): op["operationId"]
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method != "parameters" and op["tags"][0] in ("Faxes", "Fax Media")
    }
    assert found == OPERATIONS
    for path, method in OPERATIONS:
        operation = spec["paths"][path][method]
        assert operation["x-permissions"] == {"scopes": ["Fax"]}
        if method == "delete":  # the reference's answer to a fax still under way
            assert "409" in operation["responses"]
    schemas = spec["components"]["schemas"]
    assert schemas["UpdateFaxStatus"]["enum"] == ["canceled"]
    assert schemas["Fax"]["required"] == ["sid"] and schemas["FaxMedia"]["required"] == ["sid"]
    callback = spec["webhooks"]["faxStatus"]["post"]["requestBody"]["content"]
    assert list(callback) == ["application/x-www-form-urlencoded"]
    assert "required" not in schemas["FaxStatusCallback"]


# the cycle ---------------------------------------------------------------------------------


def test_faxes_and_their_media(sw: SignalWire, sandbox: Sandbox) -> None:
    fax = sw.faxes.create(media_url=DOCUMENT, to=TO, from_=FROM, quality="superfine")
    assert fax.status == "queued" and fax.media_url == DOCUMENT and fax.quality == "superfine"
    assert sw.faxes.fetch(fax.sid).status == "delivered"
    assert [f.sid for f in sw.faxes.list(to=TO)] == [fax.sid]
    assert list(sw.faxes.list(to="+15550000000")) == []
    queued = _fax(sandbox, "queued")
    assert sw.faxes.update(queued["sid"], status="canceled").status == "canceled"
    [media] = sw.faxes.media.list(fax.sid)
    assert sw.faxes.media.fetch(fax.sid, media.sid).fax_sid == fax.sid
    sw.faxes.media.delete(fax.sid, media.sid)
    with pytest.raises(NotFoundError):
        sw.faxes.media.fetch(fax.sid, media.sid)
    sw.faxes.delete(fax.sid)
    with pytest.raises(NotFoundError):
        sw.faxes.fetch(fax.sid)
    assert sandbox.response_problems == []


# a sent fax's states -----------------------------------------------------------------------


def test_a_sent_fax_moves_through_its_states_with_signed_callbacks(
    sw: SignalWire, sandbox: Sandbox
) -> None:
    with recording_server({}) as receiver:
        hook = f"{receiver.base_url}/fax-status?tenant=7"
        fax = sw.faxes.create(media_url=DOCUMENT, to=TO, from_=FROM, status_callback=hook)
        assert fax.status == "queued"
        callbacks = sandbox.wait_for_callbacks(len(SENT), timeout=30)
        received = list(receiver.requests)
    delivered = sw.faxes.fetch(fax.sid)
    [media] = sw.faxes.media.list(fax.sid)
    assert delivered.status == "delivered" and delivered.media_sid == media.sid
    assert sorted(c.form["FaxStatus"] for c in callbacks) == sorted(SENT)
    for callback in callbacks:
        assert callback.status == 200 and callback.error is None
        assert (callback.method, callback.url) == ("POST", hook)
        common = {"FaxSid": fax.sid, "AccountSid": sandbox.project_id, "From": FROM, "To": TO}
        assert common.items() <= callback.form.items()
        assert callback.form["OriginalMediaUrl"] == DOCUMENT
    [last] = [c.form for c in callbacks if c.form["FaxStatus"] == "delivered"]
    assert (last["MediaSid"], last["NumPages"]) == (media.sid, str(delivered.num_pages))
    validator = RequestValidator(sandbox.signing_key)
    assert len(received) == len(SENT)
    for request in received:
        form = parse_qsl(request.body.decode())
        assert validator.validate_request(receiver.base_url + request.path, form, request.headers)
        event = parse_fax_status(form)
        assert isinstance(event, FaxStatusCallback) and event.fax_sid == fax.sid
        assert event.fax_status in {FaxStatus(status) for status in SENT}
    assert sandbox.response_problems == []


def test_a_fax_without_a_status_callback_is_delivered_and_sends_none(
    sw: SignalWire, sandbox: Sandbox
) -> None:
    fax = sw.faxes.create(media_url=DOCUMENT, to=TO, from_=FROM)
    assert sw.faxes.fetch(fax.sid).status == "delivered"
    assert sandbox.callbacks == []


def test_a_delivered_fax_keeps_its_document_as_its_one_media_file(
    sw: SignalWire, sandbox: Sandbox
) -> None:
    fax = sw.faxes.create(media_url=DOCUMENT, to=TO, from_=FROM)
    delivered = sw.faxes.fetch(fax.sid)
    [media] = sw.faxes.media.list(fax.sid)
    assert (media.fax_sid, media.content_type) == (fax.sid, "application/pdf")
    assert media.account_sid == sandbox.project_id and delivered.media_sid == media.sid
    own = f"/api/laml/2010-04-01/Accounts/{sandbox.project_id}/Faxes/{fax.sid}"
    assert delivered.url == own
    assert delivered.links is not None and delivered.links.media == f"{own}/Media"
    assert media.uri == f"{own}/Media/{media.sid}.json"
    assert delivered.num_pages is not None and delivered.duration is not None
    unkept = sw.faxes.create(media_url=DOCUMENT, to=TO, from_=FROM, store_media=False)
    assert sw.faxes.fetch(unkept.sid).status == "delivered"
    assert list(sw.faxes.media.list(unkept.sid)) == []
    assert sandbox.response_problems == []


def test_a_faxs_dates_are_iso_8601_as_the_reference_gives_them(
    sw: SignalWire, sandbox: Sandbox
) -> None:
    fax = sw.faxes.create(media_url=DOCUMENT, to=TO, from_=FROM)
    assert (fax.date_created, fax.date_updated) == ("2026-01-05T09:30:00Z",) * 2
    assert sw.faxes.fetch(fax.sid).date_updated == "2026-01-05T09:30:00Z"
    [media] = sw.faxes.media.list(fax.sid)
    assert media.date_created == "2026-01-05T09:30:00Z"


# what the service refuses ------------------------------------------------------------------


def test_a_fax_under_way_cannot_be_deleted(sw: SignalWire, sandbox: Sandbox) -> None:
    for status in ("processing", "sending", "receiving"):
        fax = _fax(sandbox, status)
        with pytest.raises(ConflictError) as refused:
            sw.faxes.delete(fax["sid"])
        assert refused.value.status_code == 409, status
        assert sandbox.record(FAXES, fax["sid"])["status"] == status


def test_a_fax_not_under_way_can_be_deleted(sw: SignalWire, sandbox: Sandbox) -> None:
    for status in ("queued", "delivered", "received", "failed", "canceled"):
        fax = _fax(sandbox, status)
        sw.faxes.delete(fax["sid"])
        with pytest.raises(NotFoundError):
            sw.faxes.fetch(fax["sid"])


def test_the_media_of_a_fax_not_yet_done_cannot_be_deleted(
    sw: SignalWire, sandbox: Sandbox
) -> None:
    for status in ("queued", "processing", "sending", "receiving"):
        fax = _fax(sandbox, status)
        media = sandbox.add_record(MEDIA, {"FaxSid": fax["sid"]})
        with pytest.raises(ConflictError):
            sw.faxes.media.delete(fax["sid"], media["sid"])
        assert sw.faxes.media.fetch(fax["sid"], media["sid"]).sid == media["sid"]
        sandbox.add_record(FAXES, sid=fax["sid"], status="received")
        sw.faxes.media.delete(fax["sid"], media["sid"])
        with pytest.raises(NotFoundError):
            sw.faxes.media.fetch(fax["sid"], media["sid"])


def test_only_a_queued_fax_can_be_canceled(sw: SignalWire, sandbox: Sandbox) -> None:
    for status in ("processing", "sending", "delivered", "received", "canceled"):
        fax = _fax(sandbox, status)
        with pytest.raises(UnprocessableEntityError):
            sw.faxes.update(fax["sid"], status="canceled")
        assert sandbox.record(FAXES, fax["sid"])["status"] == status


def test_a_canceled_fax_reports_it_to_its_status_callback(sw: SignalWire, sandbox: Sandbox) -> None:
    with recording_server({}) as receiver:
        hook = f"{receiver.base_url}/fax-status"
        fax = sw.faxes.create(media_url=DOCUMENT, to=TO, from_=FROM, status_callback=hook)
        sandbox.wait_for_callbacks(len(SENT), timeout=30)
        sandbox.add_record(FAXES, sid=fax.sid, status="queued")  # as if it were still queued
        assert sw.faxes.update(fax.sid, status="canceled").status == "canceled"
        callbacks = sandbox.wait_for_callbacks(len(SENT) + 1, timeout=30)
    assert [c.form["FaxStatus"] for c in callbacks[len(SENT) :]] == ["canceled"]
    assert sandbox.response_problems == []


# the status callback, read -----------------------------------------------------------------

# A fax status callback as SignalWire posts it, with every field it documents.
FAX_FORM = [
    ("FaxSid", "5d2e8a4f-7c1b-4e36-9a0d-3f8b6c2e1a97"),
    ("AccountSid", "b3877c40-da60-4998-90ad-b792e98472af"),
    ("From", FROM),
    ("To", TO),
    ("ApiVersion", "v1"),
    ("FaxStatus", "delivered"),
    ("RemoteStationId", "+1 555 123 0000"),
    ("OriginalMediaUrl", DOCUMENT),
    ("NumPages", "2"),
    ("MediaSid", "0c8f3b1e-6a2d-4f59-b7e4-9d1a5c3e8f20"),
    ("MediaUrl", "https://files.example.com/fax/0c8f3b1e.pdf"),
]


def test_a_fax_status_callback_is_parsed_with_every_documented_field() -> None:
    event = parse_fax_status(FAX_FORM)
    assert event.fax_status is FaxStatus.DELIVERED
    assert (event.fax_sid, event.from_, event.to, event.api_version) == (
        "5d2e8a4f-7c1b-4e36-9a0d-3f8b6c2e1a97", FROM, TO, "v1",
    )  # fmt: skip
    assert (event.remote_station_id, event.original_media_url) == ("+1 555 123 0000", DOCUMENT)
    assert (event.num_pages, event.media_sid) == ("2", "0c8f3b1e-6a2d-4f59-b7e4-9d1a5c3e8f20")
    assert event.media_url == "https://files.example.com/fax/0c8f3b1e.pdf"
    assert (event.error_code, event.error_message) == (None, None)
    assert event.to_dict() == dict(FAX_FORM)


def test_every_fax_status_is_typed_and_an_unknown_one_passes() -> None:
    for status in FaxStatus:
        assert parse_fax_status({"FaxStatus": status.value}).fax_status is status
    event = parse_fax_status([("FaxStatus", "rescheduled"), ("ErrorCode", "15001")])
    assert event.fax_status == "rescheduled" and not isinstance(event.fax_status, FaxStatus)
    failed = parse_fax_status({"FaxStatus": "failed", "ErrorMessage": "busy line", "Extra": "x"})
    assert failed.error_message == "busy line" and failed.additional_properties == {"Extra": "x"}
    assert failed.fields_set == frozenset({"fax_status", "error_message"})


# the command line --------------------------------------------------------------------------


def test_the_cli_sends_a_fax_lists_its_media_and_refuses_to_cancel_it(sandbox: Sandbox) -> None:
    sent = run(
        sandbox, "faxes", "create", "--media-url", DOCUMENT, "--to", TO, "--from", FROM,
        "--ttl", "30", "--store-media", "--json",
    )  # fmt: skip
    assert sent.returncode == 0, sent.stderr
    fax = json.loads(sent.stdout)
    assert fax["status"] == "queued"
    body = sandbox.requests[-1].body
    assert body is not None and body.endswith(b"StoreMedia=true&Ttl=30")
    fetched = run(sandbox, "faxes", "fetch", fax["sid"])
    assert fetched.returncode == 0, fetched.stderr
    assert re.search(r"^  status +delivered$", fetched.stdout, re.MULTILINE)
    media = run(sandbox, "faxes", "media", "list", fax["sid"], "--json")
    assert media.returncode == 0, media.stderr
    [document] = [json.loads(line) for line in media.stdout.splitlines()]
    assert document["fax_sid"] == fax["sid"] and document["content_type"] == "application/pdf"
    refused = run(sandbox, "faxes", "update", fax["sid"], "--status", "canceled")
    assert refused.returncode == 1 and "422" in refused.stderr
    deleted = run(sandbox, "faxes", "delete", fax["sid"])
    assert deleted.returncode == 0 and deleted.stdout == "delete: HTTP 204\n"
    assert all(request.valid for request in sandbox.requests)
    assert sandbox.response_problems == []


@pytest.mark.parametrize(
    ("record", "words"),
    [
        (["/Nope", "{}"], "no resource '/Nope' in the spec"),
        (["/Faxes", "[1]"], "'[1]' is not a JSON object"),
        (["/Faxes", "{"], "'{' is not a JSON object"),
        (["/Faxes/{FaxSid}/Media", "{}"], "/Faxes/{FaxSid}/Media needs parent ids: FaxSid"),
    ],
)
def test_a_bad_record_for_the_sandbox_process_is_a_usage_error(
    record: list[str], words: str
) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "signalwire_compat.testing", "--record", *record],
        capture_output=True, text=True, timeout=30, check=False,
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("usage: python -m signalwire_compat.testing")
    assert f"argument --record: {words}" in done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""
