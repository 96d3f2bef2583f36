"""``client.applications``: generated from the spec's paths."""

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

from ..api.applications import (
    create_application,
    delete_application,
    get_application,
    list_applications,
    update_application,
)

if TYPE_CHECKING:
    from signalwire_compat._bulk import AsyncBulkRun, BulkOptions, BulkRun

    from ..models.application import Application
    from ..models.application_list import ApplicationList

__all__ = ["Applications", "AsyncApplications"]


class Applications(SyncResource):
    """``client.applications``: cXML applications, the URLs and methods that handle a phone number's calls and messages."""

    def list(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_applications.ListApplicationsParams],
    ) -> Pager[Application]:
        """List applications.

        The cXML applications of the project, one page at a time. Follow next_page_uri for the
        next page.

        Permissions: the API token must include one of the following scopes: Voice, Messaging
        or Fax.
        """
        return self._pager(list_applications.OPERATION, (account_sid,), params, options)

    def list_with_response(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_applications.ListApplicationsParams],
    ) -> APIResponse[ApplicationList]:
        """``list`` of one page, with the HTTP response."""
        return self._send(list_applications.OPERATION, (account_sid,), params, options)

    def create(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[create_application.CreateApplicationParams],
    ) -> Application:
        """Create an application.

        Create a cXML application: the URLs that handle the calls and messages of the phone
        numbers that use it.

        Permissions: the API token must include one of the following scopes: Voice, Messaging
        or Fax.
        """
        response: APIResponse[Application] = self._send(
            create_application.OPERATION, (account_sid,), params, options
        )
        return response.parsed

    def create_with_response(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[create_application.CreateApplicationParams],
    ) -> APIResponse[Application]:
        """``create``, with the HTTP response."""
        return self._send(create_application.OPERATION, (account_sid,), params, options)

    def fetch(
        self,
        application_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[get_application.GetApplicationParams],
    ) -> Application:
        """Retrieve an application.

        Retrieve one cXML application.

        Permissions: the API token must include one of the following scopes: Voice, Messaging
        or Fax.
        """
        response: APIResponse[Application] = self._send(
            get_application.OPERATION, (account_sid, application_sid), params, options
        )
        return response.parsed

    def fetch_with_response(
        self,
        application_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[get_application.GetApplicationParams],
    ) -> APIResponse[Application]:
        """``fetch``, with the HTTP response."""
        return self._send(
            get_application.OPERATION, (account_sid, application_sid), params, options
        )

    def update(
        self,
        application_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_application.UpdateApplicationParams],
    ) -> Application:
        """Update an application.

        Change a cXML application's name or any of its URLs and methods; the fields not given
        keep their values.

        Permissions: the API token must include one of the following scopes: Voice, Messaging
        or Fax.
        """
        response: APIResponse[Application] = self._send(
            update_application.OPERATION, (account_sid, application_sid), params, options
        )
        return response.parsed

    def update_with_response(
        self,
        application_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_application.UpdateApplicationParams],
    ) -> APIResponse[Application]:
        """``update``, with the HTTP response."""
        return self._send(
            update_application.OPERATION, (account_sid, application_sid), params, options
        )

    def update_many(
        self,
        application_sids: Iterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_application.UpdateApplicationParams],
    ) -> BulkRun[Application]:
        """``update`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(
            update_application.OPERATION, (account_sid,), application_sids, params, options, bulk
        )

    def delete(
        self,
        application_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_application.DeleteApplicationParams],
    ) -> None:
        """Delete an application.

        Delete a cXML application. If the delete is successful, a 204 response, with no body,
        is returned.

        Permissions: the API token must include one of the following scopes: Voice, Messaging
        or Fax.
        """
        self._send(delete_application.OPERATION, (account_sid, application_sid), params, options)

    def delete_with_response(
        self,
        application_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_application.DeleteApplicationParams],
    ) -> APIResponse[None]:
        """``delete``, with the HTTP response."""
        return self._send(
            delete_application.OPERATION, (account_sid, application_sid), params, options
        )

    def delete_many(
        self,
        application_sids: Iterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_application.DeleteApplicationParams],
    ) -> BulkRun[None]:
        """``delete`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(
            delete_application.OPERATION, (account_sid,), application_sids, params, options, bulk
        )


class AsyncApplications(AsyncResource):
    """``client.applications`` of the async client."""

    def list(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_applications.ListApplicationsParams],
    ) -> AsyncPager[Application]:
        """List applications.

        The cXML applications of the project, one page at a time. Follow next_page_uri for the
        next page.

        Permissions: the API token must include one of the following scopes: Voice, Messaging
        or Fax.
        """
        return self._pager(list_applications.OPERATION, (account_sid,), params, options)

    async def list_with_response(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_applications.ListApplicationsParams],
    ) -> APIResponse[ApplicationList]:
        """``list`` of one page, with the HTTP response."""
        return await self._send(list_applications.OPERATION, (account_sid,), params, options)

    async def create(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[create_application.CreateApplicationParams],
    ) -> Application:
        """Create an application.

        Create a cXML application: the URLs that handle the calls and messages of the phone
        numbers that use it.

        Permissions: the API token must include one of the following scopes: Voice, Messaging
        or Fax.
        """
        response: APIResponse[Application] = await self._send(
            create_application.OPERATION, (account_sid,), params, options
        )
        return response.parsed

    async def create_with_response(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[create_application.CreateApplicationParams],
    ) -> APIResponse[Application]:
        """``create``, with the HTTP response."""
        return await self._send(create_application.OPERATION, (account_sid,), params, options)

    async def fetch(
        self,
        application_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[get_application.GetApplicationParams],
    ) -> Application:
        """Retrieve an application.

        Retrieve one cXML application.

        Permissions: the API token must include one of the following scopes: Voice, Messaging
        or Fax.
        """
        response: APIResponse[Application] = await self._send(
            get_application.OPERATION, (account_sid, application_sid), params, options
        )
        return response.parsed

    async def fetch_with_response(
        self,
        application_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[get_application.GetApplicationParams],
    ) -> APIResponse[Application]:
        """``fetch``, with the HTTP response."""
        return await self._send(
            get_application.OPERATION, (account_sid, application_sid), params, options
        )

    async def update(
        self,
        application_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_application.UpdateApplicationParams],
    ) -> Application:
        """Update an application.

        Change a cXML application's name or any of its URLs and methods; the fields not given
        keep their values.

        Permissions: the API token must include one of the following scopes: Voice, Messaging
        or Fax.
        """
        response: APIResponse[Application] = await self._send(
            update_application.OPERATION, (account_sid, application_sid), params, options
        )
        return response.parsed

    async def update_with_response(
        self,
        application_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_application.UpdateApplicationParams],
    ) -> APIResponse[Application]:
        """``update``, with the HTTP response."""
        return await self._send(
            update_application.OPERATION, (account_sid, application_sid), params, options
        )

    def update_many(
        self,
        application_sids: Iterable[str] | AsyncIterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_application.UpdateApplicationParams],
    ) -> AsyncBulkRun[Application]:
        """``update`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(
            update_application.OPERATION, (account_sid,), application_sids, params, options, bulk
        )

    async def delete(
        self,
        application_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_application.DeleteApplicationParams],
    ) -> None:
        """Delete an application.

        Delete a cXML application. If the delete is successful, a 204 response, with no body,
        is returned.

        Permissions: the API token must include one of the following scopes: Voice, Messaging
        or Fax.
        """
        await self._send(
            delete_application.OPERATION, (account_sid, application_sid), params, options
        )

    async def delete_with_response(
        self,
        application_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_application.DeleteApplicationParams],
    ) -> APIResponse[None]:
        """``delete``, with the HTTP response."""
        return await self._send(
            delete_application.OPERATION, (account_sid, application_sid), params, options
        )

    def delete_many(
        self,
        application_sids: Iterable[str] | AsyncIterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_application.DeleteApplicationParams],
    ) -> AsyncBulkRun[None]:
        """``delete`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(
            delete_application.OPERATION, (account_sid,), application_sids, params, options, bulk
        )
