"""A web app on 127.0.0.1 that answers cXML as a user's would: a page per path, each request
recorded (its method, path with the query, headers and form)."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlsplit

from ._server import serving


@dataclass(frozen=True)
class Page:
    """An answer: ``body`` (or the bytes ``data``, sent as they are); with ``drip``, one byte
    every that many seconds, without end."""

    body: str
    status: int = 200
    content_type: str = "text/xml"
    headers: tuple[tuple[str, str], ...] = ()
    data: bytes | None = None
    drip: float = 0.0


@dataclass(frozen=True)
class Hit:
    method: str
    path: str
    headers: dict[str, str]
    form: list[tuple[str, str]]

    @property
    def query(self) -> list[tuple[str, str]]:
        return parse_qsl(urlsplit(self.path).query, keep_blank_values=True)


@dataclass
class CxmlApp:
    base: str = ""
    pages: dict[str, Page] = field(default_factory=dict)
    hits: list[Hit] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.base + path

    def hits_of(self, path: str) -> list[Hit]:
        return [hit for hit in self.hits if urlsplit(hit.path).path == path]


@contextmanager
def cxml_app(pages: dict[str, Page] | None = None) -> Iterator[CxmlApp]:
    """Serve ``pages`` (by path, query left out) to GET and POST; 404 elsewhere."""
    app = CxmlApp(pages=dict(pages or {}))
    stopping = threading.Event()

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _answer(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
            form = parse_qsl(body, keep_blank_values=True)
            app.hits.append(Hit(self.command, self.path, dict(self.headers), form))
            page = app.pages.get(urlsplit(self.path).path, Page("not here", 404, "text/plain"))
            data = page.body.encode() if page.data is None else page.data
            self.send_response(page.status)
            self.send_header("Content-Type", page.content_type)
            self.send_header("Content-Length", str(1 << 30 if page.drip else len(data)))
            for name, value in page.headers:
                self.send_header(name, value)
            self.end_headers()
            if not page.drip:
                self.wfile.write(data)
                return
            try:
                while not stopping.wait(page.drip):
                    self.wfile.write(b" ")
                    self.wfile.flush()
            except OSError:  # the client gave up
                self.close_connection = True

        do_GET = do_POST = _answer

        def log_message(self, format: str, *args: object) -> None:
            pass

    with serving(Handler) as origin:
        app.base = origin
        try:
            yield app
        finally:
            stopping.set()  # before the server stops: a dripping answer ends
