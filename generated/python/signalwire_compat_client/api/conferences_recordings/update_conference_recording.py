"""Update a conference recording: ``POST /Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings/{RecordingSid}``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Required

from signalwire_compat._operation import Field, Operation, RequestOptions

if TYPE_CHECKING:
    from ...models.update_recording_request_pause_behavior import (
        UpdateRecordingRequestPauseBehavior,
        UpdateRecordingRequestPauseBehaviorLiteral,
    )
    from ...models.update_recording_status import (
        UpdateRecordingStatus,
        UpdateRecordingStatusLiteral,
    )


__all__ = ["OPERATION", "UpdateConferenceRecordingParams"]


class UpdateConferenceRecordingParams(RequestOptions, total=False):
    """The arguments of ``update_conference_recording``; leave one out to leave it unset."""

    status: Required[UpdateRecordingStatus | UpdateRecordingStatusLiteral]
    """The status to move the recording to."""
    pause_behavior: (
        UpdateRecordingRequestPauseBehavior | UpdateRecordingRequestPauseBehaviorLiteral
    )
    """While the recording is paused: silence records silence, skip leaves the pause out. Default
    is silence."""


OPERATION = Operation(
    name="update_conference_recording",
    method="POST",
    path="/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings/{RecordingSid}",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("ConferenceSid", "conference_sid"),
        Field("RecordingSid", "recording_sid"),
    ),
    body=(
        Field(
            "Status",
            "status",
            "enum",
            choices=("paused", "in-progress", "stopped"),
            required=True,
        ),
        Field("PauseBehavior", "pause_behavior", "enum", choices=("skip", "silence")),
    ),
    body_required=True,
    content_type="application/x-www-form-urlencoded",
    result="recording.Recording",
)
