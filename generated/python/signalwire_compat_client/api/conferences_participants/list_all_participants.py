"""List participants: ``GET /Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants``."""

from __future__ import annotations

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "ListAllParticipantsParams"]


class ListAllParticipantsParams(RequestOptions, total=False):
    """The arguments of ``list_all_participants``."""

    muted: bool
    hold: bool
    page: int
    page_size: int
    page_token: str


OPERATION = Operation(
    name="list_all_participants",
    method="GET",
    path="/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("ConferenceSid", "conference_sid"),
    ),
    query=(
        Field("Muted", "muted", "boolean"),
        Field("Hold", "hold", "boolean"),
        Field("Page", "page", "integer"),
        Field("PageSize", "page_size", "integer"),
        Field("PageToken", "page_token", "string"),
    ),
    result="participant_list.ParticipantList",
    items="participants",
)
