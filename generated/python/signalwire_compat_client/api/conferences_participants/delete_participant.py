"""Delete a participant: ``DELETE /Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}``."""

from __future__ import annotations

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "DeleteParticipantParams"]


class DeleteParticipantParams(RequestOptions, total=False):
    """The arguments of ``delete_participant``."""


OPERATION = Operation(
    name="delete_participant",
    method="DELETE",
    path="/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("ConferenceSid", "conference_sid"),
        Field("CallSid", "call_sid"),
    ),
)
