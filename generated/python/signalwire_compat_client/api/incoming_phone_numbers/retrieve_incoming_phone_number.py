"""Retrieve a phone number: ``GET /Accounts/{AccountSid}/IncomingPhoneNumbers/{IncomingPhoneNumberSid}``."""

from __future__ import annotations

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "RetrieveIncomingPhoneNumberParams"]


class RetrieveIncomingPhoneNumberParams(RequestOptions, total=False):
    """The arguments of ``retrieve_incoming_phone_number``."""


OPERATION = Operation(
    name="retrieve_incoming_phone_number",
    method="GET",
    path="/Accounts/{AccountSid}/IncomingPhoneNumbers/{IncomingPhoneNumberSid}",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("IncomingPhoneNumberSid", "incoming_phone_number_sid"),
    ),
    result="incoming_phone_number.IncomingPhoneNumber",
)
