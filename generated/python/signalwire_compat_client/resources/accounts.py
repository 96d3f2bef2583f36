"""``client.accounts``: generated from the spec's paths."""

from __future__ import annotations

from collections.abc import AsyncIterable, Iterable
from typing import TYPE_CHECKING, Unpack

from signalwire_compat._resource import (
    APIResponse,
    AsyncPager,
    AsyncResource,
    Pager,
    RequestOptions,
    SyncResource,
)

from ..api.accounts import create_subprojects, get_account, list_accounts, update_account

if TYPE_CHECKING:
    from signalwire_compat._bulk import AsyncBulkRun, BulkOptions, BulkRun

    from ..models.account import Account
    from ..models.account_list import AccountList

__all__ = ["Accounts", "AsyncAccounts"]


class Accounts(SyncResource):
    """``client.accounts``: The project itself and its subprojects."""

    def list(
        self,
        *,
        options: RequestOptions | None = None,
        **params: Unpack[list_accounts.ListAccountsParams],
    ) -> Pager[Account]:
        """List accounts.

        The project the credentials belong to, and each of its subprojects, one page at a
        time. Follow next_page_uri for the next page.

        API token scope: Management.
        """
        return self._pager(list_accounts.OPERATION, (), params, options)

    def list_with_response(
        self,
        *,
        options: RequestOptions | None = None,
        **params: Unpack[list_accounts.ListAccountsParams],
    ) -> APIResponse[AccountList]:
        """``list`` of one page, with the HTTP response."""
        return self._send(list_accounts.OPERATION, (), params, options)

    def create(
        self,
        *,
        options: RequestOptions | None = None,
        **params: Unpack[create_subprojects.CreateSubprojectsParams],
    ) -> Account:
        """Create a subproject.

        Create a subproject of the project the credentials belong to. The answer holds the
        subproject's signing key; no later answer does.

        API token scope: Management.
        """
        response: APIResponse[Account] = self._send(
            create_subprojects.OPERATION, (), params, options
        )
        return response.parsed

    def create_with_response(
        self,
        *,
        options: RequestOptions | None = None,
        **params: Unpack[create_subprojects.CreateSubprojectsParams],
    ) -> APIResponse[Account]:
        """``create``, with the HTTP response."""
        return self._send(create_subprojects.OPERATION, (), params, options)

    def fetch(
        self,
        account_sid: str,
        *,
        options: RequestOptions | None = None,
        **params: Unpack[get_account.GetAccountParams],
    ) -> Account:
        """Retrieve an account.

        Retrieve one project: the one the credentials belong to, or one of its subprojects.

        API token scope: Management.
        """
        response: APIResponse[Account] = self._send(
            get_account.OPERATION, (account_sid,), params, options
        )
        return response.parsed

    def fetch_with_response(
        self,
        account_sid: str,
        *,
        options: RequestOptions | None = None,
        **params: Unpack[get_account.GetAccountParams],
    ) -> APIResponse[Account]:
        """``fetch``, with the HTTP response."""
        return self._send(get_account.OPERATION, (account_sid,), params, options)

    def update(
        self,
        account_sid: str,
        *,
        options: RequestOptions | None = None,
        **params: Unpack[update_account.UpdateAccountParams],
    ) -> Account:
        """Update an account.

        Rename a project: the one the credentials belong to, or one of its subprojects.

        API token scope: Management.
        """
        response: APIResponse[Account] = self._send(
            update_account.OPERATION, (account_sid,), params, options
        )
        return response.parsed

    def update_with_response(
        self,
        account_sid: str,
        *,
        options: RequestOptions | None = None,
        **params: Unpack[update_account.UpdateAccountParams],
    ) -> APIResponse[Account]:
        """``update``, with the HTTP response."""
        return self._send(update_account.OPERATION, (account_sid,), params, options)

    def update_many(
        self,
        account_sids: Iterable[str],
        *,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_account.UpdateAccountParams],
    ) -> BulkRun[Account]:
        """``update`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(update_account.OPERATION, (), account_sids, params, options, bulk)


class AsyncAccounts(AsyncResource):
    """``client.accounts`` of the async client."""

    def list(
        self,
        *,
        options: RequestOptions | None = None,
        **params: Unpack[list_accounts.ListAccountsParams],
    ) -> AsyncPager[Account]:
        """List accounts.

        The project the credentials belong to, and each of its subprojects, one page at a
        time. Follow next_page_uri for the next page.

        API token scope: Management.
        """
        return self._pager(list_accounts.OPERATION, (), params, options)

    async def list_with_response(
        self,
        *,
        options: RequestOptions | None = None,
        **params: Unpack[list_accounts.ListAccountsParams],
    ) -> APIResponse[AccountList]:
        """``list`` of one page, with the HTTP response."""
        return await self._send(list_accounts.OPERATION, (), params, options)

    async def create(
        self,
        *,
        options: RequestOptions | None = None,
        **params: Unpack[create_subprojects.CreateSubprojectsParams],
    ) -> Account:
        """Create a subproject.

        Create a subproject of the project the credentials belong to. The answer holds the
        subproject's signing key; no later answer does.

        API token scope: Management.
        """
        response: APIResponse[Account] = await self._send(
            create_subprojects.OPERATION, (), params, options
        )
        return response.parsed

    async def create_with_response(
        self,
        *,
        options: RequestOptions | None = None,
        **params: Unpack[create_subprojects.CreateSubprojectsParams],
    ) -> APIResponse[Account]:
        """``create``, with the HTTP response."""
        return await self._send(create_subprojects.OPERATION, (), params, options)

    async def fetch(
        self,
        account_sid: str,
        *,
        options: RequestOptions | None = None,
        **params: Unpack[get_account.GetAccountParams],
    ) -> Account:
        """Retrieve an account.

        Retrieve one project: the one the credentials belong to, or one of its subprojects.

        API token scope: Management.
        """
        response: APIResponse[Account] = await self._send(
            get_account.OPERATION, (account_sid,), params, options
        )
        return response.parsed

    async def fetch_with_response(
        self,
        account_sid: str,
        *,
        options: RequestOptions | None = None,
        **params: Unpack[get_account.GetAccountParams],
    ) -> APIResponse[Account]:
        """``fetch``, with the HTTP response."""
        return await self._send(get_account.OPERATION, (account_sid,), params, options)

    async def update(
        self,
        account_sid: str,
        *,
        options: RequestOptions | None = None,
        **params: Unpack[update_account.UpdateAccountParams],
    ) -> Account:
        """Update an account.

        Rename a project: the one the credentials belong to, or one of its subprojects.

        API token scope: Management.
        """
        response: APIResponse[Account] = await self._send(
            update_account.OPERATION, (account_sid,), params, options
        )
        return response.parsed

    async def update_with_response(
        self,
        account_sid: str,
        *,
        options: RequestOptions | None = None,
        **params: Unpack[update_account.UpdateAccountParams],
    ) -> APIResponse[Account]:
        """``update``, with the HTTP response."""
        return await self._send(update_account.OPERATION, (account_sid,), params, options)

    def update_many(
        self,
        account_sids: Iterable[str] | AsyncIterable[str],
        *,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_account.UpdateAccountParams],
    ) -> AsyncBulkRun[Account]:
        """``update`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(update_account.OPERATION, (), account_sids, params, options, bulk)
