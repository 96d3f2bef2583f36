"""Retrieve a call: ``GET /Accounts/{AccountSid}/Calls/{CallSid}``."""

from __future__ import annotations

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "FetchACallParams"]


class FetchACallParams(RequestOptions, total=False):
    """The arguments of ``fetch_a_call``."""


OPERATION = Operation(
    name="fetch_a_call",
    method="GET",
    path="/Accounts/{AccountSid}/Calls/{CallSid}",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("CallSid", "call_sid"),
    ),
    result="call.Call",
)
