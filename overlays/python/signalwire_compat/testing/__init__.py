"""A local sandbox of the Update-a-call endpoint, for tests: ``Sandbox``, ``Fault``.

Install with ``pip install signalwire-compat[sandbox]``. With pytest, the fixtures
``signalwire_sandbox``, ``signalwire_client`` and ``signalwire_async_client`` are available.
"""

from ._app import RecordedRequest
from ._calls import AppliedUpdate
from ._faults import Fault
from ._sandbox import EXAMPLE_PROJECT_ID, LIVE_CALL_SID, Sandbox

__all__ = [
    "EXAMPLE_PROJECT_ID",
    "LIVE_CALL_SID",
    "AppliedUpdate",
    "Fault",
    "RecordedRequest",
    "Sandbox",
]
