"""Retrieve a participant: ``GET /Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}``."""

from __future__ import annotations

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "RetrieveParticipantParams"]


class RetrieveParticipantParams(RequestOptions, total=False):
    """The arguments of ``retrieve_participant``."""


OPERATION = Operation(
    name="retrieve_participant",
    method="GET",
    path="/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("ConferenceSid", "conference_sid"),
        Field("CallSid", "call_sid"),
    ),
    result="participant.Participant",
)
