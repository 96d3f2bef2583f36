"""Applications and cXML scripts (LaML bins), through the public client against the sandbox:
each one's create, fetch, list (with its filter), update, delete and 404; and a script served
at its request_url, as the service serves it; and one command-line run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from signalwire_compat import InternalServerError, NotFoundError, SignalWire
from signalwire_compat.cxml import validate_cxml
from signalwire_compat.testing import Fault, Sandbox
from signalwire_compat_client.models.laml_bin import LamlBin

NOW = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
GREETING = '<?xml version="1.0" encoding="UTF-8"?><Response><Say>Hello!</Say></Response>'
EMPTY = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'


class Clock:
    """The sandbox's clock: ``NOW`` until a test moves it on."""

    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def sandbox(clock: Clock) -> Iterator[Sandbox]:
    with Sandbox(clock=clock) as sandbox:
        yield sandbox


@pytest.fixture
def sw(sandbox: Sandbox) -> Iterator[SignalWire]:
    with sandbox.client(max_retries=0) as client:
        yield client


def url_of(script: LamlBin, sandbox: Sandbox) -> str:
    """The script's request_url, checked to be the sandbox's (no test reaches another host)."""
    assert isinstance(script.request_url, str)
    assert script.request_url.startswith(f"{sandbox.url}/"), script.request_url
    return script.request_url


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    """A plain HTTP client, with no credentials: a script's URL is its own."""
    with httpx.Client(timeout=10) as client:
        yield client


def test_applications(sw: SignalWire, sandbox: Sandbox) -> None:
    app = sw.applications.create(
        friendly_name="Front desk", voice_url="https://example.com/voice.xml", voice_method="GET"
    )
    sw.applications.create(friendly_name="Back office")
    assert app.voice_method == "GET"
    assert sw.applications.fetch(app.sid).voice_url == "https://example.com/voice.xml"
    assert [a.sid for a in sw.applications.list(friendly_name="Front desk")] == [app.sid]
    updated = sw.applications.update(app.sid, sms_url="https://example.com/sms.xml")
    assert (updated.sms_url, updated.friendly_name) == ("https://example.com/sms.xml", "Front desk")
    sw.applications.delete(app.sid)
    with pytest.raises(NotFoundError):
        sw.applications.fetch(app.sid)
    assert sandbox.response_problems == []


def test_laml_bins(sw: SignalWire, sandbox: Sandbox) -> None:
    script = sw.laml_bins.create(name="greeting", contents=GREETING)
    sw.laml_bins.create(name="other")
    assert sw.laml_bins.fetch(script.sid).contents == GREETING
    assert [s.sid for s in sw.laml_bins.list(name="greeting")] == [script.sid]
    renamed = sw.laml_bins.update(script.sid, name="welcome")
    assert (renamed.name, renamed.contents) == ("welcome", GREETING)
    sw.laml_bins.delete(script.sid)
    with pytest.raises(NotFoundError):
        sw.laml_bins.fetch(script.sid)
    assert sandbox.response_problems == []


def test_a_script_is_served_at_its_request_url(
    sw: SignalWire, sandbox: Sandbox, http: httpx.Client
) -> None:
    script = sw.laml_bins.create(name="greeting", contents=GREETING)
    assert url_of(script, sandbox) == f"{sandbox.url}/laml-bins/{script.sid}"
    fetched = http.get(url_of(script, sandbox))
    assert fetched.status_code == 200
    assert fetched.headers["content-type"].split(";")[0] == "text/xml"
    assert fetched.text == GREETING
    # what a call does with it: POST its parameters, as to any XML instructions URL
    posted = http.post(url_of(script, sandbox), data={"CallSid": "CA1", "From": "+15551230000"})
    assert (posted.status_code, posted.text) == (200, GREETING)
    assert sandbox.response_problems == []


