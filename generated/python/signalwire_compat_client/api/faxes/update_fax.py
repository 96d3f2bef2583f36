"""Cancel a fax: ``POST /Accounts/{AccountSid}/Faxes/{FaxSid}``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Required

from signalwire_compat._operation import Field, Operation, RequestOptions

if TYPE_CHECKING:
    from ...models.update_fax_status import UpdateFaxStatus, UpdateFaxStatusLiteral


__all__ = ["OPERATION", "UpdateFaxParams"]


class UpdateFaxParams(RequestOptions, total=False):
    """The arguments of ``update_fax``; leave one out to leave it unset."""

    status: Required[UpdateFaxStatus | UpdateFaxStatusLiteral]
    """The new status of the fax; it must be canceled."""


OPERATION = Operation(
    name="update_fax",
    method="POST",
    path="/Accounts/{AccountSid}/Faxes/{FaxSid}",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("FaxSid", "fax_sid"),
    ),
    body=(Field("Status", "status", "enum", choices=("canceled",), required=True),),
    body_required=True,
    content_type="application/x-www-form-urlencoded",
    result="fax.Fax",
)
