"""Real proxies on 127.0.0.1 for the tests: a forwarding one for ``http://`` requests, which
also tunnels ``CONNECT``; and a TLS front for the sandbox, with a certificate made by trustme,
so that ``https://`` goes through a real tunnel and a real certificate check."""

from __future__ import annotations

import asyncio
import base64
import ssl
import threading
from collections.abc import Coroutine, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import trustme


@dataclass
class Seen:
    method: str
    target: str
    proxy_authorization: str | None


@dataclass
class Proxy:
    port: int
    seen: list[Seen] = field(default_factory=list)
    credentials: tuple[str, str] | None = None  # required, if set: else a 407

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def basic(self) -> str | None:
        if self.credentials is None:
            return None
        return "Basic " + base64.b64encode(":".join(self.credentials).encode()).decode()


class _Loop:
    """An event loop in a thread, for the servers of one test."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()

    def run(self, work: Coroutine[Any, Any, Any]) -> Any:
        return asyncio.run_coroutine_threadsafe(work, self.loop).result(10)

    def stop(self, server: asyncio.Server) -> None:
        """Close ``server`` and every connection it has open, then end the loop."""

        async def close() -> None:
            server.close()
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

        self.run(close())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        self.loop.close()


async def _pump(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while chunk := await reader.read(65536):
            writer.write(chunk)
            await writer.drain()
    except (ConnectionError, OSError):
        pass
    finally:
        writer.close()


async def _relay(
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
    up_reader: asyncio.StreamReader,
    up_writer: asyncio.StreamWriter,
) -> None:
    await asyncio.gather(_pump(reader, up_writer), _pump(up_reader, writer))


def _header(lines: list[str], name: str) -> str | None:
    for line in lines:
        key, _, value = line.partition(":")
        if key.strip().lower() == name:
            return value.strip()
    return None


async def _serve_proxy(
    proxy: Proxy, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1")
    first, *lines = head.split("\r\n")
    method, target, version = first.split(" ")
    auth = _header(lines, "proxy-authorization")
    proxy.seen.append(Seen(method, target, auth))
    if proxy.credentials is not None and auth != proxy.basic():
        # A hostile proxy: its error page echoes what it was sent.
        body = f"proxy authentication required; you sent {auth}".encode()
        writer.write(
            b"HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic\r\n"
            b"Content-Type: text/plain\r\nConnection: close\r\n"
            + f"Content-Length: {len(body)}\r\n\r\n".encode()
            + body
        )
        await writer.drain()
        writer.close()
        return
    if method == "CONNECT":
        host, _, port = target.rpartition(":")
        up_reader, up_writer = await asyncio.open_connection(host.strip("[]"), int(port))
        writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
        await _relay(reader, writer, up_reader, up_writer)
        return
    url = urlsplit(target)  # absolute form: one request per connection, then close
    length = int(_header(lines, "content-length") or 0)
    body = await reader.readexactly(length)
    kept = [
        line
        for line in lines
        if line and not line.lower().startswith(("proxy-", "connection:", "keep-alive:"))
    ]
    path = url.path + (f"?{url.query}" if url.query else "")
    request = "\r\n".join([f"{method} {path} {version}", *kept, "Connection: close", "", ""])
    up_reader, up_writer = await asyncio.open_connection(url.hostname, url.port or 80)
    up_writer.write(request.encode("latin-1") + body)
    await up_writer.drain()
    await _pump(up_reader, writer)
    up_writer.close()


@contextmanager
def forwarding_proxy(credentials: tuple[str, str] | None = None) -> Iterator[Proxy]:
    """A proxy that forwards ``http://`` requests and tunnels ``CONNECT``; with
    ``credentials``, it answers 407 to any other ``Proxy-Authorization``."""
    loop = _Loop()
    proxy = Proxy(0, credentials=credentials)

    async def start() -> asyncio.Server:
        return await asyncio.start_server(lambda r, w: _serve_proxy(proxy, r, w), "127.0.0.1", 0)

    server = loop.run(start())
    proxy.port = server.sockets[0].getsockname()[1]
    try:
        yield proxy
    finally:
        loop.stop(server)


@dataclass
class TLSFront:
    port: int
    ca_path: str
    ca: trustme.CA

    def base_url(self, path: str) -> str:
        return f"https://localhost:{self.port}{path}"


@contextmanager
def tls_front(upstream: str, ca_path: str) -> Iterator[TLSFront]:
    """A TLS server on 127.0.0.1 (certificate for ``localhost``, from a CA made here and
    written to ``ca_path``) relaying each connection to ``upstream`` (``host:port``)."""
    ca = trustme.CA()
    ca.cert_pem.write_to_path(ca_path)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("localhost", "127.0.0.1").configure_cert(context)
    host, _, port = upstream.rpartition(":")
    loop = _Loop()

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection(host, int(port))
        await _relay(reader, writer, up_reader, up_writer)

    async def start() -> asyncio.Server:
        return await asyncio.start_server(serve, "127.0.0.1", 0, ssl=context)

    server = loop.run(start())
    try:
        yield TLSFront(server.sockets[0].getsockname()[1], ca_path, ca)
    finally:
        loop.stop(server)
