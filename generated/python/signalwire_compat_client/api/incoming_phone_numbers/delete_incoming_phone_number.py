"""Release a phone number: ``DELETE /Accounts/{AccountSid}/IncomingPhoneNumbers/{IncomingPhoneNumberSid}``."""

from __future__ import annotations

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "DeleteIncomingPhoneNumberParams"]


class DeleteIncomingPhoneNumberParams(RequestOptions, total=False):
    """The arguments of ``delete_incoming_phone_number``."""


OPERATION = Operation(
    name="delete_incoming_phone_number",
    method="DELETE",
    path="/Accounts/{AccountSid}/IncomingPhoneNumbers/{IncomingPhoneNumberSid}",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("IncomingPhoneNumberSid", "incoming_phone_number_sid"),
    ),
)
