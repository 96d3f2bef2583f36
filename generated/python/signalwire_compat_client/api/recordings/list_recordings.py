"""List recordings: ``GET /Accounts/{AccountSid}/Recordings``."""

from __future__ import annotations

import datetime

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "ListRecordingsParams"]


class ListRecordingsParams(RequestOptions, total=False):
    """The arguments of ``list_recordings``."""

    date_created: str | datetime.date
    date_created_before: str | datetime.date
    date_created_after: str | datetime.date
    call_sid: str
    conference_sid: str
    page: int
    page_size: int
    page_token: str


OPERATION = Operation(
    name="list_recordings",
    method="GET",
    path="/Accounts/{AccountSid}/Recordings",
    path_params=(Field("AccountSid", "account_sid"),),
    query=(
        Field("DateCreated", "date_created", "date"),
        Field("DateCreated<", "date_created_before", "date"),
        Field("DateCreated>", "date_created_after", "date"),
        Field("CallSid", "call_sid", "string"),
        Field("ConferenceSid", "conference_sid", "string"),
        Field("Page", "page", "integer"),
        Field("PageSize", "page_size", "integer"),
        Field("PageToken", "page_token", "string"),
    ),
    result="recording_list.RecordingList",
    items="recordings",
)
