"""The sandbox's call flows: what a call runs. A call created, or redirected, with a ``Url`` on a
loopback address fetches its cXML there as the service does (the voice request: signed,
form-encoded, POST or GET as ``Method`` says), and the sandbox runs what it can decide alone.

- ``<Hangup/>`` ends the call (``completed``); ``<Reject>`` ends it ``busy`` (``reason="busy"``)
  or ``no-answer``; the end of the document ends it ``completed``.
- ``<Redirect>`` fetches the next document (its URL resolved against the current one).
- ``<Pause>`` waits its ``length`` (1 s by default) times the sandbox's ``pause_scale``;
  ``<Say>`` and ``<Play>`` are taken as played at once, unless they loop forever.
- Any other verb needs a party the sandbox does not have: the call stays in progress there.

A document that cannot be fetched, that answers other than 2xx, that is larger than 64 kB, or
that the validator finds a problem in, is an application error, as on the service: the
``FallbackUrl`` is fetched if the flow has one, else the call ends (``completed``). Each
document is recorded (``FetchedDocument``) with the validator's problems and what followed.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Literal
from urllib.parse import urljoin
from xml.etree import ElementTree

import aiohttp
import yarl

from ..cxml import CxmlProblem, validate_cxml
from ..webhooks import RequestValidator
from ._callbacks import framed, is_loopback_url, signed

Outcome = Literal[
    "hangup", "reject", "end", "redirect", "in-progress", "fallback", "application-error",
    "not-fetched", "abandoned",
]  # fmt: skip
"""What followed a document: the call ended by ``<Hangup/>``, by ``<Reject>``, or by running
out of verbs; the next document fetched by ``<Redirect>``; the call left in progress at a verb
that needs a party; the ``FallbackUrl`` fetched, or the call ended, after an application
error; nothing (not a loopback URL); or nothing because the call ended or was redirected
meanwhile."""


CONNECT_TIMEOUT = 2.0
"""Seconds an app has to accept the connection, as the service allows."""
READ_TIMEOUT = 5.0
"""Seconds an app has to answer once connected, as the service allows (between two reads; a
request has ``CONNECT_TIMEOUT + READ_TIMEOUT`` in all)."""
MAX_DOCUMENT_BYTES = 64 * 1024
"""The largest document the service reads (64 kB); a larger one is error 11750."""
MAX_HTTP_REDIRECTS = 3
"""HTTP redirects followed for one document, as the service follows; then error 11215."""
MAX_DOCUMENTS = 100
"""Documents one flow fetches (``<Redirect>`` after ``<Redirect>``) before it ends the call as
an application error: a loop a test would otherwise never see end."""
REDIRECTS = frozenset({301, 302, 303, 307, 308})
FOREVER = "0"
"""A ``loop`` of 0 plays until the call ends."""
PLAYED = frozenset({"Say", "Play"})
"""Verbs taken as played at once (unless they loop forever)."""
DECIDES: Mapping[str, Outcome] = {"Hangup": "hangup", "Reject": "reject", "Redirect": "redirect"}
"""The verbs whose outcome the sandbox decides alone."""
NOT_LOOPBACK = "not fetched: the sandbox fetches only from loopback addresses"


@dataclass(frozen=True)
class FetchedDocument:
    """A document the sandbox fetched for a call, or tried to: the request (``url``,
    ``method``, the form ``params`` and their ``signature``), the answer (HTTP ``status``,
    ``content_type``, ``text``), the validator's ``problems``, the service's ``error_code``
    for an application error (11200 not fetched or not 2xx, 11215 redirected too many times,
    11750 too large, 12100 not a valid document) with a sentence, and the ``outcome``."""

    call_sid: str
    url: str
    method: str
    params: tuple[tuple[str, str], ...]
    signature: str
    status: int | None
    content_type: str
    text: str
    problems: tuple[CxmlProblem, ...]
    error_code: int | None
    error: str | None
    outcome: Outcome

    def to_json(self) -> dict[str, object]:
        """As the sandbox's ``/sandbox/documents`` page lists it."""
        return {
            "call_sid": self.call_sid,
            "url": self.url,
            "method": self.method,
            "params": dict(self.params),
            "signature": self.signature,
            "status": self.status,
            "content_type": self.content_type,
            "text": self.text,
            "problems": [
                {"code": p.code, "path": p.path, "message": p.message} for p in self.problems
            ],
            "error_code": self.error_code,
            "error": self.error,
            "outcome": self.outcome,
        }


@dataclass(frozen=True)
class Step:
    """Where a flow goes next: a URL to fetch (and how), for a call."""

    call_sid: str
    url: str
    method: str
    fallback: tuple[str, str] | None = None
    answers: bool = False
    """Whether the call is answered first (a new call, queued)."""


