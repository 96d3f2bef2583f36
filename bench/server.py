"""The benchmark's server: answers Update-a-call with the spec example, on 127.0.0.1.

It checks HTTP Basic auth and that the form body names only Update-a-call fields, and accepts
both our path (``/api/laml/2010-04-01/Accounts/{A}/Calls/{S}``) and twilio-python's
(``/2010-04-01/Accounts/{A}/Calls/{S}.json``). aiohttp's low-level server keeps it cheap.

    python bench/server.py PORT_FILE [CPU]
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import sys
from pathlib import Path
from urllib.parse import parse_qsl

from aiohttp import web

PROJECT_ID = "b3877c40-da60-4998-90ad-b792e98472af"
API_TOKEN = "bench-token"
FIELDS = {
    "Url", "Method", "Status", "FallbackUrl", "FallbackMethod", "StatusCallback",
    "StatusCallbackMethod",
}  # fmt: skip
SEED = Path(__file__).resolve().parent.parent / "tests" / "data" / "seed_call.json"
BODY = json.dumps(json.loads(SEED.read_text())).encode()
AUTH = "Basic " + base64.b64encode(f"{PROJECT_ID}:{API_TOKEN}".encode()).decode()
HEADERS = {"Content-Type": "application/json"}


async def handle(request: web.BaseRequest) -> web.Response:
    if request.method != "POST" or "/Calls/" not in request.path:
        return web.Response(status=404)
    if request.headers.get("Authorization") != AUTH:
        return web.Response(status=401, body=b'{"code":20003,"status":401}', headers=HEADERS)
    form = parse_qsl((await request.read()).decode(), keep_blank_values=True)
    if not form or any(name not in FIELDS for name, _ in form):
        return web.Response(status=400, body=b'{"code":20400,"status":400}', headers=HEADERS)
    return web.Response(body=BODY, headers=HEADERS)


async def main(port_file: Path) -> None:
    server = web.Server(handle, access_log=None)
    loop = asyncio.get_running_loop()
    listener = await loop.create_server(server, "127.0.0.1", 0, backlog=1024)
    port_file.write_text(str(listener.sockets[0].getsockname()[1]))
    await asyncio.Event().wait()


if __name__ == "__main__":
    if len(sys.argv) > 2 and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {int(sys.argv[2])})
    asyncio.run(main(Path(sys.argv[1])))
