"""RFC 2822 dates of a call as timezone-aware datetimes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from signalwire_compat_client.models.call import Call

_MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_LONG_MONTH = re.compile(r"(?<=\d )([A-Za-z]{4,})\.?(?= \d)")


def _short_month(match: re.Match[str]) -> str:
    word = match.group(1)
    is_month = any(month.startswith(word.lower()) for month in _MONTHS)
    return word[:3] if is_month else word


def parse_rfc2822(value: str) -> datetime:
    """Parse an RFC 2822 date, also accepting the service's ``Sept`` style months.

    Raises ``ValueError`` when ``value`` is not such a date. A date without a
    zone is taken as UTC, since the service sends GMT.
    """
    from email.utils import parsedate_to_datetime

    parsed = parsedate_to_datetime(_LONG_MONTH.sub(_short_month, value.strip()))
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


def _maybe(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return parse_rfc2822(value)
    except (TypeError, ValueError):
        return None


@dataclass(frozen=True)
class CallTimes:
    """A call's dates as aware datetimes; ``None`` where absent, null or unreadable."""

    date_created: datetime | None
    date_updated: datetime | None
    start_time: datetime | None
    end_time: datetime | None


def call_times(call: Call) -> CallTimes:
    """The dates of ``call`` as aware datetimes. The raw strings stay on ``call``."""
    return CallTimes(
        date_created=_maybe(call.date_created),
        date_updated=_maybe(call.date_updated),
        start_time=_maybe(call.start_time),
        end_time=_maybe(call.end_time),
    )
