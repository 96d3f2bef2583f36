"""The generated code the overlay calls, loaded once on first use.

Importing the generated package (and attrs) costs more than the rest of this package; loading
it here, when the first request is built, keeps ``import signalwire_compat`` cheap.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from signalwire_compat_client.models.call import Call
    from signalwire_compat_client.models.call_status import CallStatus
    from signalwire_compat_client.models.error import Error
    from signalwire_compat_client.models.http_method import HttpMethod
    from signalwire_compat_client.models.update_call_request import UpdateCallRequest
    from signalwire_compat_client.types import Unset


class Generated:
    """The generated names in use, as attributes."""

    __slots__ = (
        "Call",
        "CallStatus",
        "Error",
        "HttpMethod",
        "UNSET",
        "UpdateCallRequest",
        "check_types",
        "request_kwargs",
    )

    def __init__(self) -> None:
        from signalwire_compat_client.api.calls import update_a_call
        from signalwire_compat_client.models.call import Call
        from signalwire_compat_client.models.call_status import CallStatus
        from signalwire_compat_client.models.error import Error
        from signalwire_compat_client.models.http_method import HttpMethod
        from signalwire_compat_client.models.update_call_request import UpdateCallRequest
        from signalwire_compat_client.types import UNSET

        from ._typecheck import check_types

        self.Call: type[Call] = Call
        self.CallStatus: type[CallStatus] = CallStatus
        self.Error: type[Error] = Error
        self.HttpMethod: type[HttpMethod] = HttpMethod
        self.UNSET: Unset = UNSET
        self.UpdateCallRequest: type[UpdateCallRequest] = UpdateCallRequest
        self.check_types: Callable[[object], None] = check_types
        self.request_kwargs: Callable[..., dict[str, Any]] = update_a_call._get_kwargs


@functools.cache
def generated() -> Generated:
    """The generated names, imported on the first call."""
    return Generated()
