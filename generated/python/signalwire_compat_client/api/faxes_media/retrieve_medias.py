"""Retrieve a fax's media file: ``GET /Accounts/{AccountSid}/Faxes/{FaxSid}/Media/{MediaSid}.json``."""

from __future__ import annotations

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "RetrieveMediasParams"]


class RetrieveMediasParams(RequestOptions, total=False):
    """The arguments of ``retrieve_medias``."""


OPERATION = Operation(
    name="retrieve_medias",
    method="GET",
    path="/Accounts/{AccountSid}/Faxes/{FaxSid}/Media/{MediaSid}.json",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("FaxSid", "fax_sid"),
        Field("MediaSid", "media_sid"),
    ),
    result="fax_media.FaxMedia",
)
