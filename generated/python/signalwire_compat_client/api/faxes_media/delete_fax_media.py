"""Delete a fax's media file: ``DELETE /Accounts/{AccountSid}/Faxes/{FaxSid}/Media/{MediaSid}``."""

from __future__ import annotations

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "DeleteFaxMediaParams"]


class DeleteFaxMediaParams(RequestOptions, total=False):
    """The arguments of ``delete_fax_media``."""


OPERATION = Operation(
    name="delete_fax_media",
    method="DELETE",
    path="/Accounts/{AccountSid}/Faxes/{FaxSid}/Media/{MediaSid}",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("FaxSid", "fax_sid"),
        Field("MediaSid", "media_sid"),
    ),
)
