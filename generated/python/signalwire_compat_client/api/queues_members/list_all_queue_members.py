"""List queue members: ``GET /Accounts/{AccountSid}/Queues/{QueueSid}/Members``."""

from __future__ import annotations

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "ListAllQueueMembersParams"]


class ListAllQueueMembersParams(RequestOptions, total=False):
    """The arguments of ``list_all_queue_members``."""

    page: int
    page_size: int
    page_token: str


OPERATION = Operation(
    name="list_all_queue_members",
    method="GET",
    path="/Accounts/{AccountSid}/Queues/{QueueSid}/Members",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("QueueSid", "queue_sid"),
    ),
    query=(
        Field("Page", "page", "integer"),
        Field("PageSize", "page_size", "integer"),
        Field("PageToken", "page_token", "string"),
    ),
    result="queue_member_list.QueueMemberList",
    items="queue_members",
)
