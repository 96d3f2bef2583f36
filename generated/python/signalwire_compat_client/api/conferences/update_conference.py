"""Update a conference: ``POST /Accounts/{AccountSid}/Conferences/{ConferenceSid}``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from signalwire_compat._operation import Field, Operation, RequestOptions

if TYPE_CHECKING:
    from ...models.http_method import HttpMethod, HttpMethodLiteral
    from ...models.update_conference_status import (
        UpdateConferenceStatus,
        UpdateConferenceStatusLiteral,
    )


__all__ = ["OPERATION", "UpdateConferenceParams"]


class UpdateConferenceParams(RequestOptions, total=False):
    """The arguments of ``update_conference``; leave one out to leave it unset."""

    status: UpdateConferenceStatus | UpdateConferenceStatusLiteral
    """completed ends the conference and removes every participant."""
    announce_url: str
    """The URL of an announcement to play to every participant."""
    announce_method: HttpMethod | HttpMethodLiteral
    """Whether the request to AnnounceUrl is a GET or a POST. Default is POST."""


OPERATION = Operation(
    name="update_conference",
    method="POST",
    path="/Accounts/{AccountSid}/Conferences/{ConferenceSid}",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("ConferenceSid", "conference_sid"),
    ),
    body=(
        Field("Status", "status", "enum", choices=("completed",)),
        Field("AnnounceUrl", "announce_url", "uri"),
        Field("AnnounceMethod", "announce_method", "enum", choices=("GET", "POST")),
    ),
    content_type="application/x-www-form-urlencoded",
    result="conference.Conference",
)
