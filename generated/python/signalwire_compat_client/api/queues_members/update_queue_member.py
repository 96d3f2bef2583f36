"""Update a queue member: ``POST /Accounts/{AccountSid}/Queues/{QueueSid}/Members/{CallSid}``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Required

from signalwire_compat._operation import Field, Operation, RequestOptions

if TYPE_CHECKING:
    from ...models.http_method import HttpMethod, HttpMethodLiteral


__all__ = ["OPERATION", "UpdateQueueMemberParams"]


class UpdateQueueMemberParams(RequestOptions, total=False):
    """The arguments of ``update_queue_member``; leave one out to leave it unset."""

    url: Required[str]
    """The URL of the XML instructions that handle the call once it leaves the queue."""
    method: HttpMethod | HttpMethodLiteral
    """Whether the request to Url is a GET or a POST. Default is POST."""


OPERATION = Operation(
    name="update_queue_member",
    method="POST",
    path="/Accounts/{AccountSid}/Queues/{QueueSid}/Members/{CallSid}",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("QueueSid", "queue_sid"),
        Field("CallSid", "call_sid"),
    ),
    body=(
        Field("Url", "url", "uri", required=True),
        Field("Method", "method", "enum", choices=("GET", "POST")),
    ),
    body_required=True,
    content_type="application/x-www-form-urlencoded",
    result="queue_member.QueueMember",
)