class CallControl:
    """What a flow does to its call; the call hooks implement it."""

    def answer(self, call_sid: str) -> None:
        """Answer a queued call: ringing, then in progress, with their status callbacks."""
        raise NotImplementedError

    def request_form(self, call_sid: str) -> list[tuple[str, str]] | None:
        """The voice request's form for the call, or ``None`` if it has ended."""
        raise NotImplementedError

    def finish(self, call_sid: str, status: str) -> None:
        """End the call with ``status``, with its status callback."""
        raise NotImplementedError


@dataclass
class _Answer:
    status: int | None = None
    content_type: str = ""
    body: bytes = b""
    error_code: int | None = None
    error: str | None = None


class CallFlows:
    """Runs each call's flow on the sandbox's event loop; ``documents`` records every fetch,
    in order. A new flow for a call (a redirect through the API) replaces the one running."""

    def __init__(self, signing_key: Callable[[], str], pause_scale: float) -> None:
        self._signing_key = signing_key
        self._pause_scale = pause_scale
        self._control: CallControl | None = None
        self._generation: dict[str, int] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._changed = threading.Condition()
        self.documents: list[FetchedDocument] = []
        self._settled = 0

    def attach(self, control: CallControl) -> None:
        self._control = control

    def start(self, step: Step) -> None:
        """Run the call's flow from ``step`` once the request that started it is answered
        (call from the event loop); a URL elsewhere than on a loopback address is recorded as
        not fetched, and the call left as it is."""
        generation = self._generation.get(step.call_sid, 0) + 1
        self._generation[step.call_sid] = generation
        if not is_loopback_url(step.url):
            self._record(
                step, step.url, [], "", _Answer(error=NOT_LOOPBACK), (), "not-fetched", True
            )
            return
        loop = asyncio.get_running_loop()
        loop.call_soon(self._spawn, loop, step, generation)

    def _spawn(self, loop: asyncio.AbstractEventLoop, step: Step, generation: int) -> None:
        task = loop.create_task(self._run(step, generation))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _current(self, call_sid: str, generation: int) -> bool:
        return self._generation.get(call_sid) == generation

    async def _run(self, step: Step, generation: int) -> None:
        control = self._control
        assert control is not None
        if step.answers:
            control.answer(step.call_sid)
        current: Step | None = step
        for _ in range(MAX_DOCUMENTS):
            if current is None:
                return
            form = control.request_form(current.call_sid)
            if form is None or not self._current(current.call_sid, generation):
                return
            current = await self._follow(current, form, generation, control)
        if current is not None:
            control.finish(current.call_sid, "completed")

    async def _follow(
        self, step: Step, form: list[tuple[str, str]], generation: int, control: CallControl
    ) -> Step | None:
        """Fetch one document and act on it; the next step, if any."""
        url, body, signature = signed(
            RequestValidator(self._signing_key()), step.url, step.method, form
        )
        answer = _Answer(error=NOT_LOOPBACK)
        problems: tuple[CxmlProblem, ...] = ()

        def record(outcome: Outcome, settled: bool = True) -> int:
            return self._record(step, url, body, signature, answer, problems, outcome, settled)

        if not is_loopback_url(url):
            record("not-fetched")
            return None
        answer = await _fetch(url, step.method, body, signature)
        if answer.error_code is None:
            problems = tuple(validate_cxml(answer.body, document="voice"))
            if problems:
                answer.error_code, answer.error = 12100, "not a valid cXML document"
        if not self._current(step.call_sid, generation):
            record("abandoned")
            return None
        if answer.error_code is not None:
            if step.fallback is not None:
                record("fallback")
                return Step(step.call_sid, *step.fallback)
            control.finish(step.call_sid, "completed")
            record("application-error")
            return None
        # valid, so without a DOCTYPE (no entity to expand), and within the size cap
        verbs = list(ElementTree.fromstring(answer.body))  # noqa: S314
        pause, deciding = _decisive(verbs)
        outcome: Outcome = "end" if deciding is None else DECIDES.get(deciding.tag, "in-progress")
        index = record(outcome, settled=False)  # seen while it pauses
        if pause:
            await asyncio.sleep(pause * self._pause_scale)
            if not self._current(step.call_sid, generation):
                self._settle(index, "abandoned")
                return None
        if outcome not in ("redirect", "in-progress"):
            control.finish(step.call_sid, _ended_status(deciding))
        self._settle(index, outcome)
        if outcome != "redirect":
            return None
        assert deciding is not None
        target = urljoin(url, (deciding.text or "").strip())
        return Step(step.call_sid, target, deciding.get("method", "POST"))

    def _record(
        self,
        step: Step,
        url: str,
        body: list[tuple[str, str]],
        signature: str,
        answer: _Answer,
        problems: tuple[CxmlProblem, ...],
        outcome: Outcome,
        settled: bool,
    ) -> int:
        """Record a document (``settled``: its outcome is applied); its index."""
        document = FetchedDocument(
            step.call_sid,
            url,
            step.method,
            tuple(body),
            signature,
            answer.status,
            answer.content_type,
            answer.body.decode("utf-8", "replace"),
            problems,
            answer.error_code,
            answer.error,
            outcome,
        )
        with self._changed:
            self.documents.append(document)
            self._settled += settled
            self._changed.notify_all()
            return len(self.documents) - 1

    def _settle(self, index: int, outcome: Outcome) -> None:
        """The outcome of the document at ``index`` is applied: the one it was recorded with,
        or ``abandoned`` (its call ended, or was redirected, during its ``<Pause>``)."""
        with self._changed:
            self.documents[index] = replace(self.documents[index], outcome=outcome)
            self._settled += 1
            self._changed.notify_all()

    def wait(self, count: int, timeout: float) -> list[FetchedDocument]:
        """The documents so far, once the outcomes of at least ``count`` are applied (or
        ``timeout`` passed)."""
        with self._changed:
            self._changed.wait_for(lambda: self._settled >= count, timeout)
            return list(self.documents)


