"""Retrieve a conference recording: ``GET /Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings/{RecordingSid}``."""

from __future__ import annotations

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "GetConferenceRecordingParams"]


class GetConferenceRecordingParams(RequestOptions, total=False):
    """The arguments of ``get_conference_recording``."""


OPERATION = Operation(
    name="get_conference_recording",
    method="GET",
    path="/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings/{RecordingSid}",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("ConferenceSid", "conference_sid"),
        Field("RecordingSid", "recording_sid"),
    ),
    result="recording.Recording",
)
