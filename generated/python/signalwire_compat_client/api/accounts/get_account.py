"""Retrieve an account: ``GET /Accounts/{AccountSid}``."""

from __future__ import annotations

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "GetAccountParams"]


class GetAccountParams(RequestOptions, total=False):
    """The arguments of ``get_account``."""


OPERATION = Operation(
    name="get_account",
    method="GET",
    path="/Accounts/{AccountSid}",
    path_params=(Field("AccountSid", "account_sid"),),
    result="account.Account",
)
