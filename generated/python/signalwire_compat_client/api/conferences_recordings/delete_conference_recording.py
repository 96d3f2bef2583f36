"""Delete a conference recording: ``DELETE /Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings/{RecordingSid}``."""

from __future__ import annotations

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "DeleteConferenceRecordingParams"]


class DeleteConferenceRecordingParams(RequestOptions, total=False):
    """The arguments of ``delete_conference_recording``."""


OPERATION = Operation(
    name="delete_conference_recording",
    method="DELETE",
    path="/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings/{RecordingSid}",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("ConferenceSid", "conference_sid"),
        Field("RecordingSid", "recording_sid"),
    ),
)
