"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .account_create_request import AccountCreateRequest
from .account_list import AccountList
from .account_status import AccountStatus
from .account_subresource_uris import AccountSubresourceUris
from .account_type import AccountType
from .account_update_request import AccountUpdateRequest
from .answered_by import AnsweredBy
from .application import Application
from .application_list import ApplicationList
from .available_phone_number import AvailablePhoneNumber
from .available_phone_number_capabilities import AvailablePhoneNumberCapabilities
from .available_phone_number_country import AvailablePhoneNumberCountry
from .available_phone_number_country_list import AvailablePhoneNumberCountryList
from .available_phone_number_country_subresource_uris import (
    AvailablePhoneNumberCountrySubresourceUris,
)
from .available_phone_number_list import AvailablePhoneNumberList
from .call import Call
from .call_direction import CallDirection
from .call_list import CallList
from .call_request import CallRequest
from .call_status import CallStatus
from .call_status_callback import CallStatusCallback
from .callback_call_status import CallbackCallStatus
from .conference import Conference
from .conference_list import ConferenceList
from .conference_status import ConferenceStatus
from .conference_subresource_uris import ConferenceSubresourceUris
from .create_application_request import CreateApplicationRequest
from .create_call_request import CreateCallRequest
from .create_call_request_machine_detection import CreateCallRequestMachineDetection
from .create_call_request_recording_channels import CreateCallRequestRecordingChannels
from .create_call_request_recording_track import CreateCallRequestRecordingTrack
from .create_call_request_trim import CreateCallRequestTrim
from .create_conference_stream_request import CreateConferenceStreamRequest
from .create_imported_phone_number_request import CreateImportedPhoneNumberRequest
from .create_incoming_phone_number_request import CreateIncomingPhoneNumberRequest
from .create_laml_bin_request import CreateLamlBinRequest
from .create_message_request import CreateMessageRequest
from .create_queue_request import CreateQueueRequest
from .create_recording_request import CreateRecordingRequest
from .create_recording_request_recording_channels import (
    CreateRecordingRequestRecordingChannels,
)
from .create_recording_request_recording_track import (
    CreateRecordingRequestRecordingTrack,
)
from .create_stream_request import CreateStreamRequest
from .error import Error
from .error_item import ErrorItem
from .fax import Fax
from .fax_direction import FaxDirection
from .fax_links import FaxLinks
from .fax_list import FaxList
from .fax_media import FaxMedia
from .fax_media_list import FaxMediaList
from .fax_quality import FaxQuality
from .fax_status import FaxStatus
from .fax_status_callback import FaxStatusCallback
from .fax_status_callback_event import FaxStatusCallbackEvent
from .http_method import HttpMethod
from .imported_phone_number_capability import ImportedPhoneNumberCapability
from .imported_phone_number_type import ImportedPhoneNumberType
from .incoming_call_status_callback import IncomingCallStatusCallback
from .incoming_phone_number import IncomingPhoneNumber
from .incoming_phone_number_address_requirements import (
    IncomingPhoneNumberAddressRequirements,
)
from .incoming_phone_number_capabilities import IncomingPhoneNumberCapabilities
from .incoming_phone_number_list import IncomingPhoneNumberList
from .incoming_phone_number_origin import IncomingPhoneNumberOrigin
from .incoming_phone_number_voice_receive_mode import (
    IncomingPhoneNumberVoiceReceiveMode,
)
from .laml_bin import LamlBin
from .laml_bin_list import LamlBinList
from .media import Media
from .message import Message
from .message_direction import MessageDirection
from .message_list import MessageList
from .message_media_list import MessageMediaList
from .message_status import MessageStatus
from .message_status_callback import MessageStatusCallback
from .message_subresource_uris import MessageSubresourceUris
from .participant import Participant
from .participant_list import ParticipantList
from .participant_status import ParticipantStatus
from .queue import Queue
from .queue_list import QueueList
from .queue_member import QueueMember
from .queue_member_list import QueueMemberList
from .recording import Recording
from .recording_encryption_details_type_1 import RecordingEncryptionDetailsType1
from .recording_list import RecordingList
from .recording_source import RecordingSource
from .recording_status import RecordingStatus
from .recording_status_callback import RecordingStatusCallback
from .recording_subresource_uris import RecordingSubresourceUris
from .recording_trim import RecordingTrim
from .send_fax_request import SendFaxRequest
from .status_callback_event import StatusCallbackEvent
from .stream import Stream
from .stream_codec import StreamCodec
from .stream_status import StreamStatus
from .stream_track import StreamTrack
from .subresource_uris import SubresourceUris
from .token import Token
from .token_create_request import TokenCreateRequest
from .token_permission import TokenPermission
from .token_update_request import TokenUpdateRequest
from .transcription import Transcription
from .transcription_list import TranscriptionList
from .transcription_status import TranscriptionStatus
from .transcription_status_callback import TranscriptionStatusCallback
from .update_application_request import UpdateApplicationRequest
from .update_call_request import UpdateCallRequest
from .update_call_status import UpdateCallStatus
from .update_conference_request import UpdateConferenceRequest
from .update_conference_status import UpdateConferenceStatus
from .update_fax_request import UpdateFaxRequest
from .update_fax_status import UpdateFaxStatus
from .update_incoming_phone_number_request import UpdateIncomingPhoneNumberRequest
from .update_laml_bin_request import UpdateLamlBinRequest
from .update_message_request import UpdateMessageRequest
from .update_participant_request import UpdateParticipantRequest
from .update_queue_member_request import UpdateQueueMemberRequest
from .update_queue_request import UpdateQueueRequest
from .update_recording_request import UpdateRecordingRequest
from .update_recording_request_pause_behavior import UpdateRecordingRequestPauseBehavior
from .update_recording_status import UpdateRecordingStatus
from .update_stream_request import UpdateStreamRequest
from .update_stream_status import UpdateStreamStatus

