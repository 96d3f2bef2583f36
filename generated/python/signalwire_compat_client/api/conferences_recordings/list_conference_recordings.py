"""List conference recordings: ``GET /Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings``."""

from __future__ import annotations

import datetime

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "ListConferenceRecordingsParams"]


class ListConferenceRecordingsParams(RequestOptions, total=False):
    """The arguments of ``list_conference_recordings``."""

    date_created: str | datetime.date
    date_created_before: str | datetime.date
    date_created_after: str | datetime.date
    page: int
    page_size: int
    page_token: str


OPERATION = Operation(
    name="list_conference_recordings",
    method="GET",
    path="/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("ConferenceSid", "conference_sid"),
    ),
    query=(
        Field("DateCreated", "date_created", "date"),
        Field("DateCreated<", "date_created_before", "date"),
        Field("DateCreated>", "date_created_after", "date"),
        Field("Page", "page", "integer"),
        Field("PageSize", "page_size", "integer"),
        Field("PageToken", "page_token", "string"),
    ),
    result="recording_list.RecordingList",
    items="recordings",
)
