"""Contains all the data models used in inputs/outputs"""

from .answered_by import AnsweredBy
from .call import Call
from .call_direction import CallDirection
from .call_list import CallList
from .call_status import CallStatus
from .create_call_request import CreateCallRequest
from .create_call_request_machine_detection import CreateCallRequestMachineDetection
from .create_call_request_recording_channels import CreateCallRequestRecordingChannels
from .create_call_request_recording_track import CreateCallRequestRecordingTrack
from .create_call_request_trim import CreateCallRequestTrim
from .error import Error
from .http_method import HttpMethod
from .status_callback_event import StatusCallbackEvent
from .subresource_uris import SubresourceUris
from .update_call_request import UpdateCallRequest
from .update_call_status import UpdateCallStatus

__all__ = (
    "AnsweredBy",
    "Call",
    "CallDirection",
    "CallList",
    "CallStatus",
    "CreateCallRequest",
    "CreateCallRequestMachineDetection",
    "CreateCallRequestRecordingChannels",
    "CreateCallRequestRecordingTrack",
    "CreateCallRequestTrim",
    "Error",
    "HttpMethod",
    "StatusCallbackEvent",
    "SubresourceUris",
    "UpdateCallRequest",
    "UpdateCallStatus",
)
