"""``client.faxes``: generated from the spec's paths."""

from __future__ import annotations

import functools
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

from ..api.faxes import delete_fax, list_all_faxes, retrieve_fax, send_fax, update_fax

if TYPE_CHECKING:
    from signalwire_compat._bulk import AsyncBulkRun, BulkOptions, BulkRun

    from ..models.fax import Fax
    from ..models.fax_list import FaxList
    from .faxes_media import AsyncFaxesMedia, FaxesMedia

__all__ = ["AsyncFaxes", "Faxes"]


class Faxes(SyncResource):
    """``client.faxes``: Faxes a project sent or received."""

    @functools.cached_property
    def media(self) -> FaxesMedia:
        """``client.faxes.media``: The document of a fax, kept as a media file."""
        from .faxes_media import FaxesMedia

        return FaxesMedia(self._client)

    def list(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_all_faxes.ListAllFaxesParams],
    ) -> Pager[Fax]:
        """List faxes.

        The faxes of the project, sent and received, newest first, one page at a time. Follow
        next_page_uri for the next page.

        API token scope: Fax.
        """
        return self._pager(list_all_faxes.OPERATION, (account_sid,), params, options)

    def list_with_response(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_all_faxes.ListAllFaxesParams],
    ) -> APIResponse[FaxList]:
        """``list`` of one page, with the HTTP response."""
        return self._send(list_all_faxes.OPERATION, (account_sid,), params, options)

    def create(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[send_fax.SendFaxParams],
    ) -> Fax:
        """Send a fax.

        Send the document at MediaUrl as a fax from From to To. The new fax is queued; with a
        StatusCallback, SignalWire reports each change of its status there.

        API token scope: Fax.
        """
        response: APIResponse[Fax] = self._send(send_fax.OPERATION, (account_sid,), params, options)
        return response.parsed

    def create_with_response(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[send_fax.SendFaxParams],
    ) -> APIResponse[Fax]:
        """``create``, with the HTTP response."""
        return self._send(send_fax.OPERATION, (account_sid,), params, options)

    def fetch(
        self,
        fax_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[retrieve_fax.RetrieveFaxParams],
    ) -> Fax:
        """Retrieve a fax.

        API token scope: Fax.
        """
        response: APIResponse[Fax] = self._send(
            retrieve_fax.OPERATION, (account_sid, fax_sid), params, options
        )
        return response.parsed

    def fetch_with_response(
        self,
        fax_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[retrieve_fax.RetrieveFaxParams],
    ) -> APIResponse[Fax]:
        """``fetch``, with the HTTP response."""
        return self._send(retrieve_fax.OPERATION, (account_sid, fax_sid), params, options)

    def update(
        self,
        fax_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_fax.UpdateFaxParams],
    ) -> Fax:
        """Cancel a fax.

        Cancel a fax: set its Status to canceled. That is the only change the service accepts,
        and only while the fax is queued.

        API token scope: Fax.
        """
        response: APIResponse[Fax] = self._send(
            update_fax.OPERATION, (account_sid, fax_sid), params, options
        )
        return response.parsed

    def update_with_response(
        self,
        fax_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_fax.UpdateFaxParams],
    ) -> APIResponse[Fax]:
        """``update``, with the HTTP response."""
        return self._send(update_fax.OPERATION, (account_sid, fax_sid), params, options)

    def update_many(
        self,
        fax_sids: Iterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_fax.UpdateFaxParams],
    ) -> BulkRun[Fax]:
        """``update`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(update_fax.OPERATION, (account_sid,), fax_sids, params, options, bulk)

    def delete(
        self,
        fax_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_fax.DeleteFaxParams],
    ) -> None:
        """Delete a fax.

        Delete a fax from the project. A fax that is still being processed, sent or received
        cannot be deleted (409). A successful delete answers 204, with no body.

        API token scope: Fax.
        """
        self._send(delete_fax.OPERATION, (account_sid, fax_sid), params, options)

    def delete_with_response(
        self,
        fax_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_fax.DeleteFaxParams],
    ) -> APIResponse[None]:
        """``delete``, with the HTTP response."""
        return self._send(delete_fax.OPERATION, (account_sid, fax_sid), params, options)

    def delete_many(
        self,
        fax_sids: Iterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_fax.DeleteFaxParams],
    ) -> BulkRun[None]:
        """``delete`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(delete_fax.OPERATION, (account_sid,), fax_sids, params, options, bulk)


class AsyncFaxes(AsyncResource):
    """``client.faxes`` of the async client."""

    @functools.cached_property
    def media(self) -> AsyncFaxesMedia:
        """``client.faxes.media``: The document of a fax, kept as a media file."""
        from .faxes_media import AsyncFaxesMedia

        return AsyncFaxesMedia(self._client)

    def list(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_all_faxes.ListAllFaxesParams],
    ) -> AsyncPager[Fax]:
        """List faxes.

        The faxes of the project, sent and received, newest first, one page at a time. Follow
        next_page_uri for the next page.

        API token scope: Fax.
        """
        return self._pager(list_all_faxes.OPERATION, (account_sid,), params, options)

    async def list_with_response(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_all_faxes.ListAllFaxesParams],
    ) -> APIResponse[FaxList]:
        """``list`` of one page, with the HTTP response."""
        return await self._send(list_all_faxes.OPERATION, (account_sid,), params, options)

    async def create(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[send_fax.SendFaxParams],
    ) -> Fax:
        """Send a fax.

        Send the document at MediaUrl as a fax from From to To. The new fax is queued; with a
        StatusCallback, SignalWire reports each change of its status there.

        API token scope: Fax.
        """
        response: APIResponse[Fax] = await self._send(
            send_fax.OPERATION, (account_sid,), params, options
        )
        return response.parsed

    async def create_with_response(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[send_fax.SendFaxParams],
    ) -> APIResponse[Fax]:
        """``create``, with the HTTP response."""
        return await self._send(send_fax.OPERATION, (account_sid,), params, options)

    async def fetch(
        self,
        fax_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[retrieve_fax.RetrieveFaxParams],
    ) -> Fax:
        """Retrieve a fax.

        API token scope: Fax.
        """
        response: APIResponse[Fax] = await self._send(
            retrieve_fax.OPERATION, (account_sid, fax_sid), params, options
        )
        return response.parsed

    async def fetch_with_response(
        self,
        fax_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[retrieve_fax.RetrieveFaxParams],
    ) -> APIResponse[Fax]:
        """``fetch``, with the HTTP response."""
        return await self._send(retrieve_fax.OPERATION, (account_sid, fax_sid), params, options)

    async def update(
        self,
        fax_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_fax.UpdateFaxParams],
    ) -> Fax:
        """Cancel a fax.

        Cancel a fax: set its Status to canceled. That is the only change the service accepts,
        and only while the fax is queued.

        API token scope: Fax.
        """
        response: APIResponse[Fax] = await self._send(
            update_fax.OPERATION, (account_sid, fax_sid), params, options
        )
        return response.parsed

    async def update_with_response(
        self,
        fax_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_fax.UpdateFaxParams],
    ) -> APIResponse[Fax]:
        """``update``, with the HTTP response."""
        return await self._send(update_fax.OPERATION, (account_sid, fax_sid), params, options)

    def update_many(
        self,
        fax_sids: Iterable[str] | AsyncIterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_fax.UpdateFaxParams],
    ) -> AsyncBulkRun[Fax]:
        """``update`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(update_fax.OPERATION, (account_sid,), fax_sids, params, options, bulk)

    async def delete(
        self,
        fax_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_fax.DeleteFaxParams],
    ) -> None:
        """Delete a fax.

        Delete a fax from the project. A fax that is still being processed, sent or received
        cannot be deleted (409). A successful delete answers 204, with no body.

        API token scope: Fax.
        """
        await self._send(delete_fax.OPERATION, (account_sid, fax_sid), params, options)

    async def delete_with_response(
        self,
        fax_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_fax.DeleteFaxParams],
    ) -> APIResponse[None]:
        """``delete``, with the HTTP response."""
        return await self._send(delete_fax.OPERATION, (account_sid, fax_sid), params, options)

    def delete_many(
        self,
        fax_sids: Iterable[str] | AsyncIterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_fax.DeleteFaxParams],
    ) -> AsyncBulkRun[None]:
        """``delete`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(delete_fax.OPERATION, (account_sid,), fax_sids, params, options, bulk)
