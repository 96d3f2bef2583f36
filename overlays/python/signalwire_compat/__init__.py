"""Python client for the SignalWire Compatibility (LaML) REST API.

>>> from signalwire_compat import SignalWire
>>> sw = SignalWire(project_id="...", api_token="...", space_url="example")
>>> call = sw.calls.update("CALL_SID", status="completed")
>>> for call in sw.calls.list(status="in-progress"): ...
>>> for result in sw.calls.update_many(sids, status="completed", bulk={"journal": "run.jsonl"}): ...
"""

from importlib import import_module
from typing import TYPE_CHECKING

from ._client import (
    DEFAULT_MAX_CONCURRENCY,
    DEFAULT_RETRY_POLICY,
    DEFAULT_TIMEOUT,
    USER_AGENT,
    AsyncClientOptions,
    AsyncSignalWire,
    Backend,
    ClientOptions,
    SignalWire,
)
from ._config import ENV_API_TOKEN, ENV_BASE_URL, ENV_PROJECT_ID, ENV_SPACE, ENV_SPACE_URL
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConfigurationError,
    ConflictError,
    ConnectionLostError,
    ErrorDetail,
    FileWriteError,
    InternalServerError,
    InvalidParameterError,
    NotFoundError,
    OutcomeUnknownError,
    PermissionDeniedError,
    RateLimitError,
    RequestTimeoutError,
    ServerOutcomeUnknownError,
    ServiceUnavailableError,
    SignalWireError,
    UnprocessableEntityError,
)
from ._logging import ENV_LOG
from ._operation import RequestOptions, RetryOptions
from ._resource import AsyncPager, Pager
from ._response import APIResponse
from ._retry import RetryPolicy
from ._version import __version__

if TYPE_CHECKING:
    from signalwire_compat_client.models.answered_by import AnsweredBy
    from signalwire_compat_client.models.call import Call
    from signalwire_compat_client.models.call_direction import CallDirection
    from signalwire_compat_client.models.call_list import CallList
    from signalwire_compat_client.models.call_status import CallStatus
    from signalwire_compat_client.models.http_method import HttpMethod
    from signalwire_compat_client.models.subresource_uris import SubresourceUris
    from signalwire_compat_client.resources.calls import AsyncCalls, Calls
    from signalwire_compat_client.types import UNSET, Unset

    from ._bulk import AsyncBulkRun, BulkOptions, BulkResult, BulkRun, BulkSummary
    from ._download import Content
    from ._times import CallTimes, call_times, parse_rfc2822

# The generated package and the date helpers load on first use: importing stays cheap.
_LAZY = {
    "AsyncCalls": "signalwire_compat_client.resources.calls",
    "Calls": "signalwire_compat_client.resources.calls",
    "AsyncBulkRun": "signalwire_compat._bulk",
    "BulkOptions": "signalwire_compat._bulk",
    "BulkResult": "signalwire_compat._bulk",
    "BulkRun": "signalwire_compat._bulk",
    "BulkSummary": "signalwire_compat._bulk",
    "CallTimes": "signalwire_compat._times",
    "Content": "signalwire_compat._download",
    "call_times": "signalwire_compat._times",
    "parse_rfc2822": "signalwire_compat._times",
    "AnsweredBy": "signalwire_compat_client.models.answered_by",
    "Call": "signalwire_compat_client.models.call",
    "CallDirection": "signalwire_compat_client.models.call_direction",
    "CallList": "signalwire_compat_client.models.call_list",
    "CallStatus": "signalwire_compat_client.models.call_status",
    "HttpMethod": "signalwire_compat_client.models.http_method",
    "SubresourceUris": "signalwire_compat_client.models.subresource_uris",
    "UNSET": "signalwire_compat_client.types",
    "Unset": "signalwire_compat_client.types",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "DEFAULT_MAX_CONCURRENCY",
    "DEFAULT_RETRY_POLICY",
    "DEFAULT_TIMEOUT",
    "ENV_API_TOKEN",
    "ENV_BASE_URL",
    "ENV_LOG",
    "ENV_PROJECT_ID",
    "ENV_SPACE",
    "ENV_SPACE_URL",
    "UNSET",
    "USER_AGENT",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AnsweredBy",
    "AsyncBulkRun",
    "AsyncCalls",
    "AsyncClientOptions",
    "AsyncPager",
    "AsyncSignalWire",
    "AuthenticationError",
    "Backend",
    "BadRequestError",
    "BulkOptions",
    "BulkResult",
    "BulkRun",
    "BulkSummary",
    "Call",
    "CallDirection",
    "CallList",
    "CallStatus",
    "CallTimes",
    "Calls",
    "ClientClosedError",
    "ClientOptions",
    "ConfigurationError",
    "ConflictError",
    "ConnectionLostError",
    "Content",
    "ErrorDetail",
    "FileWriteError",
    "HttpMethod",
    "InternalServerError",
    "InvalidParameterError",
    "NotFoundError",
    "OutcomeUnknownError",
    "Pager",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestOptions",
    "RequestTimeoutError",
    "RetryOptions",
    "RetryPolicy",
    "ServerOutcomeUnknownError",
    "ServiceUnavailableError",
    "SignalWire",
    "SignalWireError",
    "SubresourceUris",
    "UnprocessableEntityError",
    "Unset",
    "__version__",
    "call_times",
    "parse_rfc2822",
]
