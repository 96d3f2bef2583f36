"""``client.tokens``: generated from the spec's paths."""

from __future__ import annotations

from collections.abc import AsyncIterable, Iterable
from typing import TYPE_CHECKING, Unpack

from signalwire_compat._resource import (
    APIResponse,
    AsyncResource,
    RequestOptions,
    SyncResource,
)

from ..api.tokens import create_token, delete_token, update_token

if TYPE_CHECKING:
    from signalwire_compat._bulk import AsyncBulkRun, BulkOptions, BulkRun

    from ..models.token import Token

__all__ = ["AsyncTokens", "Tokens"]


class Tokens(SyncResource):
    """``client.tokens``: The API tokens that authenticate requests to a project."""

    def create(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[create_token.CreateTokenParams],
    ) -> Token:
        """Create an API token.

        Create an API token of the project (or, with subproject_id, of one of its
        subprojects), which authenticates requests together with the Project ID. The answer
        holds the token itself.

        API token scope: Management.
        """
        response: APIResponse[Token] = self._send(
            create_token.OPERATION, (account_sid,), params, options
        )
        return response.parsed

    def create_with_response(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[create_token.CreateTokenParams],
    ) -> APIResponse[Token]:
        """``create``, with the HTTP response."""
        return self._send(create_token.OPERATION, (account_sid,), params, options)

    def delete(
        self,
        token_id: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_token.DeleteTokenParams],
    ) -> None:
        """Delete an API token.

        Delete an API token; this cannot be undone. If the delete is successful, a 204
        response, with no body, is returned.

        API token scope: Management.
        """
        self._send(delete_token.OPERATION, (account_sid, token_id), params, options)

    def delete_with_response(
        self,
        token_id: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_token.DeleteTokenParams],
    ) -> APIResponse[None]:
        """``delete``, with the HTTP response."""
        return self._send(delete_token.OPERATION, (account_sid, token_id), params, options)

    def delete_many(
        self,
        token_ids: Iterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_token.DeleteTokenParams],
    ) -> BulkRun[None]:
        """``delete`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(delete_token.OPERATION, (account_sid,), token_ids, params, options, bulk)

    def update(
        self,
        token_id: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_token.UpdateTokenParams],
    ) -> Token:
        """Update an API token.

        Rename an API token or change its permissions; a field left out keeps its value. The
        body is JSON.

        API token scope: Management.
        """
        response: APIResponse[Token] = self._send(
            update_token.OPERATION, (account_sid, token_id), params, options
        )
        return response.parsed

    def update_with_response(
        self,
        token_id: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_token.UpdateTokenParams],
    ) -> APIResponse[Token]:
        """``update``, with the HTTP response."""
        return self._send(update_token.OPERATION, (account_sid, token_id), params, options)

    def update_many(
        self,
        token_ids: Iterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_token.UpdateTokenParams],
    ) -> BulkRun[Token]:
        """``update`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(update_token.OPERATION, (account_sid,), token_ids, params, options, bulk)


class AsyncTokens(AsyncResource):
    """``client.tokens`` of the async client."""

    async def create(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[create_token.CreateTokenParams],
    ) -> Token:
        """Create an API token.

        Create an API token of the project (or, with subproject_id, of one of its
        subprojects), which authenticates requests together with the Project ID. The answer
        holds the token itself.

        API token scope: Management.
        """
        response: APIResponse[Token] = await self._send(
            create_token.OPERATION, (account_sid,), params, options
        )
        return response.parsed

    async def create_with_response(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[create_token.CreateTokenParams],
    ) -> APIResponse[Token]:
        """``create``, with the HTTP response."""
        return await self._send(create_token.OPERATION, (account_sid,), params, options)

    async def delete(
        self,
        token_id: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_token.DeleteTokenParams],
    ) -> None:
        """Delete an API token.

        Delete an API token; this cannot be undone. If the delete is successful, a 204
        response, with no body, is returned.

        API token scope: Management.
        """
        await self._send(delete_token.OPERATION, (account_sid, token_id), params, options)

    async def delete_with_response(
        self,
        token_id: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_token.DeleteTokenParams],
    ) -> APIResponse[None]:
        """``delete``, with the HTTP response."""
        return await self._send(delete_token.OPERATION, (account_sid, token_id), params, options)

    def delete_many(
        self,
        token_ids: Iterable[str] | AsyncIterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_token.DeleteTokenParams],
    ) -> AsyncBulkRun[None]:
        """``delete`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(delete_token.OPERATION, (account_sid,), token_ids, params, options, bulk)

    async def update(
        self,
        token_id: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_token.UpdateTokenParams],
    ) -> Token:
        """Update an API token.

        Rename an API token or change its permissions; a field left out keeps its value. The
        body is JSON.

        API token scope: Management.
        """
        response: APIResponse[Token] = await self._send(
            update_token.OPERATION, (account_sid, token_id), params, options
        )
        return response.parsed

    async def update_with_response(
        self,
        token_id: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_token.UpdateTokenParams],
    ) -> APIResponse[Token]:
        """``update``, with the HTTP response."""
        return await self._send(update_token.OPERATION, (account_sid, token_id), params, options)

    def update_many(
        self,
        token_ids: Iterable[str] | AsyncIterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_token.UpdateTokenParams],
    ) -> AsyncBulkRun[Token]:
        """``update`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(update_token.OPERATION, (account_sid,), token_ids, params, options, bulk)
