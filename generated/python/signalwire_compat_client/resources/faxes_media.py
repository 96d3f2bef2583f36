"""``client.faxes.media``: generated from the spec's paths."""

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

from ..api.faxes_media import delete_fax_media, list_all_fax_media, retrieve_medias

if TYPE_CHECKING:
    from signalwire_compat._bulk import AsyncBulkRun, BulkOptions, BulkRun

    from ..models.fax_media import FaxMedia
    from ..models.fax_media_list import FaxMediaList

__all__ = ["AsyncFaxesMedia", "FaxesMedia"]


class FaxesMedia(SyncResource):
    """``client.faxes.media``: The document of a fax, kept as a media file."""

    def list(
        self,
        fax_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_all_fax_media.ListAllFaxMediaParams],
    ) -> Pager[FaxMedia]:
        """List a fax's media.

        The media files of a fax (the document sent or received), one page at a time. Follow
        next_page_uri for the next page.

        API token scope: Fax.
        """
        return self._pager(list_all_fax_media.OPERATION, (account_sid, fax_sid), params, options)

    def list_with_response(
        self,
        fax_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_all_fax_media.ListAllFaxMediaParams],
    ) -> APIResponse[FaxMediaList]:
        """``list`` of one page, with the HTTP response."""
        return self._send(list_all_fax_media.OPERATION, (account_sid, fax_sid), params, options)

    def fetch(
        self,
        fax_sid: str,
        media_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[retrieve_medias.RetrieveMediasParams],
    ) -> FaxMedia:
        """Retrieve a fax's media file.

        Retrieve the description of one media file of a fax (its content type, dates and uri)
        as JSON, from the media's URL with the .json suffix.

        The document itself is not JSON: it is at the media's uri without the .json suffix, in
        its own content type.

        API token scope: Fax.
        """
        response: APIResponse[FaxMedia] = self._send(
            retrieve_medias.OPERATION, (account_sid, fax_sid, media_sid), params, options
        )
        return response.parsed

    def fetch_with_response(
        self,
        fax_sid: str,
        media_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[retrieve_medias.RetrieveMediasParams],
    ) -> APIResponse[FaxMedia]:
        """``fetch``, with the HTTP response."""
        return self._send(
            retrieve_medias.OPERATION, (account_sid, fax_sid, media_sid), params, options
        )

    def delete(
        self,
        fax_sid: str,
        media_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_fax_media.DeleteFaxMediaParams],
    ) -> None:
        """Delete a fax's media file.

        Delete one media file of a fax. The media of a fax that is still queued, being
        processed, sent or received cannot be deleted (409). A successful delete answers 204,
        with no body.

        API token scope: Fax.
        """
        self._send(delete_fax_media.OPERATION, (account_sid, fax_sid, media_sid), params, options)

    def delete_with_response(
        self,
        fax_sid: str,
        media_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_fax_media.DeleteFaxMediaParams],
    ) -> APIResponse[None]:
        """``delete``, with the HTTP response."""
        return self._send(
            delete_fax_media.OPERATION, (account_sid, fax_sid, media_sid), params, options
        )

    def delete_many(
        self,
        fax_sid: str,
        media_sids: Iterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_fax_media.DeleteFaxMediaParams],
    ) -> BulkRun[None]:
        """``delete`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(
            delete_fax_media.OPERATION, (account_sid, fax_sid), media_sids, params, options, bulk
        )


class AsyncFaxesMedia(AsyncResource):
    """``client.faxes.media`` of the async client."""

    def list(
        self,
        fax_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_all_fax_media.ListAllFaxMediaParams],
    ) -> AsyncPager[FaxMedia]:
        """List a fax's media.

        The media files of a fax (the document sent or received), one page at a time. Follow
        next_page_uri for the next page.

        API token scope: Fax.
        """
        return self._pager(list_all_fax_media.OPERATION, (account_sid, fax_sid), params, options)

    async def list_with_response(
        self,
        fax_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_all_fax_media.ListAllFaxMediaParams],
    ) -> APIResponse[FaxMediaList]:
        """``list`` of one page, with the HTTP response."""
        return await self._send(
            list_all_fax_media.OPERATION, (account_sid, fax_sid), params, options
        )

    async def fetch(
        self,
        fax_sid: str,
        media_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[retrieve_medias.RetrieveMediasParams],
    ) -> FaxMedia:
        """Retrieve a fax's media file.

        Retrieve the description of one media file of a fax (its content type, dates and uri)
        as JSON, from the media's URL with the .json suffix.

        The document itself is not JSON: it is at the media's uri without the .json suffix, in
        its own content type.

        API token scope: Fax.
        """
        response: APIResponse[FaxMedia] = await self._send(
            retrieve_medias.OPERATION, (account_sid, fax_sid, media_sid), params, options
        )
        return response.parsed

    async def fetch_with_response(
        self,
        fax_sid: str,
        media_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[retrieve_medias.RetrieveMediasParams],
    ) -> APIResponse[FaxMedia]:
        """``fetch``, with the HTTP response."""
        return await self._send(
            retrieve_medias.OPERATION, (account_sid, fax_sid, media_sid), params, options
        )

    async def delete(
        self,
        fax_sid: str,
        media_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_fax_media.DeleteFaxMediaParams],
    ) -> None:
        """Delete a fax's media file.

        Delete one media file of a fax. The media of a fax that is still queued, being
        processed, sent or received cannot be deleted (409). A successful delete answers 204,
        with no body.

        API token scope: Fax.
        """
        await self._send(
            delete_fax_media.OPERATION, (account_sid, fax_sid, media_sid), params, options
        )

    async def delete_with_response(
        self,
        fax_sid: str,
        media_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_fax_media.DeleteFaxMediaParams],
    ) -> APIResponse[None]:
        """``delete``, with the HTTP response."""
        return await self._send(
            delete_fax_media.OPERATION, (account_sid, fax_sid, media_sid), params, options
        )

    def delete_many(
        self,
        fax_sid: str,
        media_sids: Iterable[str] | AsyncIterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_fax_media.DeleteFaxMediaParams],
    ) -> AsyncBulkRun[None]:
        """``delete`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(
            delete_fax_media.OPERATION, (account_sid, fax_sid), media_sids, params, options, bulk
        )
