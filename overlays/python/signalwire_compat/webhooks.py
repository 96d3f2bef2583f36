"""Receiving SignalWire's webhooks: check their signature, read them as typed models.

SignalWire signs each webhook request with the project's Signing Key, in the
``X-SignalWire-Signature`` header (``X-Twilio-Signature`` too, for Compatibility API
callbacks):

- a form-encoded request (status callbacks, the ``Url`` fetch): base64 of HMAC-SHA1 over the
  full URL followed by every parameter's name and value, sorted by name (a repeated name: its
  distinct values, sorted, each after the name);
- a request with another body (JSON): hex of HMAC-SHA1 over the full URL followed by the raw
  body's bytes; or, when the URL carries ``bodySHA256`` (the hex SHA-256 of the raw body), the
  form signature of that URL alone, and the body must hash to it.

>>> validator = RequestValidator(signing_key)
>>> validator.validate_request(url, form, request.headers)
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from collections.abc import Iterable, Sequence
from typing import Protocol
from urllib.parse import unquote_plus

import signalwire_compat_client.webhooks as _parsers
from signalwire_compat_client.webhooks import *  # noqa: F403  (each webhook's parse function)

from ._errors import ConfigurationError, InvalidParameterError
from ._params import FormItems as FormItems
from ._params import Params as Params
from ._params import grouped
from ._text import CONTROL_CHARACTERS, has_lone_surrogates

__all__ = [
    "SIGNATURE_HEADER",
    "TWILIO_SIGNATURE_HEADER",
    "FormItems",
    "Headers",
    "Params",
    "RequestValidator",
    "signature_of",
    *_parsers.__all__,
]

SIGNATURE_HEADER = "X-SignalWire-Signature"
TWILIO_SIGNATURE_HEADER = "X-Twilio-Signature"
"""The name Compatibility API callbacks also carry the signature under."""


_BODY_HASH = "bodySHA256"
_HEADER_NAMES = (SIGNATURE_HEADER.lower(), TWILIO_SIGNATURE_HEADER.lower())
_DEFAULT_PORTS = {"https:": "443", "http:": "80"}
_URL = re.compile(r"(https?:)//([^/?#]*)(.*)", re.IGNORECASE | re.ASCII | re.DOTALL)
_HOST_PORT = re.compile(r"(\[[^\]]*\]|[^:]*)(?::([0-9]*))?")


class Headers(Protocol):
    """Any request's headers: a dict, or a framework's headers object (Flask, Starlette ...)."""

    def items(self) -> Iterable[tuple[str, str]]: ...


def _signed_params(params: Params) -> str:
    """What the signature covers after the URL: each name, sorted, before each of its
    distinct values, sorted."""
    groups = grouped(params)
    return "".join(name + value for name in sorted(groups) for value in sorted(set(groups[name])))


def _text(field: str, value: object) -> str:
    if not isinstance(value, str):
        raise InvalidParameterError(field, "must be a string")
    return value


def _raw(body: object) -> bytes | None:
    """The body's bytes (text is encoded as UTF-8); ``None`` for text that has none."""
    if isinstance(body, bytes | bytearray | memoryview):
        return bytes(body)
    if isinstance(body, str):
        return None if has_lone_surrogates(body) else body.encode("utf-8")
    raise InvalidParameterError("body", "must be the raw body, bytes or str")


def _url_variants(url: str) -> list[str]:
    """``url`` as given, and with its default port written out or left out; everything else
    (the case of its scheme and host too) as written, since that is what was signed."""
    match = _URL.fullmatch(url)
    if match is None:
        return [url]
    scheme, authority, rest = match.groups()
    userinfo, at, host_port = authority.rpartition("@")
    parts = _HOST_PORT.fullmatch(host_port)
    if parts is None:
        return [url]
    host, port = parts.groups()
    start = f"{scheme}//{userinfo}{at}{host}"
    default = _DEFAULT_PORTS[scheme.lower()]
    if port is None:
        return [url, f"{start}:{default}{rest}"]
    return [url, start + rest] if port == default else [url]


def _body_hashes(url: str) -> list[str]:
    """The values of ``bodySHA256`` in the URL's query, decoded as a form decodes them."""
    query = url.partition("#")[0].partition("?")[2]
    found = []
    for piece in query.split("&"):
        name, _, value = piece.partition("=")
        if piece and unquote_plus(name) == _BODY_HASH:
            found.append(unquote_plus(value))
    return found


def _header_signatures(headers: Headers) -> list[str]:
    """Every signature the headers carry, under either name; a header sent twice arrives as
    each of its values, or as one value joined with commas (no signature holds a comma)."""
    found: list[str] = []
    for key, value in headers.items():
        if isinstance(key, str) and key.lower() in _HEADER_NAMES and isinstance(value, str):
            found.extend([part.strip() for part in value.split(",")] if "," in value else [value])
    return [signature for signature in found if signature]


def _matches(expected: Iterable[str], given: Sequence[str]) -> bool:
    return any(_same(one, signature) for one in expected for signature in given)


