"""Credentials and the API's base URL, from arguments or environment variables."""

from __future__ import annotations

import base64
import os
import re
from urllib.parse import SplitResult, urlsplit

from ._errors import ConfigurationError
from ._text import CONTROL_CHARACTERS, has_lone_surrogates

ENV_PROJECT_ID = "SIGNALWIRE_PROJECT_ID"
ENV_API_TOKEN = "SIGNALWIRE_API_TOKEN"  # noqa: S105  (a variable name)
ENV_SPACE_URL = "SIGNALWIRE_SPACE_URL"
ENV_SPACE = "SIGNALWIRE_SPACE"
ENV_BASE_URL = "SIGNALWIRE_BASE_URL"

API_PATH = "/api/laml/2010-04-01"
SPACE_DOMAIN = "signalwire.com"

_HOST = re.compile(
    r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*"
)


class SecretHeaders(dict[str, str]):
    """Request headers whose ``repr`` hides the ``Authorization`` value (in tracebacks with
    locals, say)."""

    def __repr__(self) -> str:
        shown = {k: "***" if k.lower() == "authorization" else v for k, v in self.items()}
        return f"SecretHeaders({shown!r})"

    def __or__(self, other: object) -> SecretHeaders:  # type: ignore[override]
        if not isinstance(other, dict):
            return NotImplemented
        return SecretHeaders({**self, **other})


class Credentials:
    """A Project ID and API token. Neither appears in ``repr``."""

    __slots__ = ("api_token", "project_id")

    def __init__(self, project_id: str, api_token: str) -> None:
        self.project_id = project_id
        self.api_token = api_token

    def __repr__(self) -> str:
        return "Credentials(project_id=***, api_token=***)"

    def secrets(self) -> tuple[str, ...]:
        """Every form of the token that could show up in a text: as is, and inside the
        ``Authorization`` value."""
        pair = f"{self.project_id}:{self.api_token}".encode()
        return (self.api_token, base64.b64encode(pair).decode("ascii"))

    def basic_authorization(self) -> str:
        """The ``Authorization`` header value (UTF-8, as httpx encodes it)."""
        pair = f"{self.project_id}:{self.api_token}".encode()
        return "Basic " + base64.b64encode(pair).decode("ascii")


def _from_env(value: str | None, *names: str) -> str | None:
    if value is not None:
        return value
    for name in names:
        found = os.environ.get(name)
        if found:
            return found
    return None


def resolve_credentials(project_id: str | None, api_token: str | None) -> Credentials:
    """Take each credential from its argument, else from its environment variable."""
    pid = _from_env(project_id, ENV_PROJECT_ID)
    token = _from_env(api_token, ENV_API_TOKEN)
    if not pid or not pid.strip():
        raise ConfigurationError(f"project_id is missing: pass project_id= or set {ENV_PROJECT_ID}")
    if not token or not token.strip():
        raise ConfigurationError(f"api_token is missing: pass api_token= or set {ENV_API_TOKEN}")
    if ":" in pid:
        raise ConfigurationError("project_id must not contain ':' (HTTP Basic user names cannot)")
    for name, value in (("project_id", pid), ("api_token", token)):
        if CONTROL_CHARACTERS.search(value):
            raise ConfigurationError(f"{name} must not contain control characters")
        if has_lone_surrogates(value):
            raise ConfigurationError(f"{name} must be valid Unicode (it holds lone surrogates)")
    return Credentials(pid, token)


def is_loopback(host: str) -> bool:
    """True for ``localhost`` and loopback IP addresses (127.0.0.0/8, ::1)."""
    import ipaddress

    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _split(value: str, field: str) -> SplitResult:
    if CONTROL_CHARACTERS.search(value) or " " in value:
        raise ConfigurationError(f"{field} must not contain spaces or control characters")
    if has_lone_surrogates(value):
        raise ConfigurationError(f"{field} must be valid Unicode (it holds lone surrogates)")
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018  (validates the port)
    except ValueError as exc:
        raise ConfigurationError(f"{field} is not a valid URL: {exc}") from None
    if parts.username is not None or parts.password is not None:
        raise ConfigurationError(f"{field} must not contain user info; pass credentials separately")
    if parts.query or parts.fragment:
        raise ConfigurationError(f"{field} must not contain a query or fragment")
    return parts


def resolve_base_url(space_url: str | None, base_url: str | None) -> str:
    """The API's base URL. Arguments come first (``base_url``, else ``space_url``), then the
    environment (``SIGNALWIRE_BASE_URL``, else ``SIGNALWIRE_SPACE_URL``, else
    ``SIGNALWIRE_SPACE``)."""
    if base_url is not None:
        return _check_base_url(base_url, "base_url")
    if space_url is None:
        from_env = os.environ.get(ENV_BASE_URL)
        if from_env:
            return _check_base_url(from_env, ENV_BASE_URL)
    space = _from_env(space_url, ENV_SPACE_URL, ENV_SPACE)
    if not space or not space.strip():
        raise ConfigurationError(
            f"space_url is missing: pass space_url= or base_url=, or set {ENV_SPACE_URL} "
            f"(or {ENV_SPACE}, or {ENV_BASE_URL})"
        )
    return f"https://{_space_host(space.strip())}{API_PATH}"


def _space_host(space: str) -> str:
    if "://" in space:
        parts = _split(space, "space_url")
        if parts.scheme != "https":
            raise ConfigurationError("space_url must use https; use base_url= for a local server")
        if parts.port is not None:
            raise ConfigurationError("space_url must not contain a port; use base_url= instead")
        if parts.path not in ("", "/"):
            raise ConfigurationError("space_url must be a host name only, without a path")
        host = parts.hostname or ""
    else:
        host = space.rstrip("/")
    if not _HOST.fullmatch(host):
        raise ConfigurationError(
            "space_url must be a space name or host, like 'example' or 'example.signalwire.com'"
        )
    host = host.lower()
    return host if "." in host else f"{host}.{SPACE_DOMAIN}"


def _check_base_url(base_url: str, field: str) -> str:
    parts = _split(base_url, field)
    host = parts.hostname or ""
    if parts.scheme not in ("http", "https") or not host:
        raise ConfigurationError(f"{field} must be an absolute http(s) URL")
    if parts.scheme == "http" and not is_loopback(host):
        raise ConfigurationError(
            f"{field} may use plain http only for a loopback host (127.0.0.1, ::1, localhost): "
            "credentials would travel in clear text"
        )
    return base_url.rstrip("/")
