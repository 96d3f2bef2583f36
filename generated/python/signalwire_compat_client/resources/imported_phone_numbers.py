"""``client.imported_phone_numbers``: generated from the spec's paths."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from signalwire_compat._resource import (
    APIResponse,
    AsyncResource,
    RequestOptions,
    SyncResource,
)

from ..api.imported_phone_numbers import create_imported_phone_number

if TYPE_CHECKING:
    from ..models.incoming_phone_number import IncomingPhoneNumber

__all__ = ["AsyncImportedPhoneNumbers", "ImportedPhoneNumbers"]


class ImportedPhoneNumbers(SyncResource):
    """``client.imported_phone_numbers``: Numbers held with another carrier, brought into a project."""

    def create(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[create_imported_phone_number.CreateImportedPhoneNumberParams],
    ) -> IncomingPhoneNumber:
        """Import a phone number.

        Bring a number the project holds with another carrier into the project, so that
        SignalWire's APIs can use it; it then is one of the project's incoming phone numbers.
        A partner feature: SignalWire enables it on a space on request.

        API token scope: Numbers.
        """
        response: APIResponse[IncomingPhoneNumber] = self._send(
            create_imported_phone_number.OPERATION, (account_sid,), params, options
        )
        return response.parsed

    def create_with_response(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[create_imported_phone_number.CreateImportedPhoneNumberParams],
    ) -> APIResponse[IncomingPhoneNumber]:
        """``create``, with the HTTP response."""
        return self._send(create_imported_phone_number.OPERATION, (account_sid,), params, options)


class AsyncImportedPhoneNumbers(AsyncResource):
    """``client.imported_phone_numbers`` of the async client."""

    async def create(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[create_imported_phone_number.CreateImportedPhoneNumberParams],
    ) -> IncomingPhoneNumber:
        """Import a phone number.

        Bring a number the project holds with another carrier into the project, so that
        SignalWire's APIs can use it; it then is one of the project's incoming phone numbers.
        A partner feature: SignalWire enables it on a space on request.

        API token scope: Numbers.
        """
        response: APIResponse[IncomingPhoneNumber] = await self._send(
            create_imported_phone_number.OPERATION, (account_sid,), params, options
        )
        return response.parsed

    async def create_with_response(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[create_imported_phone_number.CreateImportedPhoneNumberParams],
    ) -> APIResponse[IncomingPhoneNumber]:
        """``create``, with the HTTP response."""
        return await self._send(
            create_imported_phone_number.OPERATION, (account_sid,), params, options
        )
