"""Update an account: ``POST /Accounts/{AccountSid}``."""

from __future__ import annotations

from typing import Required

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "UpdateAccountParams"]


class UpdateAccountParams(RequestOptions, total=False):
    """The arguments of ``update_account``; leave one out to leave it unset."""

    friendly_name: Required[str]
    """The new name of the project, up to 250 characters."""


OPERATION = Operation(
    name="update_account",
    method="POST",
    path="/Accounts/{AccountSid}",
    path_params=(Field("AccountSid", "account_sid"),),
    body=(
        Field("FriendlyName", "friendly_name", "string", required=True, max_length=250),
    ),
    body_required=True,
    content_type="application/x-www-form-urlencoded",
    result="account.Account",
)
