"""Stop a conference stream: ``POST /Accounts/{AccountSid}/Conferences/{ConferenceSid}/Streams/{StreamSid}``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Required

from signalwire_compat._operation import Field, Operation, RequestOptions

if TYPE_CHECKING:
    from ...models.update_stream_status import (
        UpdateStreamStatus,
        UpdateStreamStatusLiteral,
    )


__all__ = ["OPERATION", "UpdateConferenceStreamParams"]


class UpdateConferenceStreamParams(RequestOptions, total=False):
    """The arguments of ``update_conference_stream``; leave one out to leave it unset."""

    status: Required[UpdateStreamStatus | UpdateStreamStatusLiteral]
    """The status to move the stream to."""


OPERATION = Operation(
    name="update_conference_stream",
    method="POST",
    path="/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Streams/{StreamSid}",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("ConferenceSid", "conference_sid"),
        Field("StreamSid", "stream_sid"),
    ),
    body=(Field("Status", "status", "enum", choices=("stopped",), required=True),),
    body_required=True,
    content_type="application/x-www-form-urlencoded",
    result="stream.Stream",
)
