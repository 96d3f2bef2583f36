"""The sandbox runs what a call's Url answers: a user's app on 127.0.0.1 answers cXML built
with the SDK, and the sandbox fetches it (signed), validates it, records it and follows it."""

from __future__ import annotations

import gzip
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from signalwire_compat import SignalWire
from signalwire_compat.cxml import VoiceResponse
from signalwire_compat.testing import FetchedDocument, Sandbox
from signalwire_compat.webhooks import RequestValidator, parse_call_request

from ._cxml_app import CxmlApp, Hit, Page, cxml_app

TO, FROM = "+15551230001", "+15551230002"
WAIT = 30.0  # a bound on waiting for the sandbox, never reached when it works


@pytest.fixture
def sandbox(signalwire_sandbox: Sandbox) -> Sandbox:
    """The package's own pytest fixture, by a shorter name."""
    return signalwire_sandbox


@pytest.fixture
def client(signalwire_client: SignalWire) -> SignalWire:
    return signalwire_client


@pytest.fixture
def app() -> Iterator[CxmlApp]:
    with cxml_app() as running:
        yield running


def xml(response: VoiceResponse) -> Page:
    return Page(str(response))


def signed(hit: Hit, app: CxmlApp, sandbox: Sandbox) -> bool:
    """Whether the request carries the signature SignalWire would give it."""
    url = app.base + hit.path
    return RequestValidator(sandbox.signing_key).validate_request(url, hit.form, hit.headers)


def call_to(client: SignalWire, url: str, **options: Any) -> str:
    call = client.calls.create(to=TO, from_=FROM, url=url, **options)
    assert isinstance(call.sid, str)
    return call.sid


def test_a_call_fetches_its_url_signed_follows_redirect_and_hangs_up(
    sandbox: Sandbox, client: SignalWire, app: CxmlApp
) -> None:
    first = VoiceResponse()
    first.say("Hello")
    first.redirect("/second?step=2", method="GET")
    second = VoiceResponse()
    second.pause(length=1)
    second.hangup()
    app.pages.update({"/first": xml(first), "/second": xml(second), "/status": Page("")})
    sid = call_to(
        client,
        app.url("/first"),
        status_callback=app.url("/status"),
        status_callback_event=["ringing", "answered", "completed"],
    )

    documents = sandbox.wait_for_documents(2, timeout=WAIT)
    assert [(d.method, d.outcome) for d in documents] == [("POST", "redirect"), ("GET", "hangup")]
    assert all(d.problems == () and d.status == 200 for d in documents)
    [post] = app.hits_of("/first")
    assert post.method == "POST" and signed(post, app, sandbox)
    request = parse_call_request(post.form)
    assert (request.call_sid, request.call_status, request.to, request.from_) == (
        sid,
        "in-progress",
        TO,
        FROM,
    )
    [get] = app.hits_of("/second")
    assert get.method == "GET" and get.form == [] and signed(get, app, sandbox)
    assert ("step", "2") in get.query and ("CallSid", sid) in get.query

    call = client.calls.fetch(sid)
    assert call.status == "completed" and call.start_time is not None and call.end_time is not None
    sent = sandbox.wait_for_callbacks(3, timeout=WAIT)  # each delivered on its own
    sent.sort(key=lambda callback: int(callback.form["SequenceNumber"]))
    assert [c.form["CallStatus"] for c in sent] == ["ringing", "in-progress", "completed"]
    assert all(urlsplit(c.url).path == "/status" for c in sent)


def test_an_invalid_document_is_recorded_with_its_problems_and_ends_the_call(
    sandbox: Sandbox, client: SignalWire, app: CxmlApp
) -> None:
    app.pages["/typo"] = Page('<?xml version="1.0"?><Response><Dail>+15551230003</Dail></Response>')
    sid = call_to(client, app.url("/typo"))
    [document] = sandbox.wait_for_documents(1, timeout=WAIT)
    assert document.outcome == "application-error" and document.error_code == 12100
    found = [(p.code, p.path) for p in document.problems]
    assert found == [("unknown-element", "/Response/Dail[1]")]
    assert client.calls.fetch(sid).status == "completed"


