"""Retrieve a conference: ``GET /Accounts/{AccountSid}/Conferences/{ConferenceSid}``."""

from __future__ import annotations

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "RetrieveConferenceParams"]


class RetrieveConferenceParams(RequestOptions, total=False):
    """The arguments of ``retrieve_conference``."""


OPERATION = Operation(
    name="retrieve_conference",
    method="GET",
    path="/Accounts/{AccountSid}/Conferences/{ConferenceSid}",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("ConferenceSid", "conference_sid"),
    ),
    result="conference.Conference",
)
