"""Stop a stream: ``POST /Accounts/{AccountSid}/Calls/{CallSid}/Streams/{StreamSid}``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Required

from signalwire_compat._operation import Field, Operation, RequestOptions

if TYPE_CHECKING:
    from ...models.update_stream_status import (
        UpdateStreamStatus,
        UpdateStreamStatusLiteral,
    )


__all__ = ["OPERATION", "UpdateStreamParams"]


class UpdateStreamParams(RequestOptions, total=False):
    """The arguments of ``update_stream``; leave one out to leave it unset."""

    status: Required[UpdateStreamStatus | UpdateStreamStatusLiteral]
    """The status to move the stream to."""


OPERATION = Operation(
    name="update_stream",
    method="POST",
    path="/Accounts/{AccountSid}/Calls/{CallSid}/Streams/{StreamSid}",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("CallSid", "call_sid"),
        Field("StreamSid", "stream_sid"),
    ),
    body=(Field("Status", "status", "enum", choices=("stopped",), required=True),),
    body_required=True,
    content_type="application/x-www-form-urlencoded",
    result="stream.Stream",
)
