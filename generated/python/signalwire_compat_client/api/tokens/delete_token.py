"""Delete an API token: ``DELETE /Accounts/{AccountSid}/tokens/{token_id}``."""

from __future__ import annotations

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "DeleteTokenParams"]


class DeleteTokenParams(RequestOptions, total=False):
    """The arguments of ``delete_token``."""


OPERATION = Operation(
    name="delete_token",
    method="DELETE",
    path="/Accounts/{AccountSid}/tokens/{token_id}",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("token_id", "token_id"),
    ),
)
