"""Update a call: ``POST /Accounts/{AccountSid}/Calls/{CallSid}``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from signalwire_compat._operation import Field, Operation, RequestOptions

if TYPE_CHECKING:
    from ...models.http_method import HttpMethod, HttpMethodLiteral
    from ...models.update_call_status import UpdateCallStatus, UpdateCallStatusLiteral


__all__ = ["OPERATION", "UpdateACallParams"]


class UpdateACallParams(RequestOptions, total=False):
    """The arguments of ``update_a_call``; leave one out to leave it unset."""

    url: str
    """The URL to handle the call. This parameter allows you to specify a webhook or different
    route in your code containing XML instructions for how to handle the call. This is
    required if ApplicationSid is not used."""
    method: HttpMethod | HttpMethodLiteral
    """Whether the request to Url is a GET or a POST. Default is POST. Ignored if ApplicationSid
    is present."""
    status: UpdateCallStatus | UpdateCallStatusLiteral
    """The status to move the call to."""
    fallback_url: str
    """The URL SignalWire will request if errors occur when fetching the Url. If ApplicationSid
    is present, this parameter is ignored."""
    fallback_method: HttpMethod | HttpMethodLiteral
    """Whether the request to FallbackUrl is a GET or a POST. Default is POST. If ApplicationSid
    is present, this parameter is ignored."""
    status_callback: str
    """The URL SignalWire will send webhooks to on every requested StatusCallbackEvent event. See
    here for the list of parameters passed back to your endpoint."""
    status_callback_method: HttpMethod | HttpMethodLiteral
    """Whether the request to StatusCallback URL is a GET or a POST. Default is POST. Ignored if
    ApplicationSid is present."""


OPERATION = Operation(
    name="update_a_call",
    method="POST",
    path="/Accounts/{AccountSid}/Calls/{CallSid}",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("CallSid", "call_sid"),
    ),
    body=(
        Field("Url", "url", "uri"),
        Field("Method", "method", "enum", choices=("GET", "POST")),
        Field("Status", "status", "enum", choices=("canceled", "completed")),
        Field("FallbackUrl", "fallback_url", "uri"),
        Field("FallbackMethod", "fallback_method", "enum", choices=("GET", "POST")),
        Field("StatusCallback", "status_callback", "uri"),
        Field(
            "StatusCallbackMethod",
            "status_callback_method",
            "enum",
            choices=("GET", "POST"),
        ),
    ),
    body_required=True,
    content_type="application/x-www-form-urlencoded",
    result="call.Call",
)
