from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.call import Call
from ...models.error import Error
from ...models.update_call_request import UpdateCallRequest
from ...types import Response


def _get_kwargs(
    account_sid: str,
    sid: str,
    *,
    body: UpdateCallRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/Accounts/{account_sid}/Calls/{sid}".format(
            account_sid=quote(str(account_sid), safe=""),
            sid=quote(str(sid), safe=""),
        ),
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Call | Error | None:
    if response.status_code == 200:
        response_200 = Call.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Call | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_sid: str,
    sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCallRequest,
) -> Response[Call | Error]:
    """Update a call

     Allows you to modify an active call.

    Permissions: the API token must include the following scopes: Voice.

    Args:
        account_sid (str):
        sid (str):
        body (UpdateCallRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Call | Error]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        sid=sid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_sid: str,
    sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCallRequest,
) -> Call | Error | None:
    """Update a call

     Allows you to modify an active call.

    Permissions: the API token must include the following scopes: Voice.

    Args:
        account_sid (str):
        sid (str):
        body (UpdateCallRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Call | Error
    """

    return sync_detailed(
        account_sid=account_sid,
        sid=sid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_sid: str,
    sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCallRequest,
) -> Response[Call | Error]:
    """Update a call

     Allows you to modify an active call.

    Permissions: the API token must include the following scopes: Voice.

    Args:
        account_sid (str):
        sid (str):
        body (UpdateCallRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Call | Error]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        sid=sid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_sid: str,
    sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCallRequest,
) -> Call | Error | None:
    """Update a call

     Allows you to modify an active call.

    Permissions: the API token must include the following scopes: Voice.

    Args:
        account_sid (str):
        sid (str):
        body (UpdateCallRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Call | Error
    """

    return (
        await asyncio_detailed(
            account_sid=account_sid,
            sid=sid,
            client=client,
            body=body,
        )
    ).parsed
