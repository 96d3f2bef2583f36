"""Accounts (the project and its subprojects) and API tokens, through the public client against
the sandbox: each resource's cycle as far as the spec has it, what the sandbox does beyond
keeping records (a subproject's signing key once, a fresh token per create), the JSON body of a
token's update as the spec gives it, and the token kept out of logs, repr and errors."""

from __future__ import annotations

import json
import logging
import os
import re
import subprocess
import sys
from collections.abc import Iterator

import pytest

from signalwire_compat import (
    APIResponseValidationError,
    InternalServerError,
    InvalidParameterError,
    NotFoundError,
    SignalWire,
)
from signalwire_compat.testing import Sandbox

from ._server import recording_server


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as sandbox:
        yield sandbox


@pytest.fixture
def sw(sandbox: Sandbox) -> Iterator[SignalWire]:
    with sandbox.client() as client:
        yield client


def test_subprojects(sw: SignalWire, sandbox: Sandbox) -> None:
    [own] = list(sw.accounts.list())
    assert own.sid == sandbox.project_id and own.subproject is False
    created = sw.accounts.create(friendly_name="Support team")
    assert created.subproject is True and created.owner_account_sid == sandbox.project_id
    assert created.friendly_name == "Support team" and created.sid != own.sid
    assert isinstance(created.signing_key, str) and created.signing_key  # once, in the create
    fetched = sw.accounts.fetch(created.sid)
    assert fetched.signing_key is None and fetched.subproject is True
    assert {a.sid for a in sw.accounts.list()} == {own.sid, created.sid}
    assert [a.sid for a in sw.accounts.list(friendly_name="Support team")] == [created.sid]
    renamed = sw.accounts.update(created.sid, friendly_name="Billing")
    assert renamed.friendly_name == "Billing" and renamed.signing_key is None
    assert sw.accounts.fetch(created.sid).friendly_name == "Billing"
    assert sw.accounts.update(own.sid, friendly_name="Main").friendly_name == "Main"
    with pytest.raises(NotFoundError):
        sw.accounts.fetch("5d1f3b2a-0000-4000-8000-000000000000")
    assert sandbox.response_problems == []


def test_tokens(sw: SignalWire, sandbox: Sandbox) -> None:
    first = sw.tokens.create(name="Nightly builds", permissions=["calling", "fax"])
    second = sw.tokens.create(name="Reports", permissions=["messaging"])
    assert first.id != second.id
    assert first.token and second.token and first.token != second.token
    assert first.token.startswith("PT")
    assert [str(p) for p in first.permissions or []] == ["calling", "fax"]
    renamed = sw.tokens.update(first.id, name="Nightly")
    assert renamed.name == "Nightly"
    assert [str(p) for p in renamed.permissions or []] == ["calling", "fax"]  # kept
    changed = sw.tokens.update(first.id, permissions=["video"])
    assert changed.name == "Nightly" and [str(p) for p in changed.permissions or []] == ["video"]
    sw.tokens.delete(first.id)
    with pytest.raises(NotFoundError):
        sw.tokens.update(first.id, name="gone")
    with pytest.raises(NotFoundError):
        sw.tokens.delete(first.id)
    assert sw.tokens.update(second.id, name="Still here").name == "Still here"
    assert sandbox.response_problems == []


def test_a_patch_with_a_json_body_goes_out_as_the_spec_says(
    sw: SignalWire, sandbox: Sandbox
) -> None:
    token = sw.tokens.create(name="ci", permissions=["calling"])
    sw.tokens.update(
        token.id, permissions=["fax", "video"], name="ci \u00e9", extra_body={"Note": 1}
    )
    sent = sandbox.requests[-1]
    assert (sent.method, sent.status, sent.valid) == ("PATCH", 200, True)
    assert sent.path.endswith(f"/tokens/{token.id}")
    assert sent.headers["content-type"] == "application/json"
    # the spec's order (name, then permissions), then the extras; compact, text as UTF-8
    wanted = '{"name":"ci \u00e9","permissions":["fax","video"],"Note":1}'
    assert sent.body == wanted.encode()
    create = sandbox.requests[-2]
    assert create.headers["content-type"] == "application/x-www-form-urlencoded"
    assert create.body == b"name=ci&permissions=calling"


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({}, "fields"),
        ({"name": ""}, "name"),
        ({"permissions": "fax"}, "permissions"),
        ({"permissions": ["root"]}, "permissions"),
        ({"name": "a\ud800"}, "name"),
        ({"name": 5}, "name"),
        ({"extra_body": {"Note": float("nan")}}, "extra_body"),
        ({"extra_body": {"NAME": "x"}}, "extra_body"),
    ],
)
def test_a_bad_json_body_is_refused_before_sending(
    sw: SignalWire, sandbox: Sandbox, fields: dict[str, object], field: str
) -> None:
    before = len(sandbox.requests)
    with pytest.raises(InvalidParameterError) as caught:
        sw.tokens.update("ea14556a-984f-11ee-b9d1-0242ac120002", **fields)  # type: ignore[arg-type]
    assert caught.value.field == field
    assert len(sandbox.requests) == before


