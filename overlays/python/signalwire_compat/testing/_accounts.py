"""The sandbox's projects: a created one is a subproject of the sandbox's project, and only the
answer to its create holds its signing key."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime

from ._resources import Resource
from ._store import Form, Hooks, Record


class AccountHooks(Hooks):
    """Makes each new project a subproject of ``project_id``, whose signing key (from
    ``new_key``) is in the create's answer and nowhere after."""

    def __init__(self, resource: Resource, project_id: str, new_key: Callable[[], str]) -> None:
        self._resource = resource
        self._project_id = project_id
        self._new_key = new_key

    def creating(self, record: Record, form: Form, ids: Mapping[str, str], now: datetime) -> None:
        for name, value in (
            ("subproject", True),
            ("owner_account_sid", self._project_id),
            ("signing_key", None),  # kept as the service sends it after the create
        ):
            if self._resource.has(name):
                record[name] = value

    def created(self, answer: Record) -> Record:
        if self._resource.has("signing_key"):
            answer["signing_key"] = self._new_key()
        return answer
