"""``download``: a recording's audio and a message's media file, in memory and streamed to a
file, against the sandbox and hostile servers: the same limits, retries and typed errors as
every call, credentials only to the client's own origin, and never a partial file."""

from __future__ import annotations

import asyncio
import io
import json
import os
import socket
import subprocess
import sys
import time
import tracemalloc
import wave
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

import pytest

from signalwire_compat import (
    APIResponseValidationError,
    APIStatusError,
    AsyncSignalWire,
    Content,
    FileWriteError,
    InvalidParameterError,
    NotFoundError,
    RequestTimeoutError,
    RetryPolicy,
    SignalWire,
    SignalWireError,
)
from signalwire_compat._download import download_url
from signalwire_compat.testing import Sandbox

from . import _hostile as h
from .conftest import API_TOKEN, PROJECT_ID, ROOT

VECTORS = json.loads((ROOT / "tests" / "vectors" / "downloads.json").read_text())
FAST = RetryPolicy(initial_wait=0.01, max_wait=0.05)
LIMIT = 64 << 10
LATE = 0.4  # how late past its timeout an attempt may end on a loaded machine (test_hostile's)
MEDIA = "/Messages/{MessageSid}/Media"
Path_ = Literal["sync", "httpx", "aiohttp"]
PATHS: tuple[Path_, ...] = ("sync", "httpx", "aiohttp")


def _download(path: Path_, settings: dict[str, Any], uri: str, **options: Any) -> Any:
    """``download`` on the sync client or the async one with ``path`` as its backend: the
    ``Content``, or the exception raised."""
    try:
        if path == "sync":
            with SignalWire(**settings) as sw:
                return sw.download(uri, **options)

        async def run() -> Content:
            async with AsyncSignalWire(backend=path, **settings) as sw:
                return await sw.download(uri, **options)

        return asyncio.run(run())
    except SignalWireError as error:
        return error


def _leftovers(directory: Path) -> list[str]:
    return sorted(name for name in os.listdir(directory) if name.endswith(".part"))


# --- the sandbox ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as running:
        yield running


def _settings(sandbox: Sandbox) -> dict[str, Any]:
    return {"project_id": sandbox.project_id, "api_token": sandbox.api_token,
            "base_url": sandbox.base_url}  # fmt: skip


def _recording_uri(sandbox: Sandbox) -> str:
    with sandbox.client() as sw:
        return str(next(iter(sw.recordings.list())).uri)


def _frames(data: bytes) -> tuple[int, int, int]:
    with wave.open(io.BytesIO(data)) as audio:
        return audio.getnchannels(), audio.getframerate(), audio.getnframes()