def _decisive(verbs: list[ElementTree.Element]) -> tuple[float, ElementTree.Element | None]:
    """The seconds of ``<Pause>`` before the first verb that is not a pause nor played at
    once, and that verb (``None`` if the document runs out first)."""
    pause = 0.0
    for verb in verbs:
        if verb.tag == "Pause":
            pause += float(verb.get("length", "1"))
        elif verb.tag not in PLAYED or verb.get("loop") == FOREVER:
            return pause, verb
    return pause, None


def _ended_status(verb: ElementTree.Element | None) -> str:
    """The call's status once ``verb`` (or the end of the document) ends it."""
    if verb is not None and verb.tag == "Reject":
        return "busy" if verb.get("reason") == "busy" else "no-answer"
    return "completed"


async def _fetch(url: str, method: str, form: list[tuple[str, str]], signature: str) -> _Answer:
    """Request a document as the service does, following up to ``MAX_HTTP_REDIRECTS`` HTTP
    redirects (to loopback addresses only), its body read up to ``MAX_DOCUMENT_BYTES``."""
    timeout = aiohttp.ClientTimeout(
        total=CONNECT_TIMEOUT + READ_TIMEOUT, sock_connect=CONNECT_TIMEOUT, sock_read=READ_TIMEOUT
    )
    data, headers = framed(method, form, signature)
    try:
        async with aiohttp.ClientSession(timeout=timeout) as session:
            for _ in range(MAX_HTTP_REDIRECTS + 1):
                target = yarl.URL(url, encoded=True)
                async with session.request(
                    method, target, data=data, headers=headers, allow_redirects=False
                ) as response:
                    location = response.headers.get("Location")
                    if response.status not in REDIRECTS or not location:
                        return await _read(response)
                url = urljoin(url, location)
                if not is_loopback_url(url):
                    return _Answer(response.status, error_code=11200, error=f"redirected to {url}")
                if response.status in (301, 302, 303):  # as browsers do: a GET, with no body
                    method, data = "GET", None
                    headers.pop("Content-Type", None)
            return _Answer(error_code=11215, error="redirected too many times")
    except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
        detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        return _Answer(error_code=11200, error=f"could not fetch the document ({detail})")


async def _read(response: aiohttp.ClientResponse) -> _Answer:
    """The answer, its body capped at ``MAX_DOCUMENT_BYTES``."""
    answer = _Answer(response.status, response.headers.get("Content-Type", ""))
    body = bytearray()
    async for chunk in response.content.iter_chunked(16 * 1024):
        body += chunk
        if len(body) > MAX_DOCUMENT_BYTES:
            answer.error_code = 11750
            answer.error = f"the document is larger than {MAX_DOCUMENT_BYTES // 1024} kB"
            return answer
    answer.body = bytes(body)
    if not 200 <= response.status < 300:
        answer.error_code, answer.error = 11200, f"the app answered HTTP {response.status}"
    return answer


def documents_page(documents: list[FetchedDocument]) -> Mapping[str, object]:
    """The ``/sandbox/documents`` page's JSON."""
    return {"documents": [document.to_json() for document in documents]}
