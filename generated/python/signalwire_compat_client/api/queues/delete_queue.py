"""Delete a queue: ``DELETE /Accounts/{AccountSid}/Queues/{QueueSid}``."""

from __future__ import annotations

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "DeleteQueueParams"]


class DeleteQueueParams(RequestOptions, total=False):
    """The arguments of ``delete_queue``."""


OPERATION = Operation(
    name="delete_queue",
    method="DELETE",
    path="/Accounts/{AccountSid}/Queues/{QueueSid}",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("QueueSid", "queue_sid"),
    ),
)
