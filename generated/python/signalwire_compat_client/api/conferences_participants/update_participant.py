"""Update a participant: ``POST /Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from signalwire_compat._operation import Field, Operation, RequestOptions

if TYPE_CHECKING:
    from ...models.http_method import HttpMethod, HttpMethodLiteral


__all__ = ["OPERATION", "UpdateParticipantParams"]


class UpdateParticipantParams(RequestOptions, total=False):
    """The arguments of ``update_participant``; leave one out to leave it unset."""

    muted: bool
    """Whether the participant is muted (it hears the others, they do not hear it)."""
    hold: bool
    """Whether the participant is on hold; while on hold it hears HoldUrl."""
    hold_url: str
    """The URL of the music or instructions played to the participant while it is on hold."""
    hold_method: HttpMethod | HttpMethodLiteral
    """Whether the request to HoldUrl is a GET or a POST. Default is GET."""
    announce_url: str
    """The URL of an announcement to play to this participant."""
    announce_method: HttpMethod | HttpMethodLiteral
    """Whether the request to AnnounceUrl is a GET or a POST. Default is POST."""
    wait_url: str
    """The URL of the music played to the participant until the conference starts."""
    wait_method: HttpMethod | HttpMethodLiteral
    """Whether the request to WaitUrl is a GET or a POST. Default is POST."""
    coaching: bool
    """Whether the participant coaches another one: only the call named by CallSidToCoach hears
    it. true needs CallSidToCoach."""
    call_sid_to_coach: str
    """The call sid of the participant to coach; needed when Coaching is true."""


OPERATION = Operation(
    name="update_participant",
    method="POST",
    path="/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("ConferenceSid", "conference_sid"),
        Field("CallSid", "call_sid"),
    ),
    body=(
        Field("Muted", "muted", "boolean"),
        Field("Hold", "hold", "boolean"),
        Field("HoldUrl", "hold_url", "uri"),
        Field("HoldMethod", "hold_method", "enum", choices=("GET", "POST")),
        Field("AnnounceUrl", "announce_url", "uri"),
        Field("AnnounceMethod", "announce_method", "enum", choices=("GET", "POST")),
        Field("WaitUrl", "wait_url", "uri"),
        Field("WaitMethod", "wait_method", "enum", choices=("GET", "POST")),
        Field("Coaching", "coaching", "boolean"),
        Field("CallSidToCoach", "call_sid_to_coach", "string"),
    ),
    body_required=True,
    content_type="application/x-www-form-urlencoded",
    result="participant.Participant",
)
