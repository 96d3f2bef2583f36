"""Receiving SignalWire's webhooks: check their signature, read them as typed models.

SignalWire signs each webhook request with the project's Signing Key, in the
``X-SignalWire-Signature`` header (``X-Twilio-Signature`` too, for Compatibility API
callbacks):

- a form-encoded request (status callbacks, the ``Url`` fetch): base64 of HMAC-SHA1 over the
  full URL followed by every parameter's name and value, sorted by name (a repeated name: its
  distinct values, sorted, each after the name);
- a request with another body (JSON): hex of HMAC-SHA1 over the full URL followed by the raw
  body.

>>> validator = RequestValidator(signing_key)
>>> validator.validate(url, form, request.headers["X-SignalWire-Signature"])
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Protocol
from urllib.parse import urlsplit, urlunsplit

if TYPE_CHECKING:
    from signalwire_compat_client.models.call_request import CallRequest
    from signalwire_compat_client.models.call_status_callback import CallStatusCallback
    from signalwire_compat_client.models.recording_status_callback import (
        RecordingStatusCallback,
    )

SIGNATURE_HEADER = "X-SignalWire-Signature"
TWILIO_SIGNATURE_HEADER = "X-Twilio-Signature"
"""The name Compatibility API callbacks also carry the signature under."""

Params = Mapping[str, str | Sequence[str]] | Iterable[tuple[str, str]]
"""A form: a mapping (a value may be a list of values), or ``(name, value)`` pairs."""

_DEFAULT_PORTS = {"https": 443, "http": 80}


class Headers(Protocol):
    """Any request's headers: a dict, or a framework's headers object (Flask, Starlette ...)."""

    def items(self) -> Iterable[tuple[str, str]]: ...


def _grouped(params: Params) -> dict[str, list[str]]:
    pairs = params.items() if isinstance(params, Mapping) else params
    grouped: dict[str, list[str]] = {}
    for name, value in pairs:
        values = [value] if isinstance(value, str) else list(value)
        grouped.setdefault(name, []).extend(values)
    return grouped


def _signed_params(params: Params) -> str:
    """What the signature covers after the URL: each name, sorted, before each of its
    distinct values, sorted."""
    grouped = _grouped(params)
    return "".join(name + value for name in sorted(grouped) for value in sorted(set(grouped[name])))


def _url_variants(url: str) -> list[str]:
    """``url`` as given, with its default port written out, and without it."""
    parts = urlsplit(url)
    default = _DEFAULT_PORTS.get(parts.scheme)
    if default is None or parts.hostname is None:
        return [url]
    try:
        port = parts.port
    except ValueError:
        return [url]
    userinfo = parts.netloc.rpartition("@")[0]
    host = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
    prefix = f"{userinfo}@" if userinfo else ""
    with_port = urlunsplit(parts._replace(netloc=f"{prefix}{host}:{default}"))
    without = urlunsplit(parts._replace(netloc=f"{prefix}{host}"))
    if port is None:
        return [url, with_port]
    return [url, without] if port == default else [url]


class RequestValidator:
    """Checks that a webhook request was signed with ``signing_key`` (the project's Signing
    Key, from the API Credentials page of the Dashboard)."""

    def __init__(self, signing_key: str) -> None:
        if not isinstance(signing_key, str) or not signing_key:
            raise ValueError("signing_key must be the project's Signing Key, a non-empty string")
        self._key = signing_key.encode("utf-8")

    def __repr__(self) -> str:
        return "RequestValidator(signing_key=***)"

    def _digest(self, text: str) -> bytes:
        return hmac.new(self._key, text.encode("utf-8"), hashlib.sha1).digest()

    def _form_signature(self, url: str, signed_params: str) -> str:
        return base64.b64encode(self._digest(url + signed_params)).decode("ascii")

    def compute_signature(self, url: str, params: Params) -> str:
        """The signature of a form-encoded request to ``url`` with ``params``."""
        return self._form_signature(url, _signed_params(params))

    def compute_body_signature(self, url: str, body: str | bytes) -> str:
        """The signature of a request to ``url`` whose body (JSON, say) is ``body``."""
        raw = body.decode("utf-8") if isinstance(body, bytes) else body
        return self._digest(url + raw).hex()

    def validate(self, url: str, params: Params, signature: str | None) -> bool:
        """Whether ``signature`` signs a form-encoded request to ``url`` with ``params``.

        ``url`` is the full URL the request was sent to, query string included; it is also
        tried with its default port (``:443``, ``:80``) written out and left out.
        """
        if not signature:
            return False
        signed = _signed_params(params)
        return any(
            _same(self._form_signature(variant, signed), signature)
            for variant in _url_variants(url)
        )

    def validate_body(self, url: str, body: str | bytes, signature: str | None) -> bool:
        """Whether ``signature`` signs a request to ``url`` with the raw ``body`` (JSON)."""
        if not signature:
            return False
        return any(
            _same(self.compute_body_signature(variant, body), signature)
            for variant in _url_variants(url)
        )

    def validate_request(
        self, url: str, form: Params, headers: Headers, body: str | bytes | None = None
    ) -> bool:
        """One call for any framework: the request's full URL, its form (empty for another
        body), its headers (any case) and, for a non-form body, the raw body."""
        signature = signature_of(headers)
        if body is not None and self.validate_body(url, body, signature):
            return True
        return self.validate(url, form, signature)


def signature_of(headers: Headers) -> str | None:
    """The signature header's value, whichever of its two names it came under."""
    found = {key.lower(): value for key, value in headers.items()}
    for name in (SIGNATURE_HEADER.lower(), TWILIO_SIGNATURE_HEADER.lower()):
        if name in found:
            return found[name]
    return None


def _same(expected: str, given: str) -> bool:
    return hmac.compare_digest(expected.encode("utf-8"), given.encode("utf-8", "replace"))


def _form(params: Params) -> dict[str, str]:
    # A repeated name keeps its last value, as web frameworks' form dicts do.
    return {name: values[-1] for name, values in _grouped(params).items() if values}


def parse_call_status(params: Params) -> CallStatusCallback:
    """The generated ``CallStatusCallback`` of a status callback's form."""
    from signalwire_compat_client.models.call_status_callback import CallStatusCallback

    return CallStatusCallback.from_dict(_form(params))


def parse_call_request(params: Params) -> CallRequest:
    """The generated ``CallRequest`` of the form SignalWire sends to a call's ``Url``."""
    from signalwire_compat_client.models.call_request import CallRequest

    return CallRequest.from_dict(_form(params))


def parse_recording_status(params: Params) -> RecordingStatusCallback:
    """The generated ``RecordingStatusCallback`` of a recording status callback's form."""
    from signalwire_compat_client.models.recording_status_callback import (
        RecordingStatusCallback,
    )

    return RecordingStatusCallback.from_dict(_form(params))
