"""Delete a recording: ``DELETE /Accounts/{AccountSid}/Recordings/{RecordingSid}``."""

from __future__ import annotations

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "DeleteRecordingParams"]


class DeleteRecordingParams(RequestOptions, total=False):
    """The arguments of ``delete_recording``."""


OPERATION = Operation(
    name="delete_recording",
    method="DELETE",
    path="/Accounts/{AccountSid}/Recordings/{RecordingSid}",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("RecordingSid", "recording_sid"),
    ),
)
