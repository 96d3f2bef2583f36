"""Import a phone number: ``POST /Accounts/{AccountSid}/ImportedPhoneNumbers``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Required

from signalwire_compat._operation import Field, Operation, RequestOptions

if TYPE_CHECKING:
    from ...models.imported_phone_number_capability import (
        ImportedPhoneNumberCapability,
        ImportedPhoneNumberCapabilityLiteral,
    )
    from ...models.imported_phone_number_type import (
        ImportedPhoneNumberType,
        ImportedPhoneNumberTypeLiteral,
    )


__all__ = ["OPERATION", "CreateImportedPhoneNumberParams"]


class CreateImportedPhoneNumberParams(RequestOptions, total=False):
    """The arguments of ``create_imported_phone_number``; leave one out to leave it unset."""

    number: Required[str]
    """The number to import, in E.164 format (a + and 5 to 30 digits)."""
    number_type: Required[ImportedPhoneNumberType | ImportedPhoneNumberTypeLiteral]
    """Whether the number is a long code (a geographic number) or toll-free."""
    capabilities: Sequence[
        ImportedPhoneNumberCapability | ImportedPhoneNumberCapabilityLiteral
    ]
    """What to enable on the number, at least one; sent as the name repeated. Default is all
    four: sms, voice, fax and mms."""


OPERATION = Operation(
    name="create_imported_phone_number",
    method="POST",
    path="/Accounts/{AccountSid}/ImportedPhoneNumbers",
    path_params=(Field("AccountSid", "account_sid"),),
    body=(
        Field(
            "number",
            "number",
            "string",
            required=True,
            min_length=6,
            max_length=31,
            pattern="^\\+[0-9]{5,30}$",
        ),
        Field(
            "number_type",
            "number_type",
            "enum",
            choices=("longcode", "tollfree"),
            required=True,
        ),
        Field(
            "capabilities",
            "capabilities",
            "enum",
            choices=("sms", "voice", "fax", "mms"),
            array=True,
        ),
    ),
    body_required=True,
    content_type="application/x-www-form-urlencoded",
    result="incoming_phone_number.IncomingPhoneNumber",
)
