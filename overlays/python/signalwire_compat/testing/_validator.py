"""Checks of the sandbox's requests and responses against ``spec/openapi.yaml`` (openapi-core)."""

from __future__ import annotations

from importlib.resources import files
from typing import Any

import yaml
from aiohttp import web
from jsonschema_path import SchemaPath
from openapi_core import OpenAPI
from openapi_core.contrib.aiohttp import AIOHTTPOpenAPIWebRequest, AIOHTTPOpenAPIWebResponse
from openapi_core.exceptions import OpenAPIError
from openapi_core.validation.request.exceptions import SecurityValidationError

from ._calls import API_PREFIX


def load_spec() -> dict[str, Any]:
    """The OpenAPI document the package was generated from."""
    text = files("signalwire_compat.testing").joinpath("openapi.yaml").read_text("utf-8")
    document: dict[str, Any] = yaml.safe_load(text)
    return document


def resource_path(raw_path: str) -> str:
    """The path as sent, without its query and without the Twilio-style ``.json`` suffix
    (``/Calls/{Sid}.json`` is served as ``/Calls/{Sid}``)."""
    path = raw_path.split("?", 1)[0]
    return path.removesuffix(".json")


class _RawPathRequest(AIOHTTPOpenAPIWebRequest):
    """Match paths as sent, so an escaped ``/`` in a sid stays inside its segment."""

    @property
    def path(self) -> str:
        return resource_path(self.request.raw_path)


def _describe(error: BaseException) -> str:
    """The error's own text, then the schema messages behind it (``'zz' is not one of ...``)."""
    messages: list[str] = []
    cause: BaseException | None = error
    while cause is not None:
        messages += [e.message for e in getattr(cause, "schema_errors", ())]
        cause = cause.__cause__
    head = str(error) or type(error).__name__
    return f"{head.split(':')[0]}: {'; '.join(messages)}" if messages else head


class SpecValidator:
    """Checks requests and responses against the spec, served under the sandbox's own host."""

    def __init__(self, document: dict[str, Any] | None = None) -> None:
        document = dict(document or load_spec())
        document["servers"] = [{"url": API_PREFIX}]
        self._openapi = OpenAPI(SchemaPath.from_dict(document))

    def request_problem(self, request: web.Request, body: bytes) -> tuple[int, str] | None:
        """``None`` if the request conforms; else the status (400, 401 or 404) and why."""
        try:
            self._openapi.validate_request(_RawPathRequest(request, body=body))
        except OpenAPIError as exc:
            error = exc
        else:
            return None
        if isinstance(error, SecurityValidationError):
            return 401, "Authentication required: HTTP Basic with your Project ID and API token"
        name = type(error).__name__
        status = 404 if name in ("PathNotFound", "OperationNotFound", "ServerNotFound") else 400
        return status, f"Request does not conform to the API: {_describe(error)}"

    def response_problem(
        self, request: web.Request, body: bytes, response: web.Response
    ) -> str | None:
        """``None`` if the response conforms to the spec; else why not."""
        try:
            self._openapi.validate_response(
                _RawPathRequest(request, body=body), AIOHTTPOpenAPIWebResponse(response)
            )
        except OpenAPIError as exc:
            return _describe(exc)
        return None
