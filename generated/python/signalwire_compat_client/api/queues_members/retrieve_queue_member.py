"""Retrieve a queue member: ``GET /Accounts/{AccountSid}/Queues/{QueueSid}/Members/{CallSid}``."""

from __future__ import annotations

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "RetrieveQueueMemberParams"]


class RetrieveQueueMemberParams(RequestOptions, total=False):
    """The arguments of ``retrieve_queue_member``."""


OPERATION = Operation(
    name="retrieve_queue_member",
    method="GET",
    path="/Accounts/{AccountSid}/Queues/{QueueSid}/Members/{CallSid}",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("QueueSid", "queue_sid"),
        Field("CallSid", "call_sid"),
    ),
    result="queue_member.QueueMember",
)
