"""Checks of the sandbox's requests and responses against its OpenAPI document.

Every schema is compiled once, when the sandbox starts (jsonschema-rs, JSON Schema 2020-12,
formats checked); a request then costs a route match, the OpenAPI deserialisation of its
parameters and form body, and one compiled validation per part.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple
from urllib.parse import parse_qsl, quote, unquote, urlsplit

import jsonschema_rs

from ._spec import API_PREFIX, Refs, decoded, escape
from ._spec import load_spec as load_spec

_SPEC_URI = "urn:signalwire-compat:spec"
_NONCONFORMING = "Request does not conform to the API"


def resource_path(raw_path: str) -> str:
    """The path as sent, without its query and without the Twilio-style ``.json`` suffix
    (``/Calls/{Sid}.json`` is served as ``/Calls/{Sid}``)."""
    path = raw_path.split("?", 1)[0]
    return path.removesuffix(".json")


class _Schema:
    """One compiled schema and what form deserialisation needs to know about it."""

    __slots__ = ("_validator", "types")

    def __init__(self, validator: jsonschema_rs.Validator, types: frozenset[str]) -> None:
        self._validator = validator
        self.types = types

    def problems(self, instance: object, where: str) -> list[str]:
        return [_message(where, error) for error in self._validator.iter_errors(instance)]


def _message(where: str, error: jsonschema_rs.ValidationError) -> str:
    path = "/".join(str(part) for part in error.instance_path)
    return f"{where}{'/' + path if path else ''}: {error.message}"


@dataclass(frozen=True)
class _Parameter:
    name: str
    location: str
    required: bool
    schema: _Schema


@dataclass(frozen=True)
class _Body:
    required: bool
    media: Mapping[str, tuple[_Schema, Mapping[str, frozenset[str]]]]
    """Per media type: the body's schema, and each property's types (for form decoding)."""


@dataclass(frozen=True)
class Route:
    """An operation of the spec: its path as a pattern, what it accepts, what it answers."""

    operation_id: str
    method: str
    pattern: re.Pattern[str]
    status: int
    example: object
    secured: bool
    parameters: tuple[_Parameter, ...]
    body: _Body | None
    responses: Mapping[str, Mapping[str, _Schema | None]]


class Checked(NamedTuple):
    """What ``check_request`` found: a problem (or ``None``), and the operation matched."""

    problem: tuple[int, str] | None
    route: Route | None = None
    ids: dict[str, str] = {}  # noqa: RUF012 (never mutated)


class SpecValidator:
    """Checks requests and responses against the spec, served under the sandbox's own host."""

    def __init__(self, document: dict[str, Any] | None = None) -> None:
        self._document = document or load_spec()
        self._refs = Refs(self._document)
        self._registry = jsonschema_rs.Registry([(_SPEC_URI, self._document)])
        self.routes = sorted(
            self._routes(), key=lambda route: (-len(route.pattern.pattern), route.method)
        )

    # compiling ------------------------------------------------------------------------

    def _routes(self) -> list[Route]:
        document = self._document
        secured_default = bool(document.get("security"))
        found = []
        for path, item in document["paths"].items():
            served = API_PREFIX + path.removesuffix(".json")  # served with and without
            regex = re.sub(r"\\{(\w+)\\}", r"(?P<\1>[^/]+)", re.escape(served))
            shared = item.get("parameters", [])
            for method, operation in item.items():
                if not isinstance(operation, dict) or "operationId" not in operation:
                    continue
                pointer = f"#/paths/{escape(path)}/{method}"
                code, success = next(
                    (c, r) for c, r in operation["responses"].items() if c.startswith("2")
                )
                security = operation.get("security")
                found.append(
                    Route(
                        operation_id=operation["operationId"],
                        method=method.upper(),
                        pattern=re.compile(regex + "$"),
                        status=int(code),
                        example=self._example(success),
                        secured=secured_default if security is None else bool(security),
                        parameters=self._parameters(
                            [
                                (f"#/paths/{escape(path)}/parameters/{i}", p)
                                for i, p in enumerate(shared)
                            ]
                            + [
                                (f"{pointer}/parameters/{i}", p)
                                for i, p in enumerate(operation.get("parameters", []))
                            ]
                        ),
                        body=self._body(operation.get("requestBody"), f"{pointer}/requestBody"),
                        responses=self._responses(operation["responses"], f"{pointer}/responses"),
                    )
                )
        return found

    def _compile(self, pointer: str) -> _Schema:
        schema, _ = self._refs.resolve({"$ref": pointer}, pointer)
        validator = jsonschema_rs.validator_for(
            {"$ref": _SPEC_URI + quote(pointer, safe="#/~")},
            registry=self._registry,
            validate_formats=True,
            formats={"uri": _is_iri, "date": _is_date_filter},
        )
        return _Schema(validator, self._refs.types(schema))

    def _parameters(self, declared: list[tuple[str, dict[str, Any]]]) -> tuple[_Parameter, ...]:
        parameters: dict[tuple[str, str], _Parameter] = {}
        for pointer, node in declared:  # an operation's own override the path item's
            parameter, where = self._refs.resolve(node, pointer)
            parameters[(parameter["in"], parameter["name"])] = _Parameter(
                name=parameter["name"],
                location=parameter["in"],
                required=bool(parameter.get("required")),
                schema=self._compile(f"{where}/schema"),
            )
        return tuple(parameters.values())

    def _body(self, node: dict[str, Any] | None, pointer: str) -> _Body | None:
        if node is None:
            return None
        body, where = self._refs.resolve(node, pointer)
        media = {}
        for media_type, content in body.get("content", {}).items():
            schema_pointer = f"{where}/content/{escape(media_type)}/schema"
            schema, _ = self._refs.resolve(content["schema"], schema_pointer)
            properties = {
                name: self._refs.types(value)
                for name, value in self._refs.properties(schema).items()
            }
            media[media_type] = (self._compile(schema_pointer), properties)
        return _Body(bool(body.get("required")), media)

    def _responses(
        self, declared: dict[str, Any], pointer: str
    ) -> dict[str, dict[str, _Schema | None]]:
        responses: dict[str, dict[str, _Schema | None]] = {}
        for code, node in declared.items():
            response, where = self._refs.resolve(node, f"{pointer}/{code}")
            responses[code.upper()] = {
                media_type: (
                    self._compile(f"{where}/content/{escape(media_type)}/schema")
                    if "schema" in content
                    else None
                )
                for media_type, content in response.get("content", {}).items()
            }
        return responses

    def _example(self, node: dict[str, Any]) -> object:
        response, _ = self._refs.resolve(node, "")
        media = response.get("content", {}).get("application/json")
        if media is None:
            return None
        if "example" in media:
            return media["example"]
        for example in media.get("examples", {}).values():
            return self._refs.resolve(example, "")[0].get("value")
        return {}

    # checking -------------------------------------------------------------------------

    def match(self, method: str, raw_path: str) -> tuple[Route, dict[str, str]] | None:
        """The operation at ``method`` and ``raw_path``, with its path parameters decoded."""
        path = resource_path(raw_path)
        for route in self.routes:
            found = route.pattern.match(path)
            if found and route.method == method:
                return route, {k: unquote(v) for k, v in found.groupdict().items()}
        return None

    def check_request(
        self,
        method: str,
        raw_path: str,
        headers: Mapping[str, str],
        body: bytes,
    ) -> Checked:
        """The operation the request is for, and whether it conforms: ``problem`` is ``None``,
        or the status (400, 401 or 404) and why."""
        matched = self.match(method, raw_path)
        if matched is None:
            path = resource_path(raw_path)
            return Checked(
                (404, f"Request does not conform to the API: no operation {method} {path}")
            )
        route, ids = matched
        if route.secured and not headers.get("Authorization", "").startswith("Basic "):
            problem = (
                401,
                "Authentication required: HTTP Basic with your Project ID and API token",
            )
            return Checked(problem, route, ids)
        query = raw_path.split("?", 1)[1] if "?" in raw_path else ""
        problems = _parameter_problems(route, ids, query, headers)
        if route.body is not None:
            problems += _body_problems(route.body, headers.get("Content-Type", ""), body)
        if problems:
            return Checked((400, f"{_NONCONFORMING}: {'; '.join(problems)}"), route, ids)
        return Checked(None, route, ids)

    def request_problem(
        self, method: str, raw_path: str, headers: Mapping[str, str], body: bytes
    ) -> tuple[int, str] | None:
        """``check_request``'s ``problem`` alone."""
        return self.check_request(method, raw_path, headers, body).problem

    def response_problem(
        self, route: Route, status: int, content_type: str, body: bytes
    ) -> str | None:
        """``None`` if the response of ``route``'s operation conforms to the spec; else why."""
        responses = route.responses
        code = str(status)
        declared = responses.get(code, responses.get(f"{code[0]}XX", responses.get("DEFAULT")))
        if declared is None:
            return f"status {status} is not a documented response"
        if not declared:
            return None if not body else f"status {status} has no body, but one was sent"
        media_type = content_type.split(";", 1)[0].strip().lower()
        if media_type not in declared:
            return f"content type {media_type!r} is not one of {sorted(declared)}"
        schema = declared[media_type]
        if schema is None:
            return None
        try:
            instance = json.loads(body)
        except ValueError as exc:
            return f"the body is not JSON: {exc}"
        problems = schema.problems(instance, "body")
        return "; ".join(problems) if problems else None