def test_readme_example_a_recordings_audio_and_a_messages_media(
    sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    message = sandbox.add_record("/Messages", {}, to="+15551230000")
    sandbox.add_record(MEDIA, {"MessageSid": message["sid"]}, content_type="image/png")
    monkeypatch.chdir(tmp_path)
    with sandbox.client() as sw:
        for recording in sw.recordings.list():
            audio = sw.download(recording.uri, to=f"{recording.sid}.wav")  # streamed to a file
            mp3 = sw.download(str(recording.uri).removesuffix(".json") + ".mp3")  # in memory
            assert mp3.data.startswith(b"\xff\xfb")
        for media in sw.messages.media.list(message["sid"]):
            image = sw.download(media.uri)  # its content_type: image/png
            Path(f"{media.sid}.png").write_bytes(image.data)
    assert audio.content_type == "audio/x-wav" and audio.data == b""
    assert audio.path == str(Path(f"{recording.sid}.wav"))
    assert _frames(Path(audio.path).read_bytes()) == (1, 8000, 2000)
    assert mp3.content_type == "audio/mpeg" and mp3.size == len(mp3.data) > 0
    assert image.content_type == "image/png" and image.data.startswith(b"\x89PNG\r\n\x1a\n")
    assert image.size == len(image.data)
    assert _leftovers(tmp_path) == []
    assert sandbox.response_problems == []


@pytest.mark.parametrize("path", PATHS)
def test_a_recordings_audio_in_memory_and_to_a_file(
    sandbox: Sandbox, tmp_path: Path, path: Path_
) -> None:
    uri = _recording_uri(sandbox)
    for given in (uri, uri.removesuffix(".json"), uri.removesuffix(".json") + ".wav"):
        content = _download(path, _settings(sandbox), given)
        assert isinstance(content, Content), content
        assert content.content_type == "audio/x-wav" and content.path is None
        assert content.size == len(content.data) and _frames(content.data) == (1, 8000, 2000)
    target = tmp_path / "audio.mp3"
    target.write_bytes(b"the previous file")
    saved = _download(path, _settings(sandbox), uri.removesuffix(".json") + ".mp3", to=target)
    assert isinstance(saved, Content), saved
    assert saved.data == b"" and saved.path == str(target) and saved.content_type == "audio/mpeg"
    written = target.read_bytes()
    assert len(written) == saved.size and written[:4] == b"\xff\xfb\x18\xc4"  # 32 kHz mono
    assert _leftovers(tmp_path) == []
    sent = [r for r in sandbox.requests if r.path.startswith(uri.removesuffix(".json"))]
    assert {r.headers["authorization"] for r in sent} == {"Basic ***"}  # its own origin
    assert sandbox.response_problems == []


@pytest.mark.parametrize("path", PATHS)
def test_a_messages_media_file_in_its_content_type(sandbox: Sandbox, path: Path_) -> None:
    message = sandbox.add_record("/Messages", {}, to="+15551230000")
    kinds = {"image/png": b"\x89PNG", "image/jpeg": b"\xff\xd8\xff", "text/plain": b"A media"}
    for kind, magic in kinds.items():
        media = sandbox.add_record(MEDIA, {"MessageSid": message["sid"]}, content_type=kind)
        content = _download(path, _settings(sandbox), media["uri"])
        assert isinstance(content, Content), content
        assert content.content_type == kind and content.data.startswith(magic)
    with sandbox.client() as sw:  # its record is still JSON, at the .json URL
        assert sw.messages.media.fetch(message["sid"], media["sid"]).content_type == "text/plain"
    assert sandbox.response_problems == []


def test_an_unknown_recording_is_the_usual_typed_error_and_leaves_no_file(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    uri = _recording_uri(sandbox).replace("Recordings/", "Recordings/RE-none-")
    target = tmp_path / "kept.wav"
    target.write_bytes(b"kept")
    with sandbox.client() as sw, pytest.raises(NotFoundError) as raised:
        sw.download(uri, to=target)
    assert raised.value.code == 20404 and raised.value.status_code == 404
    assert target.read_bytes() == b"kept" and _leftovers(tmp_path) == []


def test_media_files_need_the_credentials_and_audio_does_not(sandbox: Sandbox) -> None:
    message = sandbox.add_record("/Messages", {}, to="+15551230000")
    media = sandbox.add_record(MEDIA, {"MessageSid": message["sid"]}, content_type="image/png")
    wrong = {**_settings(sandbox), "api_token": "not-the-token"}
    error = _download("sync", wrong, media["uri"])
    assert isinstance(error, APIStatusError) and error.status_code == 401
    assert isinstance(_download("sync", wrong, _recording_uri(sandbox)), Content)


# --- what a uri may be ----------------------------------------------------------------------


@pytest.mark.parametrize("case", VECTORS["cases"], ids=lambda case: repr(case["uri"])[:60])
def test_uri_vectors(case: dict[str, str]) -> None:
    if "url" in case:
        assert download_url(case["uri"], VECTORS["base_url"]) == case["url"]
        return
    with pytest.raises(InvalidParameterError) as raised:
        download_url(case["uri"], VECTORS["base_url"])
    assert raised.value.field == "uri"
    assert str(raised.value).startswith(f"uri: {case['refused']}"), str(raised.value)
    assert "secret" not in str(raised.value)  # user info is never quoted


def test_bad_arguments_are_refused_before_anything_is_sent(tmp_path: Path) -> None:
    with h.hostile_server() as server:
        server.responders = [h.reply(200, b"{}")]
        settings = {"project_id": PROJECT_ID, "api_token": API_TOKEN, "base_url": server.url}
        other = "https://elsewhere.example.com/api/laml/2010-04-01/Accounts/AC1/Recordings/RE1"
        cases: list[tuple[object, dict[str, Any], str]] = [
            (other, {}, "uri"),
            ("/x" * 5000, {}, "uri"),
            (b"/x", {}, "uri"),
            (None, {}, "uri"),
            ("/x\ud800", {}, "uri"),
            ("/x", {"to": tmp_path / "missing" / "a.wav"}, "to"),
            ("/x", {"to": tmp_path}, "to"),
            ("/x", {"to": ""}, "to"),
            ("/x", {"to": b"a.wav"}, "to"),
            ("/x", {"to": 3}, "to"),
            ("/x", {"max_bytes": 0}, "max_bytes"),
            ("/x", {"max_bytes": 1.5}, "max_bytes"),
            ("/x", {"timeout": -1}, "timeout"),
            ("/x", {"max_retries": -1}, "max_retries"),
        ]
        for uri, options, field in cases:
            for path in PATHS:
                error = _download(path, settings, uri, **options)  # type: ignore[arg-type]
                assert isinstance(error, InvalidParameterError), (uri, options, error)
                assert error.field == field, error
        assert server.requests == 0
    assert "credentials to its own origin only" in str(_download("sync", settings, other))
    assert os.listdir(tmp_path) == []


# --- hostile servers ------------------------------------------------------------------------


def _settings_for(url: str, timeout: float = 2.0) -> dict[str, Any]:
    return {"project_id": PROJECT_ID, "api_token": API_TOKEN, "base_url": url,
            "retry_policy": FAST, "timeout": timeout, "max_response_bytes": LIMIT}  # fmt: skip


def _audio(status: int, body: bytes, extra: tuple[tuple[str, str], ...] = ()) -> h.Responder:
    headers = [("Content-Type", "audio/x-wav"), ("Content-Length", str(len(body))), *extra]

    def respond(conn: socket.socket, request: bytes) -> None:
        conn.sendall(h.head(status, headers) + body)

    return respond


def _redirect(location: str, status: int = 302) -> h.Responder:
    return _audio(status, b"", (("Location", location),))


def _reset_after(prefix: bytes) -> h.Responder:
    def respond(conn: socket.socket, request: bytes) -> None:
        conn.sendall(prefix)
        h.reset(conn, request)

    return respond


RECORDING = "/api/laml/2010-04-01/Accounts/AC1/Recordings/RE1"
BIG = bytes(LIMIT + 1)
BAD: list[tuple[str, list[h.Responder], type[SignalWireError], int]] = [
    ("over the cap", [_audio(200, BIG)], APIResponseValidationError, 1),
    ("over the cap, chunked", [h.endless(200)], APIResponseValidationError, 1),
    ("gzip bomb", [h.gzip_bomb(200, 64)], APIResponseValidationError, 1),
    ("reset mid-body", [_reset_after(h.head(200, [("Content-Length", "4000")]) + b"RIFF")],
     APIResponseValidationError, 1),
    ("404 with the error body", [h.reply(404, b'{"code": 20404, "message": "gone"}')],
     NotFoundError, 1),
    ("429 three times", [h.reply(429, b"{}")], APIStatusError, 3),
    ("a redirect loop", [_redirect(RECORDING)], APIStatusError, 6),
    ("a redirect to plain http elsewhere", [_redirect("http://203.0.113.9/a.wav")],
     APIStatusError, 1),
    ("a redirect with user info", [_redirect("http://user:pw@127.0.0.1:1/a.wav")],
     APIStatusError, 1),
]  # fmt: skip


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("name,responders,outcome,requests", BAD, ids=[b[0] for b in BAD])
def test_hostile_answers_are_typed_errors_and_leave_no_file(
    tmp_path: Path,
    path: Path_,
    name: str,
    responders: list[h.Responder],
    outcome: type[SignalWireError],
    requests: int,
) -> None:
    target = tmp_path / "audio.wav"
    target.write_bytes(b"the previous file")
    for to in (None, target):
        with h.hostile_server() as server:
            server.responders = responders
            tracemalloc.start()
            try:
                result = _download(path, _settings_for(server.url), RECORDING, to=to)
                peak = tracemalloc.get_traced_memory()[1]
            finally:
                tracemalloc.stop()
            assert isinstance(result, outcome), (name, to, result)
            assert server.requests == requests
        assert peak < 16 << 20, peak
        assert API_TOKEN not in str(result)
    assert target.read_bytes() == b"the previous file" and _leftovers(tmp_path) == []


@pytest.mark.parametrize("path", PATHS)
def test_a_drip_past_the_deadline_ends_at_the_timeout(tmp_path: Path, path: Path_) -> None:
    drip = h.drip(h.head(200, [("Content-Length", "200")]), b"x" * 200, 0.2)
    for to in (None, tmp_path / "audio.wav"):
        with h.hostile_server() as server:
            server.responders = [drip]
            started = time.monotonic()
            result = _download(path, _settings_for(server.url, 1.0), RECORDING, to=to)
            elapsed = time.monotonic() - started
        assert isinstance(result, APIResponseValidationError), result
        assert "timed out" in str(result)
        assert 1.0 - 0.01 <= elapsed < 1.0 + LATE, elapsed
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("path", PATHS)
def test_a_redirect_leaves_the_next_request_what_is_left_of_the_deadline(path: Path_) -> None:
    with h.hostile_server() as server:
        own = server.url.split("/api/")[0]
        moved = h.head(302, [("Location", f"{own}/next.wav"), ("Content-Length", "4")])
        drip = h.drip(h.head(200, [("Content-Length", "200")]), b"x" * 200, 0.2)
        server.responders = [h.drip(moved, b"....", 0.15), drip]  # the redirect takes 0.6 s
        started = time.monotonic()
        result = _download(path, _settings_for(server.url, 1.0), RECORDING)
        elapsed = time.monotonic() - started
        assert server.requests == 2
    assert isinstance(result, APIResponseValidationError), result
    assert "timed out" in str(result)
    assert 1.0 - 0.01 <= elapsed < 1.0 + LATE, elapsed


@pytest.mark.parametrize("path", PATHS)
def test_a_retry_starts_the_file_afresh(tmp_path: Path, path: Path_) -> None:
    wav = b"RIFF" + bytes(40)
    with h.hostile_server() as server:
        later = h.reply(503, b"{}", extra=(("Retry-After", "0"),))
        server.responders = [h.reply(429, b"{}"), later, _audio(200, wav)]
        target = tmp_path / "audio.wav"
        result = _download(path, _settings_for(server.url), RECORDING, to=target)
        assert isinstance(result, Content), result
        assert server.requests == 3
    assert target.read_bytes() == wav and result.size == len(wav)
    assert result.content_type == "audio/x-wav" and _leftovers(tmp_path) == []


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_compressed_content_is_decoded(tmp_path: Path, path: Path_, encoding: str) -> None:
    data = bytes(range(256)) * 40
    with h.hostile_server() as server:
        server.responders = [h.reply(200, data, encoding)]
        result = _download(path, _settings_for(server.url), RECORDING)
        assert isinstance(result, Content) and result.data == data, result
        assert result.content_type == "application/json"  # what the server said it was
        saved = _download(path, _settings_for(server.url), RECORDING, to=tmp_path / "a")
        assert isinstance(saved, Content) and (tmp_path / "a").read_bytes() == data


@pytest.mark.parametrize("path", PATHS)
def test_the_cap_can_be_raised_for_one_download(path: Path_) -> None:
    with h.hostile_server() as server:
        server.responders = [_audio(200, BIG)]
        result = _download(path, _settings_for(server.url), RECORDING, max_bytes=2 * LIMIT)
        assert isinstance(result, Content) and result.size == len(BIG), result


def _recorded(responder: h.Responder, seen: list[bytes]) -> h.Responder:
    def respond(conn: socket.socket, request: bytes) -> None:
        seen.append(request)
        responder(conn, request)

    return respond


def _has_credentials(request: bytes) -> bool:
    return b"\r\nauthorization:" in request.lower()


@pytest.mark.parametrize("path", PATHS)
def test_a_redirect_to_another_origin_is_followed_without_the_credentials(
    tmp_path: Path, path: Path_
) -> None:
    own_seen: list[bytes] = []
    other_seen: list[bytes] = []
    with h.hostile_server() as elsewhere, h.hostile_server() as server:
        other = elsewhere.url.split("/api/")[0]
        own = server.url.split("/api/")[0]
        # to its own origin first (with the credentials), then elsewhere, then back (without:
        # once a redirect has left the origin, no answer from elsewhere gets them back)
        server.responders = [
            _recorded(_redirect(f"{own}/api/laml/2010-04-01/RE1.wav", 301), own_seen),
            _recorded(_redirect(f"{other}/audio/RE1.wav?Signature=abc", 307), own_seen),
            _recorded(_audio(200, b"RIFF-own"), own_seen),
        ]
        elsewhere.responders = [_recorded(_redirect(f"{own}/back.wav"), other_seen)]
        result = _download(path, _settings_for(server.url), RECORDING, to=tmp_path / "a.wav")
        assert isinstance(result, Content), result
    assert (tmp_path / "a.wav").read_bytes() == b"RIFF-own"
    assert [_has_credentials(r) for r in own_seen] == [True, True, False]
    assert [_has_credentials(r) for r in other_seen] == [False]
    assert other_seen[0].startswith(b"GET /audio/RE1.wav?Signature=abc HTTP/1.1")
    assert own_seen[2].startswith(b"GET /back.wav HTTP/1.1")


@pytest.mark.parametrize("path", PATHS)
def test_the_credentials_never_reach_another_origin(path: Path_) -> None:
    seen: list[bytes] = []
    with h.hostile_server() as elsewhere, h.hostile_server() as server:
        elsewhere.responders = [_recorded(_audio(200, b"RIFF-elsewhere"), seen)]
        server.responders = [_redirect(elsewhere.url.split("/api/")[0] + "/audio/RE1.wav")]
        result = _download(path, _settings_for(server.url), RECORDING)
        assert isinstance(result, Content) and result.data == b"RIFF-elsewhere", result
    [request] = seen
    assert not _has_credentials(request) and API_TOKEN.encode() not in request, request


_WRITE_FAILS = """
import resource, signal, sys
from signalwire_compat import FileWriteError, SignalWire
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))  # a disk that fills at 4 KiB
sw = SignalWire(project_id="PID", api_token="PT-write-fails", base_url=sys.argv[1])
try:
    sw.download("/a.wav", to=sys.argv[2])
except FileWriteError as error:
    print("FileWriteError", error)
"""


def test_a_write_that_fails_is_a_file_write_error_and_leaves_no_file(tmp_path: Path) -> None:
    with h.hostile_server() as server:
        server.responders = [_audio(200, bytes(32 << 10))]
        target = tmp_path / "audio.wav"
        done = subprocess.run(
            [sys.executable, "-c", _WRITE_FAILS, server.url, str(target)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert done.stdout.startswith("FileWriteError"), done
    assert "cannot be written" in done.stdout, done.stdout
    assert os.listdir(tmp_path) == []


def test_content_repr_shows_no_data() -> None:
    content = Content(b"x" * 10_000, "audio/x-wav", 10_000)
    assert repr(content) == "Content(content_type='audio/x-wav', size=10000)"
    assert issubclass(FileWriteError, OSError) and issubclass(FileWriteError, SignalWireError)
    assert isinstance(RequestTimeoutError("x"), SignalWireError)


def test_the_command_writes_the_file(
    sandbox: Sandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from signalwire_compat.cli import main

    uri = _recording_uri(sandbox)
    flags = ["--project-id", sandbox.project_id, f"--api-token={sandbox.api_token}",
             "--base-url", sandbox.base_url]  # fmt: skip
    target = tmp_path / "call.wav"
    assert main(["download", uri, "--to", str(target), *flags]) == 0
    assert capsys.readouterr().out == f"{target}: 4044 bytes, audio/x-wav\n"
    assert _frames(target.read_bytes()) == (1, 8000, 2000)
    assert main(["download", uri, "--to", str(target), "--json", *flags]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown == {"path": str(target), "content_type": "audio/x-wav", "size": 4044}
    assert main(["download", "https://elsewhere.example.com/a.wav", "--to", "x", *flags]) == 2
    assert "credentials to its own origin only" in capsys.readouterr().err
    missing = uri.replace("Recordings/", "Recordings/RE-none-")
    assert main(["download", missing, "--to", str(target), *flags]) == 1
    error = capsys.readouterr().err
    assert "SignalWire error 20404 (HTTP 404)" in error and sandbox.api_token not in error
    assert _frames(target.read_bytes()) == (1, 8000, 2000)  # the earlier file, untouched
    assert _leftovers(tmp_path) == []
