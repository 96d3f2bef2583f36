"""Contains all the data models used in inputs/outputs"""

from .answered_by import AnsweredBy
from .call import Call
from .call_direction import CallDirection
from .call_list import CallList
from .call_request import CallRequest
from .call_status import CallStatus
from .call_status_callback import CallStatusCallback
from .callback_call_status import CallbackCallStatus
from .create_call_request import CreateCallRequest
from .create_call_request_machine_detection import CreateCallRequestMachineDetection
from .create_call_request_recording_channels import CreateCallRequestRecordingChannels
from .create_call_request_recording_track import CreateCallRequestRecordingTrack
from .create_call_request_trim import CreateCallRequestTrim
from .create_message_request import CreateMessageRequest
from .error import Error
from .http_method import HttpMethod
from .media import Media
from .media_list import MediaList
from .message import Message
from .message_direction import MessageDirection
from .message_list import MessageList
from .message_status import MessageStatus
from .message_status_callback import MessageStatusCallback
from .message_subresource_uris import MessageSubresourceUris
from .recording_status import RecordingStatus
from .recording_status_callback import RecordingStatusCallback
from .status_callback_event import StatusCallbackEvent
from .subresource_uris import SubresourceUris
from .update_call_request import UpdateCallRequest
from .update_call_status import UpdateCallStatus
from .update_message_request import UpdateMessageRequest

__all__ = (
    "AnsweredBy",
    "Call",
    "CallDirection",
    "CallList",
    "CallRequest",
    "CallStatus",
    "CallStatusCallback",
    "CallbackCallStatus",
    "CreateCallRequest",
    "CreateCallRequestMachineDetection",
    "CreateCallRequestRecordingChannels",
    "CreateCallRequestRecordingTrack",
    "CreateCallRequestTrim",
    "CreateMessageRequest",
    "Error",
    "HttpMethod",
    "Media",
    "MediaList",
    "Message",
    "MessageDirection",
    "MessageList",
    "MessageStatus",
    "MessageStatusCallback",
    "MessageSubresourceUris",
    "RecordingStatus",
    "RecordingStatusCallback",
    "StatusCallbackEvent",
    "SubresourceUris",
    "UpdateCallRequest",
    "UpdateCallStatus",
    "UpdateMessageRequest",
)