def _is_iri(value: str) -> bool:
    """``format: uri`` as the SDKs check it: an absolute address with a scheme and a host,
    characters beyond ASCII (an IRI) accepted; or empty, which clears a URL setting."""
    if value == "":
        return True
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return bool(parts.scheme and parts.netloc) and value.isprintable()


def _is_date_filter(value: str) -> bool:
    """``format: date`` as the SDKs send it: a date object goes as ``YYYY-MM-DD``, a string as
    given, since the service's own syntax for these filters is not settled (``YYYY-MM-DD`` or
    RFC 2822); so any string passes."""
    return True


def _parameter_problems(
    route: Route, ids: Mapping[str, str], query: str, headers: Mapping[str, str]
) -> list[str]:
    pairs = parse_qsl(query, keep_blank_values=True)
    problems: list[str] = []
    for parameter in route.parameters:
        values: list[str]
        if parameter.location == "path":
            values = [ids[parameter.name]] if parameter.name in ids else []
        elif parameter.location == "query":
            values = [value for name, value in pairs if name == parameter.name]
        elif parameter.location == "header":
            values = [headers[parameter.name]] if parameter.name in headers else []
        else:
            continue
        where = f"{parameter.location} parameter {parameter.name}"
        if not values:
            if parameter.required:
                problems.append(f"{where}: is required")
            continue
        problems += parameter.schema.problems(decoded(values, parameter.schema.types), where)
    return problems


def _body_problems(body: _Body, content_type: str, raw: bytes) -> list[str]:
    if not raw:
        return ["Missing required request body"] if body.required else []
    media_type = content_type.split(";", 1)[0].strip().lower()
    if media_type not in body.media:
        return [f"the body's mimetype {media_type!r} is not one of {sorted(body.media)}"]
    schema, properties = body.media[media_type]
    if media_type == "application/json":
        try:
            instance = json.loads(raw)
        except ValueError as exc:
            return [f"the body is not JSON: {exc}"]
    else:
        try:
            pairs = parse_qsl(raw.decode("utf-8"), keep_blank_values=True, strict_parsing=True)
        except (UnicodeDecodeError, ValueError) as exc:
            return [f"the body is not a form: {exc}"]
        grouped: dict[str, list[str]] = {}
        for name, value in pairs:
            grouped.setdefault(name, []).append(value)
        instance = {
            name: decoded(values, properties.get(name, frozenset({"string"})))
            for name, values in grouped.items()
        }
    return schema.problems(instance, "body")
