"""Retrieve a fax: ``GET /Accounts/{AccountSid}/Faxes/{FaxSid}``."""

from __future__ import annotations

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "RetrieveFaxParams"]


class RetrieveFaxParams(RequestOptions, total=False):
    """The arguments of ``retrieve_fax``."""


OPERATION = Operation(
    name="retrieve_fax",
    method="GET",
    path="/Accounts/{AccountSid}/Faxes/{FaxSid}",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("FaxSid", "fax_sid"),
    ),
    result="fax.Fax",
)