def test_the_token_is_kept_out_of_repr_and_logs(
    sw: SignalWire, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG):
        token = sw.tokens.create(name="ci", permissions=["calling"])
        updated = sw.tokens.update(token.id, name="ci2")
        subproject = sw.accounts.create(friendly_name="Team")
    assert token.token and updated.token == token.token and subproject.signing_key
    assert any("create_token" in r.getMessage() for r in caplog.records)  # it did log
    for secret in (token.token, subproject.signing_key):
        assert secret not in caplog.text
        for shown in (token, updated, subproject):
            assert secret[4:16] not in repr(shown) and secret[4:16] not in str(shown)
    assert "token=***" in repr(token)
    assert token.to_dict()["token"] == token.token  # the value itself is the caller's


SECRET = "PT0123456789abcdef0123456789abcdef0123456789abcdef"


@pytest.mark.parametrize(
    ("status", "body", "error"),
    [
        (200, {"id": 7, "name": "ci", "token": SECRET}, APIResponseValidationError),
        (200, {"id": "t1", "token": [SECRET]}, APIResponseValidationError),
        (200, {"id": "t1", "token": {"value": SECRET}}, APIResponseValidationError),
        (500, {"id": "t1", "token": SECRET}, InternalServerError),
        (500, {"error": {"token": SECRET}}, InternalServerError),
    ],
)
def test_the_token_is_kept_out_of_an_error_of_its_operation(
    caplog: pytest.LogCaptureFixture, status: int, body: dict[str, object], error: type
) -> None:
    with (
        recording_server(body) as server,
        SignalWire(
            project_id="PJ1", api_token="PT-caller-7e1d", base_url=server.base_url, max_retries=0
        ) as sw,
        caplog.at_level(logging.DEBUG),
    ):
        server.status = status
        with pytest.raises(error) as caught:
            sw.tokens.create(name="ci", permissions=["calling"])
    texts = [str(caught.value), repr(caught.value), caplog.text, *map(str, caught.value.args)]
    assert all(SECRET[2:14] not in text for text in texts), texts  # not even a part of it
    assert "[redacted]" in str(caught.value) or status == 200


def test_cli_creates_a_subproject_and_renames_it(sandbox: Sandbox) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SIGNALWIRE_")}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "signalwire_compat", *args, "--base-url", sandbox.base_url],
            env={**env, **sandbox.env()},
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    done = run("accounts", "create", "--friendly-name", "Team", "--json")
    assert done.returncode == 0, done.stderr
    created = json.loads(done.stdout)
    assert created["subproject"] is True
    done = run("accounts", "update", created["sid"], "--friendly-name", "Ops")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Account {created['sid']}\n")
    assert re.search(r"^  friendly_name +Ops$", done.stdout, re.MULTILINE)
    done = run("accounts", "list", "--friendly-name", "Ops")
    assert done.returncode == 0, done.stderr
    assert created["sid"] in done.stdout
    done = run("accounts", "fetch", created["sid"], "--account-sid", "AC1")
    assert done.returncode == 2 and "--account-sid" in done.stderr  # it names its account
    assert sandbox.api_token not in done.stdout + done.stderr


def test_cli_creates_a_token_and_shows_it_only_as_json(sandbox: Sandbox) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SIGNALWIRE_")}
    args = ["tokens", "create", "--name", "ci", "--permissions", "calling", "--permissions", "fax"]

    def run(*more: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "signalwire_compat", *args, *more],
            env={**env, **sandbox.env(), "SIGNALWIRE_BASE_URL": sandbox.base_url},
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    shown = run()
    assert shown.returncode == 0, shown.stderr
    [header, *_] = shown.stdout.splitlines()
    kept = sandbox.record("/tokens", header.removeprefix("Token "))  # named by its id
    assert re.search(r"^  token +\*\*\*$", shown.stdout, re.MULTILINE), shown.stdout
    assert kept["token"] not in shown.stdout + shown.stderr
    created = json.loads(run("--json").stdout)
    assert created["token"].startswith("PT") and created["permissions"] == ["calling", "fax"]