@pytest.mark.parametrize(
    ("page", "code"),
    [
        (Page("oops", 500, "text/plain"), 11200),
        (Page("<Response>" + "<Say>x</Say>" * 6000 + "</Response>"), 11750),
        (Page("<Response><Hangup/>"), 12100),
        (Page('<!DOCTYPE r [<!ENTITY a "aaaa">]><Response>&a;</Response>'), 12100),
    ],
    ids=["http-500", "over-64-kB", "not-well-formed", "doctype"],
)
def test_what_the_service_calls_an_application_error(
    sandbox: Sandbox, client: SignalWire, app: CxmlApp, page: Page, code: int
) -> None:
    app.pages["/bad"] = page
    sid = call_to(client, app.url("/bad"))
    [document] = sandbox.wait_for_documents(1, timeout=WAIT)
    assert (document.outcome, document.error_code) == ("application-error", code)
    assert client.calls.fetch(sid).status == "completed"


def test_a_compressed_bomb_is_read_only_to_the_cap(
    sandbox: Sandbox, client: SignalWire, app: CxmlApp
) -> None:
    bomb = gzip.compress(b"<Response>" + b" " * (20 << 20), compresslevel=9)  # 20 MB inside
    app.pages["/bomb"] = Page("", data=bomb, headers=(("Content-Encoding", "gzip"),))
    call_to(client, app.url("/bomb"))
    [document] = sandbox.wait_for_documents(1, timeout=WAIT)
    assert (document.outcome, document.error_code, document.text) == (
        "application-error",
        11750,
        "",
    )


def test_an_app_that_drips_its_answer_is_cut_off(
    sandbox: Sandbox, client: SignalWire, app: CxmlApp
) -> None:
    """A byte every half second keeps each read under its 5 s: the whole request's 7 s ends it."""
    app.pages["/drip"] = Page("", drip=0.5)
    call_to(client, app.url("/drip"))
    [document] = sandbox.wait_for_documents(1, timeout=WAIT)
    assert (document.outcome, document.error_code) == ("application-error", 11200)
    assert document.error is not None and "Timeout" in document.error


def test_an_app_that_cannot_be_reached_is_error_11200(
    sandbox: Sandbox, client: SignalWire, app: CxmlApp
) -> None:
    closed = app.url("/x")
    app_port = urlsplit(closed).port
    with cxml_app() as other:
        gone = other.url("/gone")
    assert urlsplit(gone).port != app_port
    sid = call_to(client, gone)
    [document] = sandbox.wait_for_documents(1, timeout=WAIT)
    assert (document.outcome, document.error_code, document.status) == (
        "application-error",
        11200,
        None,
    )
    assert client.calls.fetch(sid).status == "completed"


def test_a_failed_url_falls_back_to_the_fallback_url(
    sandbox: Sandbox, client: SignalWire, app: CxmlApp
) -> None:
    rescue = VoiceResponse()
    rescue.hangup()
    app.pages.update({"/broken": Page("", 503), "/rescue": xml(rescue)})
    call_to(client, app.url("/broken"), fallback_url=app.url("/rescue"), fallback_method="GET")
    documents = sandbox.wait_for_documents(2, timeout=WAIT)
    assert [(d.outcome, d.error_code) for d in documents] == [("fallback", 11200), ("hangup", None)]
    assert app.hits_of("/rescue")[0].method == "GET"


@pytest.mark.parametrize(("reason", "status"), [("busy", "busy"), (None, "no-answer")])
def test_reject_ends_the_call_busy_or_unanswered(
    sandbox: Sandbox, client: SignalWire, app: CxmlApp, reason: str | None, status: str
) -> None:
    response = VoiceResponse()
    if reason is None:
        response.reject()
    else:
        response.reject(reason="busy")
    app.pages["/reject"] = xml(response)
    sid = call_to(client, app.url("/reject"))
    assert sandbox.wait_for_documents(1, timeout=WAIT)[0].outcome == "reject"
    assert client.calls.fetch(sid).status == status


def test_the_end_of_the_document_hangs_up_and_a_verb_needing_a_party_leaves_it_in_progress(
    sandbox: Sandbox, client: SignalWire, app: CxmlApp
) -> None:
    said = VoiceResponse()
    said.say("Goodbye")
    dialing = VoiceResponse()
    dialing.say("Connecting")
    dialing.dial().number("+15551230004")
    app.pages.update({"/said": xml(said), "/dialing": xml(dialing)})
    ended = call_to(client, app.url("/said"))
    [document] = sandbox.wait_for_documents(1, timeout=WAIT)
    assert document.outcome == "end" and client.calls.fetch(ended).status == "completed"
    live = call_to(client, app.url("/dialing"))
    assert sandbox.wait_for_documents(2, timeout=WAIT)[1].outcome == "in-progress"
    assert client.calls.fetch(live).status == "in-progress"