class RequestValidator:
    """Checks that a webhook request was signed with ``signing_key`` (the project's Signing
    Key, from the API Credentials page of the Dashboard)."""

    def __init__(self, signing_key: str) -> None:
        self._key = _signing_key(signing_key)

    def __repr__(self) -> str:
        return "RequestValidator(signing_key=***)"

    def _hmac(self, message: bytes) -> bytes:
        return hmac.new(self._key, message, hashlib.sha1).digest()

    def _form_signatures(self, url: str, signed_params: str) -> list[str]:
        """The signature of a form request to each variant of ``url``, none for text that
        cannot be encoded."""
        if has_lone_surrogates(url) or has_lone_surrogates(signed_params):
            return []
        return [
            base64.b64encode(self._hmac((variant + signed_params).encode("utf-8"))).decode()
            for variant in _url_variants(url)
        ]

    def _body_signatures(self, url: str, raw: bytes) -> list[str]:
        """The signatures that prove a request to ``url`` with the raw body ``raw``: the hex
        one over the URL and the bytes; the URL's form signature if its one bodySHA256 is the
        hex SHA-256 of ``raw``."""
        if has_lone_surrogates(url):
            return []
        expected = [self._hmac(v.encode("utf-8") + raw).hex() for v in _url_variants(url)]
        hashes = _body_hashes(url)
        if len(hashes) == 1 and _same(hashlib.sha256(raw).hexdigest(), hashes[0]):
            expected += self._form_signatures(url, "")
        return expected

    def compute_signature(self, url: str, params: Params) -> str:
        """The signature of a form-encoded request to ``url`` with ``params``."""
        text = _text("url", url) + _signed_params(params)
        if has_lone_surrogates(text):
            raise InvalidParameterError("params", "must be valid Unicode (lone surrogates)")
        return base64.b64encode(self._hmac(text.encode("utf-8"))).decode("ascii")

    def compute_body_signature(self, url: str, body: str | bytes) -> str:
        """The signature of a request to ``url`` whose raw body (JSON, say) is ``body``."""
        raw = _raw(body)
        if raw is None or has_lone_surrogates(_text("url", url)):
            raise InvalidParameterError("body", "must be valid Unicode (lone surrogates)")
        return self._hmac(url.encode("utf-8") + raw).hex()

    def validate(self, url: str, params: Params, signature: str | None) -> bool:
        """Whether ``signature`` signs a form-encoded request to ``url`` with ``params``.

        ``url`` is the full URL the request was sent to, query string included; it is also
        tried with its default port (``:443``, ``:80``) written out and left out. A URL with
        ``bodySHA256`` is never proved by its signature alone: it promises a body, which only
        ``validate_body`` (or ``validate_request(body=...)``) can check.
        """
        signed = _signed_params(params)
        if not isinstance(signature, str) or not signature or _body_hashes(_text("url", url)):
            return False
        return _matches(self._form_signatures(url, signed), [signature])

    def validate_body(self, url: str, body: str | bytes, signature: str | None) -> bool:
        """Whether ``signature`` signs a request to ``url`` with the raw ``body`` (JSON): in
        hex over the URL and the body's bytes, or over the URL alone when the body hashes to
        the URL's ``bodySHA256``."""
        raw = _raw(body)
        if raw is None or not isinstance(signature, str) or not signature:
            return False
        return _matches(self._body_signatures(_text("url", url), raw), [signature])

    def validate_request(
        self, url: str, form: Params, headers: Headers, body: str | bytes | None = None
    ) -> bool:
        """One call for any framework: the request's full URL, its form (empty for another
        body), its headers (any case, either name, a header sent twice) and, for a non-form
        body, the raw body. A non-empty body with an empty form must be proved by a body
        signature (see ``validate_body``), never by a signature of the URL alone."""
        signatures = _header_signatures(headers)
        if body is not None:
            raw = _raw(body)
            if raw is None:
                return False
            if _matches(self._body_signatures(_text("url", url), raw), signatures):
                return True
            if raw and not grouped(form):
                return False
        signed = _signed_params(form)
        if _body_hashes(_text("url", url)):
            return False
        return _matches(self._form_signatures(url, signed), signatures)


def _signing_key(signing_key: object) -> bytes:
    problem = "must be the project's Signing Key, a non-empty string"
    if isinstance(signing_key, str) and signing_key:
        if CONTROL_CHARACTERS.search(signing_key) or " " in signing_key:
            problem = "must not contain spaces or control characters"
        elif has_lone_surrogates(signing_key):
            problem = "must be valid Unicode (it holds lone surrogates)"
        else:
            return signing_key.encode("utf-8")
    raise ConfigurationError(f"signing_key {problem}")


def signature_of(headers: Headers) -> str | None:
    """The signature header's value, whichever of its two names it came under."""
    found = {key.lower(): value for key, value in headers.items()}
    for name in _HEADER_NAMES:
        if name in found:
            return found[name]
    return None


def _same(expected: str, given: str) -> bool:
    return hmac.compare_digest(expected.encode("utf-8"), given.encode("utf-8", "replace"))
