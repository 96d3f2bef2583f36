"""Retrieve a queue: ``GET /Accounts/{AccountSid}/Queues/{QueueSid}``."""

from __future__ import annotations

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "RetrieveQueueParams"]


class RetrieveQueueParams(RequestOptions, total=False):
    """The arguments of ``retrieve_queue``."""


OPERATION = Operation(
    name="retrieve_queue",
    method="GET",
    path="/Accounts/{AccountSid}/Queues/{QueueSid}",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("QueueSid", "queue_sid"),
    ),
    result="queue.Queue",
)
