"""List calls: ``GET /Accounts/{AccountSid}/Calls``."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from signalwire_compat._operation import Field, Operation, RequestOptions

if TYPE_CHECKING:
    from ...models.call_status import CallStatus, CallStatusLiteral


__all__ = ["OPERATION", "ListCallsParams"]


class ListCallsParams(RequestOptions, total=False):
    """The arguments of ``list_calls``."""

    to: str
    from_: str
    parent_call_sid: str
    status: CallStatus | CallStatusLiteral
    """The status of the call."""
    start_time: str | datetime.date
    start_time_before: str | datetime.date
    start_time_after: str | datetime.date
    end_time: str | datetime.date
    end_time_before: str | datetime.date
    end_time_after: str | datetime.date
    page: int
    page_size: int
    page_token: str


OPERATION = Operation(
    name="list_calls",
    method="GET",
    path="/Accounts/{AccountSid}/Calls",
    path_params=(Field("AccountSid", "account_sid"),),
    query=(
        Field("To", "to", "string"),
        Field("From", "from_", "string"),
        Field("ParentCallSid", "parent_call_sid", "string"),
        Field(
            "Status",
            "status",
            "enum",
            choices=(
                "queued",
                "ringing",
                "in-progress",
                "canceled",
                "completed",
                "busy",
                "failed",
                "no-answer",
            ),
        ),
        Field("StartTime", "start_time", "date"),
        Field("StartTime<", "start_time_before", "date"),
        Field("StartTime>", "start_time_after", "date"),
        Field("EndTime", "end_time", "date"),
        Field("EndTime<", "end_time_before", "date"),
        Field("EndTime>", "end_time_after", "date"),
        Field("Page", "page", "integer"),
        Field("PageSize", "page_size", "integer"),
        Field("PageToken", "page_token", "string"),
    ),
    result="call_list.CallList",
    items="calls",
)