def test_each_request_to_the_url_is_counted(
    sw: SignalWire, sandbox: Sandbox, http: httpx.Client, clock: Clock
) -> None:
    script = sw.laml_bins.create(name="greeting", contents=GREETING)
    assert (script.num_requests, script.date_last_accessed) == (0, None)
    clock.now = NOW + timedelta(hours=1)
    for _ in range(3):
        http.get(url_of(script, sandbox))
    fetched = sw.laml_bins.fetch(script.sid)
    assert fetched.num_requests == 3
    assert fetched.date_last_accessed == "2024-05-01T13:00:00Z"
    assert fetched.date_updated == "2024-05-01T12:00:00Z"  # being served is not a change
    assert sandbox.response_problems == []


def test_a_script_without_contents_serves_an_empty_response(
    sw: SignalWire, sandbox: Sandbox, http: httpx.Client
) -> None:
    script = sw.laml_bins.create(name="empty")
    assert script.contents == EMPTY
    assert http.get(url_of(script, sandbox)).text == EMPTY


def test_the_url_serves_the_new_contents_then_nothing_once_deleted(
    sw: SignalWire, sandbox: Sandbox, http: httpx.Client
) -> None:
    script = sw.laml_bins.create(name="greeting", contents=GREETING)
    url = url_of(script, sandbox)
    goodbye = "<Response><Hangup/></Response>"
    sw.laml_bins.update(script.sid, name="greeting", contents=goodbye)
    assert http.get(url).text == goodbye
    sw.laml_bins.delete(script.sid)
    assert http.get(url).status_code == 404


def test_a_scripts_dates_are_iso_8601_and_an_applications_rfc_2822(
    sw: SignalWire, clock: Clock
) -> None:
    script = sw.laml_bins.create(name="greeting")
    assert (script.date_created, script.date_updated) == ("2024-05-01T12:00:00Z",) * 2
    clock.now = NOW + timedelta(minutes=5)
    renamed = sw.laml_bins.update(script.sid, name="welcome")
    assert (renamed.date_created, renamed.date_updated) == (
        "2024-05-01T12:00:00Z",
        "2024-05-01T12:05:00Z",
    )
    app = sw.applications.create(friendly_name="Front desk")
    assert app.date_created == "Wed, 01 May 2024 12:05:00 +0000"


def test_contents_are_kept_as_given_templates_and_all(
    sw: SignalWire, sandbox: Sandbox, http: httpx.Client
) -> None:
    # The service fills Mustache templates in from each request; the reference documents no
    # refusal of contents, so the sandbox checks none (this one is not valid cXML).
    templated = '<Response><Say>Hello {{From}}</Say><Gather input="{{Input}}"/></Response>'
    assert validate_cxml(templated) != []
    script = sw.laml_bins.create(name="templated", contents=templated)
    assert http.get(url_of(script, sandbox)).text == templated


def test_serving_a_script_leaves_the_apis_faults_alone(
    sw: SignalWire, sandbox: Sandbox, http: httpx.Client
) -> None:
    script = sw.laml_bins.create(name="greeting", contents=GREETING)
    url = url_of(script, sandbox)
    sandbox.inject(Fault.respond(503))
    assert http.get(url).status_code == 200
    with pytest.raises(InternalServerError):
        sw.laml_bins.fetch(script.sid)


def test_the_cli_creates_a_script(sandbox: Sandbox, http: httpx.Client) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SIGNALWIRE_")}
    done = subprocess.run(
        [
            sys.executable, "-m", "signalwire_compat", "laml-bins", "create",
            "--name", "greeting", "--contents", GREETING, "--json",
            "--base-url", sandbox.base_url,
        ],
        env={**env, **sandbox.env()},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert sandbox.api_token not in done.stdout + done.stderr
    created = json.loads(done.stdout)
    assert created == sandbox.record("/LamlBins", created["sid"])
    assert created["name"] == "greeting"
    assert created["request_url"].startswith(f"{sandbox.url}/")
    assert http.get(created["request_url"]).text == GREETING
