"""Contains all the data models used in inputs/outputs"""

from .answered_by import AnsweredBy
from .call import Call
from .call_direction import CallDirection
from .call_status import CallStatus
from .error import Error
from .http_method import HttpMethod
from .subresource_uris import SubresourceUris
from .update_call_request import UpdateCallRequest

__all__ = (
    "AnsweredBy",
    "Call",
    "CallDirection",
    "CallStatus",
    "Error",
    "HttpMethod",
    "SubresourceUris",
    "UpdateCallRequest",
)
