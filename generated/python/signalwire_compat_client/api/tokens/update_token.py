"""Update an API token: ``PATCH /Accounts/{AccountSid}/tokens/{token_id}``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from signalwire_compat._operation import Field, Operation, RequestOptions

if TYPE_CHECKING:
    from ...models.token_permission import TokenPermission, TokenPermissionLiteral


__all__ = ["OPERATION", "UpdateTokenParams"]


class UpdateTokenParams(RequestOptions, total=False):
    """The arguments of ``update_token``; leave one out to leave it unset."""

    name: str
    """The new name of the token."""
    permissions: Sequence[TokenPermission | TokenPermissionLiteral]
    """The token's new permissions, in place of the old ones."""


OPERATION = Operation(
    name="update_token",
    method="PATCH",
    path="/Accounts/{AccountSid}/tokens/{token_id}",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("token_id", "token_id"),
    ),
    body=(
        Field("name", "name", "string", min_length=1),
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
        ),
    ),
    body_required=True,
    content_type="application/json",
    result="token.Token",
)
