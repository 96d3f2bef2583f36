"""List conferences: ``GET /Accounts/{AccountSid}/Conferences``."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from signalwire_compat._operation import Field, Operation, RequestOptions

if TYPE_CHECKING:
    from ...models.conference_status import ConferenceStatus, ConferenceStatusLiteral


__all__ = ["OPERATION", "ListAllConferencesParams"]


class ListAllConferencesParams(RequestOptions, total=False):
    """The arguments of ``list_all_conferences``."""

    date_created: str | datetime.date
    date_created_before: str | datetime.date
    date_created_after: str | datetime.date
    date_updated: str | datetime.date
    date_updated_before: str | datetime.date
    date_updated_after: str | datetime.date
    friendly_name: str
    status: ConferenceStatus | ConferenceStatusLiteral
    """The status of a conference."""
    page: int
    page_size: int
    page_token: str


OPERATION = Operation(
    name="list_all_conferences",
    method="GET",
    path="/Accounts/{AccountSid}/Conferences",
    path_params=(Field("AccountSid", "account_sid"),),
    query=(
        Field("DateCreated", "date_created", "date"),
        Field("DateCreated<", "date_created_before", "date"),
        Field("DateCreated>", "date_created_after", "date"),
        Field("DateUpdated", "date_updated", "date"),
        Field("DateUpdated<", "date_updated_before", "date"),
        Field("DateUpdated>", "date_updated_after", "date"),
        Field("FriendlyName", "friendly_name", "string"),
        Field("Status", "status", "enum", choices=("init", "in-progress", "completed")),
        Field("Page", "page", "integer"),
        Field("PageSize", "page_size", "integer"),
        Field("PageToken", "page_token", "string"),
    ),
    result="conference_list.ConferenceList",
    items="conferences",
)
