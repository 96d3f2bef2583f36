"""Each resource family of the spec, through the public client against the sandbox: create (where
the spec has it), fetch, list (with a filter), update, delete, then a 404; nested resources
take their parents' ids first."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from signalwire_compat import NotFoundError, SignalWire
from signalwire_compat.testing import Sandbox


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as sandbox:
        yield sandbox


@pytest.fixture
def sw(sandbox: Sandbox) -> Iterator[SignalWire]:
    with sandbox.client() as client:
        yield client


def test_queues(sw: SignalWire, sandbox: Sandbox) -> None:
    queue = sw.queues.create(friendly_name="support", max_size=10)
    assert sw.queues.fetch(queue.sid).max_size == 10
    assert queue.sid in [q.sid for q in sw.queues.list()]
    assert sw.queues.update(queue.sid, max_size=20).max_size == 20
    sw.queues.delete(queue.sid)
    with pytest.raises(NotFoundError):
        sw.queues.fetch(queue.sid)
    assert sandbox.response_problems == []


def test_queue_members_front_first(sw: SignalWire, sandbox: Sandbox) -> None:
    queue = sw.queues.create(friendly_name="line")
    line = {"QueueSid": queue.sid}
    first = sandbox.add_record("/Queues/{QueueSid}/Members", line, call_sid="CA1", position=1)
    sandbox.add_record("/Queues/{QueueSid}/Members", line, call_sid="CA2", position=2)
    assert sorted(m.call_sid for m in sw.queues.members.list(queue.sid)) == ["CA1", "CA2"]
    assert sw.queues.members.fetch(queue.sid, "Front").call_sid == first["call_sid"]
    dequeued = sw.queues.members.update(queue.sid, "CA2", url="https://example.com/next.xml")
    assert dequeued.call_sid == "CA2"
    with pytest.raises(NotFoundError):
        sw.queues.members.fetch(queue.sid, "CA9")
    assert sandbox.response_problems == []


def test_messages_and_their_media(sw: SignalWire, sandbox: Sandbox) -> None:
    message = sw.messages.create(to="+15551230000", from_="+15551239999", body="Your code")
    assert message.status == "queued"
    assert sw.messages.fetch(message.sid).body == "Your code"
    assert message.sid in [m.sid for m in sw.messages.list(to="+15551230000")]
    assert sw.messages.update(message.sid, body="").body == ""
    parent = {"MessageSid": message.sid}
    media = sandbox.add_record("/Messages/{MessageSid}/Media", parent, content_type="image/png")
    assert [m.sid for m in sw.messages.media.list(message.sid)] == [media["sid"]]
    assert sw.messages.media.fetch(message.sid, media["sid"]).content_type == "image/png"
    sw.messages.media.delete(message.sid, media["sid"])
    with pytest.raises(NotFoundError):
        sw.messages.media.fetch(message.sid, media["sid"])
    sw.messages.delete(message.sid)
    with pytest.raises(NotFoundError):
        sw.messages.fetch(message.sid)
    assert sandbox.response_problems == []


def test_a_conference_its_participants_and_recordings(sw: SignalWire, sandbox: Sandbox) -> None:
    conference = sandbox.add_record("/Conferences", status="in-progress", friendly_name="room")
    room = {"ConferenceSid": conference["sid"]}
    for call in ("CA1", "CA2"):
        sandbox.add_record("/Conferences/{ConferenceSid}/Participants", room, call_sid=call)
    assert sw.conferences.fetch(conference["sid"]).friendly_name == "room"
    assert conference["sid"] in [c.sid for c in sw.conferences.list(status="in-progress")]
    run = sw.conferences.participants.update_many(conference["sid"], ["CA1", "CA2"], muted=True)
    assert sorted((r.id, r.outcome) for r in run) == [("CA1", "applied"), ("CA2", "applied")]
    assert all(p.muted for p in sw.conferences.participants.list(conference["sid"]))
    sw.conferences.participants.delete(conference["sid"], "CA1")  # the kick
    with pytest.raises(NotFoundError):
        sw.conferences.participants.fetch(conference["sid"], "CA1")
    recording = sandbox.add_record("/Conferences/{ConferenceSid}/Recordings", room)
    paused = sw.conferences.recordings.update(conference["sid"], recording["sid"], status="paused")
    assert paused.status == "paused"
    sw.conferences.recordings.delete(conference["sid"], recording["sid"])
    with pytest.raises(NotFoundError):
        sw.conferences.recordings.fetch(conference["sid"], recording["sid"])
    assert sw.conferences.update(conference["sid"], status="completed").status == "completed"
    assert sandbox.response_problems == []


def test_a_calls_recordings_and_streams(sw: SignalWire, sandbox: Sandbox) -> None:
    call = sandbox.live_call_sid
    recording = sw.calls.recordings.create(call, recording_channels="dual")
    assert recording.call_sid == call
    assert sw.calls.recordings.update(call, recording.sid, status="paused").status == "paused"
    stream = sw.calls.streams.create(call, url="wss://example.com/audio")
    assert sw.calls.streams.update(call, stream.sid, status="stopped").status == "stopped"
    assert sandbox.response_problems == []


def test_the_projects_recordings_and_transcriptions(sw: SignalWire, sandbox: Sandbox) -> None:
    [recording, *_] = list(sw.recordings.list())
    assert sw.recordings.fetch(recording.sid).sid == recording.sid  # asks for its .json
    sw.recordings.delete(recording.sid)
    with pytest.raises(NotFoundError):
        sw.recordings.fetch(recording.sid)
    [transcription, *_] = list(sw.transcriptions.list())
    assert sw.transcriptions.fetch(transcription.sid).sid == transcription.sid
    sw.transcriptions.delete(transcription.sid)
    with pytest.raises(NotFoundError):
        sw.transcriptions.fetch(transcription.sid)
    assert sandbox.response_problems == []