__all__ = (
    "Account",
    "AccountCreateRequest",
    "AccountList",
    "AccountStatus",
    "AccountSubresourceUris",
    "AccountType",
    "AccountUpdateRequest",
    "AnsweredBy",
    "Application",
    "ApplicationList",
    "AvailablePhoneNumber",
    "AvailablePhoneNumberCapabilities",
    "AvailablePhoneNumberCountry",
    "AvailablePhoneNumberCountryList",
    "AvailablePhoneNumberCountrySubresourceUris",
    "AvailablePhoneNumberList",
    "Call",
    "CallDirection",
    "CallList",
    "CallRequest",
    "CallStatus",
    "CallStatusCallback",
    "CallbackCallStatus",
    "Conference",
    "ConferenceList",
    "ConferenceStatus",
    "ConferenceSubresourceUris",
    "CreateApplicationRequest",
    "CreateCallRequest",
    "CreateCallRequestMachineDetection",
    "CreateCallRequestRecordingChannels",
    "CreateCallRequestRecordingTrack",
    "CreateCallRequestTrim",
    "CreateConferenceStreamRequest",
    "CreateImportedPhoneNumberRequest",
    "CreateIncomingPhoneNumberRequest",
    "CreateLamlBinRequest",
    "CreateMessageRequest",
    "CreateQueueRequest",
    "CreateRecordingRequest",
    "CreateRecordingRequestRecordingChannels",
    "CreateRecordingRequestRecordingTrack",
    "CreateStreamRequest",
    "Error",
    "ErrorItem",
    "Fax",
    "FaxDirection",
    "FaxLinks",
    "FaxList",
    "FaxMedia",
    "FaxMediaList",
    "FaxQuality",
    "FaxStatus",
    "FaxStatusCallback",
    "FaxStatusCallbackEvent",
    "HttpMethod",
    "ImportedPhoneNumberCapability",
    "ImportedPhoneNumberType",
    "IncomingCallStatusCallback",
    "IncomingPhoneNumber",
    "IncomingPhoneNumberAddressRequirements",
    "IncomingPhoneNumberCapabilities",
    "IncomingPhoneNumberList",
    "IncomingPhoneNumberOrigin",
    "IncomingPhoneNumberVoiceReceiveMode",
    "LamlBin",
    "LamlBinList",
    "Media",
    "Message",
    "MessageDirection",
    "MessageList",
    "MessageMediaList",
    "MessageStatus",
    "MessageStatusCallback",
    "MessageSubresourceUris",
    "Participant",
    "ParticipantList",
    "ParticipantStatus",
    "Queue",
    "QueueList",
    "QueueMember",
    "QueueMemberList",
    "Recording",
    "RecordingEncryptionDetailsType1",
    "RecordingList",
    "RecordingSource",
    "RecordingStatus",
    "RecordingStatusCallback",
    "RecordingSubresourceUris",
    "RecordingTrim",
    "SendFaxRequest",
    "StatusCallbackEvent",
    "Stream",
    "StreamCodec",
    "StreamStatus",
    "StreamTrack",
    "SubresourceUris",
    "Token",
    "TokenCreateRequest",
    "TokenPermission",
    "TokenUpdateRequest",
    "Transcription",
    "TranscriptionList",
    "TranscriptionStatus",
    "TranscriptionStatusCallback",
    "UpdateApplicationRequest",
    "UpdateCallRequest",
    "UpdateCallStatus",
    "UpdateConferenceRequest",
    "UpdateConferenceStatus",
    "UpdateFaxRequest",
    "UpdateFaxStatus",
    "UpdateIncomingPhoneNumberRequest",
    "UpdateLamlBinRequest",
    "UpdateMessageRequest",
    "UpdateParticipantRequest",
    "UpdateQueueMemberRequest",
    "UpdateQueueRequest",
    "UpdateRecordingRequest",
    "UpdateRecordingRequestPauseBehavior",
    "UpdateRecordingStatus",
    "UpdateStreamRequest",
    "UpdateStreamStatus",
)
