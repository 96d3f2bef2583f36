"""Create a queue: ``POST /Accounts/{AccountSid}/Queues``."""

from __future__ import annotations

from typing import Required

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "CreateQueueParams"]


class CreateQueueParams(RequestOptions, total=False):
    """The arguments of ``create_queue``; leave one out to leave it unset."""

    friendly_name: Required[str]
    """The name of the queue: letters, digits and underscores only, unique among the project's
    queues."""
    max_size: int
    """The most calls that may wait in the queue at once, a whole number from 1."""


OPERATION = Operation(
    name="create_queue",
    method="POST",
    path="/Accounts/{AccountSid}/Queues",
    path_params=(Field("AccountSid", "account_sid"),),
    body=(
        Field(
            "FriendlyName",
            "friendly_name",
            "string",
            required=True,
            min_length=1,
            pattern="^[A-Za-z0-9_]+$",
        ),
        Field("MaxSize", "max_size", "integer", minimum=1.0),
    ),
    body_required=True,
    content_type="application/x-www-form-urlencoded",
    result="queue.Queue",
)
