"""A local sandbox of the API, for tests: ``Sandbox``, ``Fault``, ``Callback``,
``FetchedDocument``.

Install with ``pip install signalwire-compat[sandbox]``. With pytest, the fixtures
``signalwire_sandbox``, ``signalwire_client`` and ``signalwire_async_client`` are available.
"""

try:
    import aiohttp  # noqa: F401
    import jsonschema_rs  # noqa: F401
    import yaml  # noqa: F401
except ImportError as missing:
    raise ImportError(
        f"signalwire_compat.testing needs {missing.name}: pip install 'signalwire-compat[sandbox]'",
        name=missing.name,
    ) from None

from ._app import RecordedRequest
from ._call_flows import FetchedDocument
from ._callbacks import Callback
from ._calls import AppliedUpdate
from ._faults import Fault
from ._sandbox import EXAMPLE_PROJECT_ID, LIVE_CALL_SID, Sandbox

__all__ = [
    "EXAMPLE_PROJECT_ID",
    "LIVE_CALL_SID",
    "AppliedUpdate",
    "Callback",
    "Fault",
    "FetchedDocument",
    "RecordedRequest",
    "Sandbox",
]
