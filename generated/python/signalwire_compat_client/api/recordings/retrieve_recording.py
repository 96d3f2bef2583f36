"""Retrieve a recording: ``GET /Accounts/{AccountSid}/Recordings/{RecordingSid}.json``."""

from __future__ import annotations

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "RetrieveRecordingParams"]


class RetrieveRecordingParams(RequestOptions, total=False):
    """The arguments of ``retrieve_recording``."""


OPERATION = Operation(
    name="retrieve_recording",
    method="GET",
    path="/Accounts/{AccountSid}/Recordings/{RecordingSid}.json",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("RecordingSid", "recording_sid"),
    ),
    result="recording.Recording",
)
