"""Create an API token: ``POST /Accounts/{AccountSid}/tokens``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Required

from signalwire_compat._operation import Field, Operation, RequestOptions

if TYPE_CHECKING:
    from ...models.token_permission import TokenPermission, TokenPermissionLiteral


__all__ = ["OPERATION", "CreateTokenParams"]


class CreateTokenParams(RequestOptions, total=False):
    """The arguments of ``create_token``; leave one out to leave it unset."""

    name: Required[str]
    """The name of the token."""
    permissions: Required[Sequence[TokenPermission | TokenPermissionLiteral]]
    """What the token may be used for; at least one permission."""
    subproject_id: str
    """The Project ID of the subproject the token is for; it must be a subproject of this
    project. Left out, the token is the project's own."""


OPERATION = Operation(
    name="create_token",
    method="POST",
    path="/Accounts/{AccountSid}/tokens",
    path_params=(Field("AccountSid", "account_sid"),),
    body=(
        Field("name", "name", "string", required=True, min_length=1),
        Field(
            "permissions",
            "permissions",
            "enum",
            choices=(
                "calling",
                "chat",
                "datasphere",
                "fax",
                "management",
                "messaging",
                "numbers",
                "pubsub",
                "storage",
                "tasking",
                "video",
            ),
            array=True,
            required=True,
        ),
        Field("subproject_id", "subproject_id", "string"),
    ),
    body_required=True,
    content_type="application/x-www-form-urlencoded",
    result="token.Token",
)
