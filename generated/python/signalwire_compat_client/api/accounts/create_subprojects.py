"""Create a subproject: ``POST /Accounts``."""

from __future__ import annotations

from typing import Required

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "CreateSubprojectsParams"]


class CreateSubprojectsParams(RequestOptions, total=False):
    """The arguments of ``create_subprojects``; leave one out to leave it unset."""

    friendly_name: Required[str]
    """The name of the subproject, up to 250 characters."""


OPERATION = Operation(
    name="create_subprojects",
    method="POST",
    path="/Accounts",
    path_params=(),
    body=(
        Field("FriendlyName", "friendly_name", "string", required=True, max_length=250),
    ),
    body_required=True,
    content_type="application/x-www-form-urlencoded",
    result="account.Account",
)
