"""Proxies and certificate checks: ``proxy=``, the environment's proxy variables with
``trust_env=True``, and ``verify=``, one meaning on every backend.

A client talks to one origin (its base URL; next pages are checked to stay there), so its
proxy is decided once, when it is made. Credentials in a proxy URL are kept out of everything
shown: the URL is shown as ``http://***@host:port``, and each form of them is redacted from
error texts like the API token.
"""

from __future__ import annotations

import base64
import os
import ssl
from typing import Any
from urllib.parse import unquote, urlsplit

from ._errors import ConfigurationError
from ._text import CONTROL_CHARACTERS, has_lone_surrogates

Verify = bool | str | ssl.SSLContext
"""``True`` (the default certificate checks), a CA bundle's path, or an ``ssl.SSLContext``."""


class Proxy:
    """A checked proxy URL. ``repr`` and ``shown`` leave its credentials out."""

    __slots__ = ("secrets", "shown", "url")

    def __init__(self, url: str, field: str) -> None:
        if CONTROL_CHARACTERS.search(url) or " " in url or has_lone_surrogates(url):
            raise ConfigurationError(f"{field} must not contain spaces or control characters")
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError:
            raise ConfigurationError(f"{field} is not a valid URL") from None
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ConfigurationError(f"{field} must be an http:// or https:// URL with a host")
        if parts.path not in ("", "/") or parts.query or parts.fragment:
            raise ConfigurationError(f"{field} must be a proxy's address, without a path or query")
        self.url = url
        host = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
        address = f"{host}:{port}" if port is not None else host
        user, password = parts.username, parts.password
        self.shown = f"{parts.scheme}://{'***@' if '@' in parts.netloc else ''}{address}"
        secrets: set[str] = set()
        if user is not None or password is not None:
            plain_user, plain_password = unquote(user or ""), unquote(password or "")
            pair = f"{plain_user}:{plain_password}"
            secrets |= {parts.netloc.rpartition("@")[0], pair}
            secrets.add(base64.b64encode(pair.encode()).decode("ascii"))
            # the password, or a user name alone (a token, for some proxies)
            secrets |= {password, plain_password} if password else {user or "", plain_user}
        self.secrets = tuple(sorted((s for s in secrets if s), key=len, reverse=True))

    def __repr__(self) -> str:
        return f"Proxy({self.shown!r})"


def resolve_proxy(proxy: object, trust_env: object, base_url: str) -> Proxy | None:
    """``proxy`` if given; else, with ``trust_env``, the environment's proxy for ``base_url``
    (``HTTPS_PROXY``/``HTTP_PROXY`` by scheme, else ``ALL_PROXY``; none if ``NO_PROXY`` matches
    its host; lower-case names too); else none."""
    if not isinstance(trust_env, bool):
        raise ConfigurationError(f"trust_env must be True or False, not {type(trust_env).__name__}")
    if proxy is not None:
        if not isinstance(proxy, str):
            raise ConfigurationError(f"proxy must be a URL (str), not {type(proxy).__name__}")
        return Proxy(proxy, "proxy")
    if not trust_env:
        return None
    import urllib.request

    bypass = urllib.request.proxy_bypass_environment  # type: ignore[attr-defined]
    found = urllib.request.getproxies_environment()
    parts = urlsplit(base_url)
    scheme = parts.scheme
    chosen = found.get(scheme) or found.get("all")
    if not chosen:
        return None
    if bypass(parts.netloc, found):
        return None
    name = f"{scheme.upper()}_PROXY" if found.get(scheme) else "ALL_PROXY"
    return Proxy(chosen, f"the environment's proxy ({name})")


def ssl_context(verify: object, field: str = "verify") -> ssl.SSLContext | None:
    """The TLS settings ``verify`` asks for: ``None`` for the backends' defaults. Errors name
    ``field``."""
    if verify is True:
        return None
    if isinstance(verify, ssl.SSLContext):
        return verify
    if verify is False:
        raise ConfigurationError(
            "verify=False would send the API token to any server that answers; pass the CA "
            "bundle's path or an ssl.SSLContext of your own"
        )
    if isinstance(verify, str | os.PathLike):
        path: Any = verify
        try:
            return ssl.create_default_context(cafile=os.fspath(path))
        except (OSError, ssl.SSLError) as exc:
            raise ConfigurationError(f"{field}: cannot read the CA bundle: {exc}") from None
    raise ConfigurationError("verify must be True, a CA bundle's path or an ssl.SSLContext")
