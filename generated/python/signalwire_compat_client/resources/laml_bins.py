"""``client.laml_bins``: generated from the spec's paths."""

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

from ..api.laml_bins import (
    create_cxml_script,
    delete_cxml_script,
    list_cxml_scripts,
    retrieve_cxml_script,
    update_cxml_script,
)

if TYPE_CHECKING:
    from signalwire_compat._bulk import AsyncBulkRun, BulkOptions, BulkRun

    from ..models.laml_bin import LamlBin
    from ..models.laml_bin_list import LamlBinList

__all__ = ["AsyncLamlBins", "LamlBins"]


class LamlBins(SyncResource):
    """``client.laml_bins``: cXML documents stored and served by SignalWire (LaML bins), each at its own URL."""

    def list(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_cxml_scripts.ListCxmlScriptsParams],
    ) -> Pager[LamlBin]:
        """List cXML scripts.

        The cXML scripts (LaML bins) of the project, newest first, one page at a time. Follow
        next_page_uri for the next page.

        Permissions: the API token must include one of the following scopes: Voice, Messaging
        or Fax.
        """
        return self._pager(list_cxml_scripts.OPERATION, (account_sid,), params, options)

    def list_with_response(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_cxml_scripts.ListCxmlScriptsParams],
    ) -> APIResponse[LamlBinList]:
        """``list`` of one page, with the HTTP response."""
        return self._send(list_cxml_scripts.OPERATION, (account_sid,), params, options)

    def create(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[create_cxml_script.CreateCxmlScriptParams],
    ) -> LamlBin:
        """Create a cXML script.

        Store a cXML document on SignalWire. The service serves it at the script's request_url,
        which a call, a phone number or an application can use as its XML instructions URL.

        Permissions: the API token must include one of the following scopes: Voice, Messaging
        or Fax.
        """
        response: APIResponse[LamlBin] = self._send(
            create_cxml_script.OPERATION, (account_sid,), params, options
        )
        return response.parsed

    def create_with_response(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[create_cxml_script.CreateCxmlScriptParams],
    ) -> APIResponse[LamlBin]:
        """``create``, with the HTTP response."""
        return self._send(create_cxml_script.OPERATION, (account_sid,), params, options)

    def fetch(
        self,
        laml_bin_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[retrieve_cxml_script.RetrieveCxmlScriptParams],
    ) -> LamlBin:
        """Retrieve a cXML script.

        Retrieve one cXML script, with its contents and how often it has been requested.

        Permissions: the API token must include one of the following scopes: Voice, Messaging
        or Fax.
        """
        response: APIResponse[LamlBin] = self._send(
            retrieve_cxml_script.OPERATION, (account_sid, laml_bin_sid), params, options
        )
        return response.parsed

    def fetch_with_response(
        self,
        laml_bin_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[retrieve_cxml_script.RetrieveCxmlScriptParams],
    ) -> APIResponse[LamlBin]:
        """``fetch``, with the HTTP response."""
        return self._send(
            retrieve_cxml_script.OPERATION, (account_sid, laml_bin_sid), params, options
        )

    def update(
        self,
        laml_bin_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_cxml_script.UpdateCxmlScriptParams],
    ) -> LamlBin:
        """Update a cXML script.

        Rename a cXML script or replace its contents.

        Permissions: the API token must include one of the following scopes: Voice, Messaging
        or Fax.
        """
        response: APIResponse[LamlBin] = self._send(
            update_cxml_script.OPERATION, (account_sid, laml_bin_sid), params, options
        )
        return response.parsed

    def update_with_response(
        self,
        laml_bin_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_cxml_script.UpdateCxmlScriptParams],
    ) -> APIResponse[LamlBin]:
        """``update``, with the HTTP response."""
        return self._send(
            update_cxml_script.OPERATION, (account_sid, laml_bin_sid), params, options
        )

    def update_many(
        self,
        laml_bin_sids: Iterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_cxml_script.UpdateCxmlScriptParams],
    ) -> BulkRun[LamlBin]:
        """``update`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(
            update_cxml_script.OPERATION, (account_sid,), laml_bin_sids, params, options, bulk
        )

    def delete(
        self,
        laml_bin_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_cxml_script.DeleteCxmlScriptParams],
    ) -> None:
        """Delete a cXML script.

        Delete a cXML script. If the delete is successful, a 204 response, with no body, is
        returned.

        Permissions: the API token must include one of the following scopes: Voice, Messaging
        or Fax.
        """
        self._send(delete_cxml_script.OPERATION, (account_sid, laml_bin_sid), params, options)

    def delete_with_response(
        self,
        laml_bin_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_cxml_script.DeleteCxmlScriptParams],
    ) -> APIResponse[None]:
        """``delete``, with the HTTP response."""
        return self._send(
            delete_cxml_script.OPERATION, (account_sid, laml_bin_sid), params, options
        )

    def delete_many(
        self,
        laml_bin_sids: Iterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_cxml_script.DeleteCxmlScriptParams],
    ) -> BulkRun[None]:
        """``delete`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(
            delete_cxml_script.OPERATION, (account_sid,), laml_bin_sids, params, options, bulk
        )


class AsyncLamlBins(AsyncResource):
    """``client.laml_bins`` of the async client."""

    def list(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_cxml_scripts.ListCxmlScriptsParams],
    ) -> AsyncPager[LamlBin]:
        """List cXML scripts.

        The cXML scripts (LaML bins) of the project, newest first, one page at a time. Follow
        next_page_uri for the next page.

        Permissions: the API token must include one of the following scopes: Voice, Messaging
        or Fax.
        """
        return self._pager(list_cxml_scripts.OPERATION, (account_sid,), params, options)

    async def list_with_response(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_cxml_scripts.ListCxmlScriptsParams],
    ) -> APIResponse[LamlBinList]:
        """``list`` of one page, with the HTTP response."""
        return await self._send(list_cxml_scripts.OPERATION, (account_sid,), params, options)

    async def create(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[create_cxml_script.CreateCxmlScriptParams],
    ) -> LamlBin:
        """Create a cXML script.

        Store a cXML document on SignalWire. The service serves it at the script's request_url,
        which a call, a phone number or an application can use as its XML instructions URL.

        Permissions: the API token must include one of the following scopes: Voice, Messaging
        or Fax.
        """
        response: APIResponse[LamlBin] = await self._send(
            create_cxml_script.OPERATION, (account_sid,), params, options
        )
        return response.parsed

    async def create_with_response(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[create_cxml_script.CreateCxmlScriptParams],
    ) -> APIResponse[LamlBin]:
        """``create``, with the HTTP response."""
        return await self._send(create_cxml_script.OPERATION, (account_sid,), params, options)

    async def fetch(
        self,
        laml_bin_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[retrieve_cxml_script.RetrieveCxmlScriptParams],
    ) -> LamlBin:
        """Retrieve a cXML script.

        Retrieve one cXML script, with its contents and how often it has been requested.

        Permissions: the API token must include one of the following scopes: Voice, Messaging
        or Fax.
        """
        response: APIResponse[LamlBin] = await self._send(
            retrieve_cxml_script.OPERATION, (account_sid, laml_bin_sid), params, options
        )
        return response.parsed

    async def fetch_with_response(
        self,
        laml_bin_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[retrieve_cxml_script.RetrieveCxmlScriptParams],
    ) -> APIResponse[LamlBin]:
        """``fetch``, with the HTTP response."""
        return await self._send(
            retrieve_cxml_script.OPERATION, (account_sid, laml_bin_sid), params, options
        )

    async def update(
        self,
        laml_bin_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_cxml_script.UpdateCxmlScriptParams],
    ) -> LamlBin:
        """Update a cXML script.

        Rename a cXML script or replace its contents.

        Permissions: the API token must include one of the following scopes: Voice, Messaging
        or Fax.
        """
        response: APIResponse[LamlBin] = await self._send(
            update_cxml_script.OPERATION, (account_sid, laml_bin_sid), params, options
        )
        return response.parsed

    async def update_with_response(
        self,
        laml_bin_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_cxml_script.UpdateCxmlScriptParams],
    ) -> APIResponse[LamlBin]:
        """``update``, with the HTTP response."""
        return await self._send(
            update_cxml_script.OPERATION, (account_sid, laml_bin_sid), params, options
        )

    def update_many(
        self,
        laml_bin_sids: Iterable[str] | AsyncIterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_cxml_script.UpdateCxmlScriptParams],
    ) -> AsyncBulkRun[LamlBin]:
        """``update`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(
            update_cxml_script.OPERATION, (account_sid,), laml_bin_sids, params, options, bulk
        )

    async def delete(
        self,
        laml_bin_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_cxml_script.DeleteCxmlScriptParams],
    ) -> None:
        """Delete a cXML script.

        Delete a cXML script. If the delete is successful, a 204 response, with no body, is
        returned.

        Permissions: the API token must include one of the following scopes: Voice, Messaging
        or Fax.
        """
        await self._send(delete_cxml_script.OPERATION, (account_sid, laml_bin_sid), params, options)

    async def delete_with_response(
        self,
        laml_bin_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_cxml_script.DeleteCxmlScriptParams],
    ) -> APIResponse[None]:
        """``delete``, with the HTTP response."""
        return await self._send(
            delete_cxml_script.OPERATION, (account_sid, laml_bin_sid), params, options
        )

    def delete_many(
        self,
        laml_bin_sids: Iterable[str] | AsyncIterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_cxml_script.DeleteCxmlScriptParams],
    ) -> AsyncBulkRun[None]:
        """``delete`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(
            delete_cxml_script.OPERATION, (account_sid,), laml_bin_sids, params, options, bulk
        )
