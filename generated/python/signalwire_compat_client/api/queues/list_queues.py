"""List queues: ``GET /Accounts/{AccountSid}/Queues``."""

from __future__ import annotations

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "ListQueuesParams"]


class ListQueuesParams(RequestOptions, total=False):
    """The arguments of ``list_queues``."""

    page: int
    page_size: int
    page_token: str


OPERATION = Operation(
    name="list_queues",
    method="GET",
    path="/Accounts/{AccountSid}/Queues",
    path_params=(Field("AccountSid", "account_sid"),),
    query=(
        Field("Page", "page", "integer"),
        Field("PageSize", "page_size", "integer"),
        Field("PageToken", "page_token", "string"),
    ),
    result="queue_list.QueueList",
    items="queues",
)
