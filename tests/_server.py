"""Real HTTP servers on 127.0.0.1: one that records requests and answers with a fixed response,
one that serves pages of a listing, and ``serving``, which runs any handler."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@contextmanager
def serving(handler: type[BaseHTTPRequestHandler], poll: float = 0.05) -> Iterator[str]:
    """``handler`` served on a free port of 127.0.0.1 by a thread; yields the origin. Stopping
    waits for the serving loop (checked every ``poll`` seconds)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, args=(poll,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class RecordingServer:
    base_url: str
    status: int = 200
    response_body: bytes = b"{}"
    response_headers: list[tuple[str, str]] = field(default_factory=list)
    requests: list[Recorded] = field(default_factory=list)


@contextmanager
def recording_server(response: dict[str, Any]) -> Iterator[RecordingServer]:
    """Serve ``response`` as JSON to every POST, recording each request."""
    state = RecordingServer(base_url="", response_body=json.dumps(response).encode())

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            body = self.rfile.read(length)
            state.requests.append(
                Recorded("POST", self.path, {k.lower(): v for k, v in self.headers.items()}, body)
            )
            self.send_response(state.status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(state.response_body)))
            for name, value in state.response_headers:
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(state.response_body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    with serving(Handler) as origin:
        state.base_url = origin
        yield state


@dataclass
class PagingServer:
    base_url: str
    origin: str
    paths: list[str] = field(default_factory=list)


@contextmanager
def paging_server(next_page_uris: list[str | None]) -> Iterator[PagingServer]:
    """Answer the n-th GET with an empty page of calls whose ``next_page_uri`` is
    ``next_page_uris[n]`` (none past the end), recording each request's path as sent.
    ``{origin}`` and ``{authority}`` in a URI stand for the server's own."""
    state = PagingServer(base_url="", origin="")

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            index = len(state.paths)
            state.paths.append(self.path)
            uri = next_page_uris[index] if index < len(next_page_uris) else None
            if uri is not None:
                authority = state.origin.removeprefix("http://")
                uri = uri.replace("{origin}", state.origin).replace("{authority}", authority)
            body = json.dumps({"calls": [], "next_page_uri": uri, "page": index}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    with serving(Handler, poll=0.01) as origin:
        state.origin = origin
        state.base_url = f"{origin}/api/laml/2010-04-01"
        yield state
