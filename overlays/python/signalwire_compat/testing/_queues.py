"""The sandbox's queue members: ``Front`` names the member at the front of the queue."""

from __future__ import annotations

from collections.abc import Mapping

from ._store import Hooks, Record

FRONT = "Front"


class MemberHooks(Hooks):
    """A member is named by its call's sid, or by ``Front``: the one with the lowest position
    (the first one added, if none has a position)."""

    def named(self, key: str, records: Mapping[str, Record]) -> str:
        if key != FRONT or not records:
            return key
        order = list(records)
        front = min(order, key=lambda k: (_position(records[k]), order.index(k)))
        return front


def _position(record: Record) -> float:
    value = record.get("position")
    return float(value) if isinstance(value, int | float) else float("inf")
