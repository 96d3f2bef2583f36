"""Python client for the SignalWire Compatibility (LaML) REST API.

>>> from signalwire_compat import SignalWire
>>> sw = SignalWire(project_id="...", api_token="...", space_url="example")
>>> call = sw.calls.update("CALL_SID", status="completed")
"""

from signalwire_compat_client.models.answered_by import AnsweredBy
from signalwire_compat_client.models.call import Call
from signalwire_compat_client.models.call_direction import CallDirection
from signalwire_compat_client.models.call_status import CallStatus
from signalwire_compat_client.models.http_method import HttpMethod
from signalwire_compat_client.models.subresource_uris import SubresourceUris
from signalwire_compat_client.types import UNSET, Unset

from ._client import (
    DEFAULT_MAX_CONCURRENCY,
    DEFAULT_RETRY_POLICY,
    DEFAULT_TIMEOUT,
    USER_AGENT,
    AsyncCalls,
    AsyncClientOptions,
    AsyncSignalWire,
    Backend,
    Calls,
    ClientOptions,
    SignalWire,
)
from ._config import ENV_API_TOKEN, ENV_PROJECT_ID, ENV_SPACE, ENV_SPACE_URL
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    ConnectionLostError,
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
from ._form import CallUpdate, encode_update
from ._response import APIResponse
from ._retry import RetryPolicy
from ._times import CallTimes, call_times, parse_rfc2822
from ._version import __version__

__all__ = [
    "DEFAULT_MAX_CONCURRENCY",
    "DEFAULT_RETRY_POLICY",
    "DEFAULT_TIMEOUT",
    "ENV_API_TOKEN",
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
    "AsyncCalls",
    "AsyncClientOptions",
    "AsyncSignalWire",
    "AuthenticationError",
    "Backend",
    "BadRequestError",
    "Call",
    "CallDirection",
    "CallStatus",
    "CallTimes",
    "CallUpdate",
    "Calls",
    "ClientOptions",
    "ConfigurationError",
    "ConflictError",
    "ConnectionLostError",
    "HttpMethod",
    "InternalServerError",
    "InvalidParameterError",
    "NotFoundError",
    "OutcomeUnknownError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestTimeoutError",
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
    "encode_update",
    "parse_rfc2822",
]
