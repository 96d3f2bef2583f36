"""A hostile HTTP server on 127.0.0.1: each request gets raw bytes written by a scenario.

Unlike the sandbox, nothing here has to be valid HTTP: responders drip, compress, bomb,
truncate, reset and echo, byte by byte.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import json
import socket
import socketserver
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

Responder = Callable[[socket.socket, bytes], None]
CALL = json.dumps({"sid": "CA1", "status": "completed", "to": "+15550000000"}).encode()


def head(status: int, headers: list[tuple[str, str]], reason: str = "Whatever") -> bytes:
    lines = [f"HTTP/1.1 {status} {reason}"] + [f"{k}: {v}" for k, v in headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def reply(
    status: int,
    body: bytes,
    encoding: str | None = None,
    extra: tuple[tuple[str, str], ...] = (),
) -> Responder:
    """A complete response; ``body`` is sent encoded with ``encoding``."""
    if encoding == "gzip":
        body = gzip.compress(body)
    elif encoding == "deflate":
        body = zlib.compress(body)
    headers = [("Content-Type", "application/json"), ("Content-Length", str(len(body)))]
    if encoding:
        headers.append(("Content-Encoding", encoding))

    def respond(conn: socket.socket, request: bytes) -> None:
        conn.sendall(head(status, headers + list(extra)) + body)

    return respond


def raw(data: bytes) -> Responder:
    def respond(conn: socket.socket, request: bytes) -> None:
        conn.sendall(data)

    return respond


@functools.cache
def _bomb(decoded_mb: int) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(1 << 20)
    return b"".join(compressor.compress(block) for _ in range(decoded_mb)) + compressor.flush()


def gzip_bomb(status: int, decoded_mb: int) -> Responder:
    """A small gzip body that decodes to ``decoded_mb`` MB of zeros."""
    return encoded(status, _bomb(decoded_mb), "gzip")


def encoded(status: int, body: bytes, encoding: str) -> Responder:
    """``body`` sent as it is, labelled with ``Content-Encoding: encoding``."""
    headers = [("Content-Length", str(len(body))), ("Content-Encoding", encoding)]

    def respond(conn: socket.socket, request: bytes) -> None:
        conn.sendall(head(status, headers) + body)

    return respond


def endless(status: int, seconds: float = 60.0) -> Responder:
    """A chunked body that never ends (until ``seconds`` pass or the client leaves)."""

    def respond(conn: socket.socket, request: bytes) -> None:
        conn.sendall(head(status, [("Transfer-Encoding", "chunked")]))
        chunk = b"x" * 65536
        frame = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            conn.sendall(frame)

    return respond


def huge(status: int, prefix: bytes, size: int) -> Responder:
    """A body of ``size`` bytes, as its Content-Length says: ``prefix``, then ``x`` until
    ``size`` bytes are written or the client leaves."""

    headers = [("Content-Type", "application/json"), ("Content-Length", str(size))]

    def respond(conn: socket.socket, request: bytes) -> None:
        conn.sendall(head(status, headers) + prefix)
        chunk, sent = b"x" * 65536, len(prefix)
        while sent < size:
            part = chunk[: size - sent]
            conn.sendall(part)
            sent += len(part)

    return respond


def drip(prefix: bytes, body: bytes, every: float, seconds: float = 60.0) -> Responder:
    """``prefix`` at once, then ``body`` a byte at a time, one every ``every`` seconds."""

    def respond(conn: socket.socket, request: bytes) -> None:
        conn.sendall(prefix)
        end = time.monotonic() + seconds
        for byte in body:
            if time.monotonic() > end:
                return
            conn.sendall(bytes([byte]))
            time.sleep(every)

    return respond


def echo_authorization(status: int) -> Responder:
    """An error page that shows the request's headers, as some proxies do."""

    def respond(conn: socket.socket, request: bytes) -> None:
        body = b"<html><pre>" + request + b"</pre></html>"
        conn.sendall(head(status, [("Content-Length", str(len(body)))]) + body)

    return respond


def close(conn: socket.socket, request: bytes) -> None:
    conn.shutdown(socket.SHUT_RDWR)


def reset(conn: socket.socket, request: bytes) -> None:
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
    conn.close()


@dataclass
class HostileServer:
    url: str
    responders: list[Responder] = field(default_factory=list)
    requests: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def next_responder(self) -> Responder:
        with self.lock:
            index = min(self.requests, len(self.responders) - 1)
            self.requests += 1
            return self.responders[index]


def _read_request(conn: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return data
        data += chunk
    header, _, rest = data.partition(b"\r\n\r\n")
    length = 0
    for line in header.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(rest) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        rest += chunk
    return header + b"\r\n\r\n" + rest


@contextlib.contextmanager
def hostile_server() -> Iterator[HostileServer]:
    """A server whose ``responders`` answer the 1st, 2nd, ... request (the last one repeats)."""
    state: HostileServer

    class Handler(socketserver.BaseRequestHandler):
        def handle(self) -> None:
            conn: socket.socket = self.request
            with contextlib.suppress(OSError):
                while True:
                    request = _read_request(conn)
                    if not request:
                        return
                    state.next_responder()(conn, request)

    class Server(socketserver.ThreadingTCPServer):
        daemon_threads = True
        allow_reuse_address = True
        block_on_close = False

    with Server(("127.0.0.1", 0), Handler) as server:
        port = server.server_address[1]
        state = HostileServer(url=f"http://127.0.0.1:{port}/api/laml/2010-04-01")
        thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
        thread.start()
        try:
            yield state
        finally:
            server.shutdown()