def test_a_redirect_through_the_api_runs_the_new_document(
    sandbox: Sandbox, client: SignalWire, app: CxmlApp
) -> None:
    response = VoiceResponse()
    response.hangup()
    app.pages["/next"] = xml(response)
    client.calls.update(sandbox.live_call_sid, url=app.url("/next"))
    [document] = sandbox.wait_for_documents(1, timeout=WAIT)
    assert (document.call_sid, document.outcome) == (sandbox.live_call_sid, "hangup")
    assert client.calls.fetch(sandbox.live_call_sid).status == "completed"


def test_a_call_redirected_during_a_pause_abandons_the_old_document(app: CxmlApp) -> None:
    waiting = VoiceResponse()
    waiting.pause(length=600)
    waiting.hangup()
    done = VoiceResponse()
    done.hangup()
    app.pages.update({"/wait": xml(waiting), "/done": xml(done)})
    with Sandbox(pause_scale=1) as sandbox, sandbox.client() as client:
        sid = call_to(client, app.url("/wait"))
        for _ in range(int(WAIT * 100)):  # fetched, and pausing (600 s, far beyond the test)
            if sandbox.documents:
                break
            time.sleep(0.01)
        assert [d.outcome for d in sandbox.documents] == ["hangup"]  # what it will do
        client.calls.update(sid, url=app.url("/done"))
        documents = sandbox.wait_for_documents(1, timeout=WAIT)
        assert [d.outcome for d in documents] == ["hangup", "hangup"]
        assert documents[1].url == app.url("/done")
        assert client.calls.fetch(sid).status == "completed"


def test_an_application_voice_url_runs_for_a_call_created_with_it(
    sandbox: Sandbox, client: SignalWire, app: CxmlApp
) -> None:
    response = VoiceResponse()
    response.hangup()
    app.pages["/voice"] = xml(response)
    application = client.applications.create(
        friendly_name="flows", voice_url=app.url("/voice"), voice_method="GET"
    )
    assert isinstance(application.sid, str)
    call = client.calls.create(to=TO, from_=FROM, application_sid=application.sid)
    [document] = sandbox.wait_for_documents(1, timeout=WAIT)
    assert (document.method, document.outcome, document.call_sid) == ("GET", "hangup", call.sid)


def test_a_url_elsewhere_is_not_fetched_and_the_call_stays_queued(
    sandbox: Sandbox, client: SignalWire
) -> None:
    sid = call_to(client, "https://example.com/answer")
    [document] = sandbox.wait_for_documents(1, timeout=WAIT)
    assert (document.outcome, document.status) == ("not-fetched", None)
    assert client.calls.fetch(sid).status == "queued"


def test_http_redirects_are_followed_three_times_and_no_more(
    sandbox: Sandbox, client: SignalWire, app: CxmlApp
) -> None:
    response = VoiceResponse()
    response.hangup()
    app.pages["/final"] = xml(response)
    for hop in range(4):
        target = "/final" if hop == 0 else f"/hop{hop - 1}"
        app.pages[f"/hop{hop}"] = Page("", 302, headers=(("Location", target),))
    call_to(client, app.url("/hop2"))  # three redirects to /final
    call_to(client, app.url("/hop3"))  # four
    documents = sandbox.wait_for_documents(2, timeout=WAIT)
    outcomes = sorted((d.url.rsplit("/", 1)[1], d.outcome, d.error_code) for d in documents)
    assert outcomes == [("hop2", "hangup", None), ("hop3", "application-error", 11215)]


def test_the_documents_page_lists_them_as_json(
    sandbox: Sandbox, client: SignalWire, app: CxmlApp
) -> None:
    app.pages["/typo"] = Page("<Response><Hangup/><Dail/></Response>")
    sid = call_to(client, app.url("/typo"))
    [document] = sandbox.wait_for_documents(1, timeout=WAIT)
    page = httpx.get(sandbox.url + "/sandbox/documents").json()
    assert page == {"documents": [document.to_json()]}
    shown = page["documents"][0]
    assert (shown["call_sid"], shown["error_code"], shown["problems"][0]["path"]) == (
        sid,
        12100,
        "/Response/Dail[1]",
    )
    assert isinstance(document, FetchedDocument)
