"""The models the operations return and the webhooks carry, each imported when it is
first named (``from signalwire_compat_client.models import Call``)."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import Account as Account
    from .account_list import AccountList as AccountList
    from .account_status import AccountStatus as AccountStatus
    from .account_subresource_uris import AccountSubresourceUris as AccountSubresourceUris
    from .account_type import AccountType as AccountType
    from .answered_by import AnsweredBy as AnsweredBy
    from .application import Application as Application
    from .application_list import ApplicationList as ApplicationList
    from .available_phone_number import AvailablePhoneNumber as AvailablePhoneNumber
    from .available_phone_number_capabilities import (
        AvailablePhoneNumberCapabilities as AvailablePhoneNumberCapabilities,
    )
    from .available_phone_number_country import (
        AvailablePhoneNumberCountry as AvailablePhoneNumberCountry,
    )
    from .available_phone_number_country_list import (
        AvailablePhoneNumberCountryList as AvailablePhoneNumberCountryList,
    )
    from .available_phone_number_country_subresource_uris import (
        AvailablePhoneNumberCountrySubresourceUris as AvailablePhoneNumberCountrySubresourceUris,
    )
    from .available_phone_number_list import AvailablePhoneNumberList as AvailablePhoneNumberList
    from .call import Call as Call
    from .call_direction import CallDirection as CallDirection
    from .call_list import CallList as CallList
    from .call_request import CallRequest as CallRequest
    from .call_status import CallStatus as CallStatus
    from .call_status_callback import CallStatusCallback as CallStatusCallback
    from .callback_call_status import CallbackCallStatus as CallbackCallStatus
    from .conference import Conference as Conference
    from .conference_list import ConferenceList as ConferenceList
    from .conference_status import ConferenceStatus as ConferenceStatus
    from .conference_subresource_uris import ConferenceSubresourceUris as ConferenceSubresourceUris
    from .create_call_request_machine_detection import (
        CreateCallRequestMachineDetection as CreateCallRequestMachineDetection,
    )
    from .create_call_request_recording_channels import (
        CreateCallRequestRecordingChannels as CreateCallRequestRecordingChannels,
    )
    from .create_call_request_recording_track import (
        CreateCallRequestRecordingTrack as CreateCallRequestRecordingTrack,
    )
    from .create_call_request_trim import CreateCallRequestTrim as CreateCallRequestTrim
    from .create_recording_request_recording_channels import (
        CreateRecordingRequestRecordingChannels as CreateRecordingRequestRecordingChannels,
    )
    from .create_recording_request_recording_track import (
        CreateRecordingRequestRecordingTrack as CreateRecordingRequestRecordingTrack,
    )
    from .error import Error as Error
    from .error_item import ErrorItem as ErrorItem
    from .fax import Fax as Fax
    from .fax_direction import FaxDirection as FaxDirection
    from .fax_links import FaxLinks as FaxLinks
    from .fax_list import FaxList as FaxList
    from .fax_media import FaxMedia as FaxMedia
    from .fax_media_list import FaxMediaList as FaxMediaList
    from .fax_quality import FaxQuality as FaxQuality
    from .fax_status import FaxStatus as FaxStatus
    from .fax_status_callback import FaxStatusCallback as FaxStatusCallback
    from .fax_status_callback_event import FaxStatusCallbackEvent as FaxStatusCallbackEvent
    from .http_method import HttpMethod as HttpMethod
    from .imported_phone_number_capability import (
        ImportedPhoneNumberCapability as ImportedPhoneNumberCapability,
    )
    from .imported_phone_number_type import ImportedPhoneNumberType as ImportedPhoneNumberType
    from .incoming_call_status_callback import (
        IncomingCallStatusCallback as IncomingCallStatusCallback,
    )
    from .incoming_phone_number import IncomingPhoneNumber as IncomingPhoneNumber
    from .incoming_phone_number_address_requirements import (
        IncomingPhoneNumberAddressRequirements as IncomingPhoneNumberAddressRequirements,
    )
    from .incoming_phone_number_capabilities import (
        IncomingPhoneNumberCapabilities as IncomingPhoneNumberCapabilities,
    )
    from .incoming_phone_number_list import IncomingPhoneNumberList as IncomingPhoneNumberList
    from .incoming_phone_number_origin import IncomingPhoneNumberOrigin as IncomingPhoneNumberOrigin
    from .incoming_phone_number_voice_receive_mode import (
        IncomingPhoneNumberVoiceReceiveMode as IncomingPhoneNumberVoiceReceiveMode,
    )
    from .laml_bin import LamlBin as LamlBin
    from .laml_bin_list import LamlBinList as LamlBinList
    from .media import Media as Media
    from .message import Message as Message
    from .message_direction import MessageDirection as MessageDirection
    from .message_list import MessageList as MessageList
    from .message_media_list import MessageMediaList as MessageMediaList
    from .message_status import MessageStatus as MessageStatus
    from .message_status_callback import MessageStatusCallback as MessageStatusCallback
    from .message_subresource_uris import MessageSubresourceUris as MessageSubresourceUris
    from .participant import Participant as Participant
    from .participant_list import ParticipantList as ParticipantList
    from .participant_status import ParticipantStatus as ParticipantStatus
    from .queue import Queue as Queue
    from .queue_list import QueueList as QueueList
    from .queue_member import QueueMember as QueueMember
    from .queue_member_list import QueueMemberList as QueueMemberList
    from .recording import Recording as Recording
    from .recording_encryption_details_type_1 import (
        RecordingEncryptionDetailsType1 as RecordingEncryptionDetailsType1,
    )
    from .recording_list import RecordingList as RecordingList
    from .recording_source import RecordingSource as RecordingSource
    from .recording_status import RecordingStatus as RecordingStatus
    from .recording_status_callback import RecordingStatusCallback as RecordingStatusCallback
    from .recording_subresource_uris import RecordingSubresourceUris as RecordingSubresourceUris
    from .recording_trim import RecordingTrim as RecordingTrim
    from .status_callback_event import StatusCallbackEvent as StatusCallbackEvent
    from .stream import Stream as Stream
    from .stream_codec import StreamCodec as StreamCodec
    from .stream_status import StreamStatus as StreamStatus
    from .stream_track import StreamTrack as StreamTrack
    from .subresource_uris import SubresourceUris as SubresourceUris
    from .token import Token as Token
    from .token_permission import TokenPermission as TokenPermission
    from .transcription import Transcription as Transcription
    from .transcription_list import TranscriptionList as TranscriptionList
    from .transcription_status import TranscriptionStatus as TranscriptionStatus
    from .transcription_status_callback import (
        TranscriptionStatusCallback as TranscriptionStatusCallback,
    )
    from .update_call_status import UpdateCallStatus as UpdateCallStatus
    from .update_conference_status import UpdateConferenceStatus as UpdateConferenceStatus
    from .update_fax_status import UpdateFaxStatus as UpdateFaxStatus
    from .update_recording_request_pause_behavior import (
        UpdateRecordingRequestPauseBehavior as UpdateRecordingRequestPauseBehavior,
    )
    from .update_recording_status import UpdateRecordingStatus as UpdateRecordingStatus
    from .update_stream_status import UpdateStreamStatus as UpdateStreamStatus

_MODULES: dict[str, str] = {
    "Account": "account",
    "AccountList": "account_list",
    "AccountStatus": "account_status",
    "AccountSubresourceUris": "account_subresource_uris",
    "AccountType": "account_type",
    "AnsweredBy": "answered_by",
    "Application": "application",
    "ApplicationList": "application_list",
    "AvailablePhoneNumber": "available_phone_number",
    "AvailablePhoneNumberCapabilities": "available_phone_number_capabilities",
    "AvailablePhoneNumberCountry": "available_phone_number_country",
    "AvailablePhoneNumberCountryList": "available_phone_number_country_list",
    "AvailablePhoneNumberCountrySubresourceUris": "available_phone_number_country_subresource_uris",
    "AvailablePhoneNumberList": "available_phone_number_list",
    "Call": "call",
    "CallDirection": "call_direction",
    "CallList": "call_list",
    "CallRequest": "call_request",
    "CallStatus": "call_status",
    "CallStatusCallback": "call_status_callback",
    "CallbackCallStatus": "callback_call_status",
    "Conference": "conference",
    "ConferenceList": "conference_list",
    "ConferenceStatus": "conference_status",
    "ConferenceSubresourceUris": "conference_subresource_uris",
    "CreateCallRequestMachineDetection": "create_call_request_machine_detection",
    "CreateCallRequestRecordingChannels": "create_call_request_recording_channels",
    "CreateCallRequestRecordingTrack": "create_call_request_recording_track",
    "CreateCallRequestTrim": "create_call_request_trim",
    "CreateRecordingRequestRecordingChannels": "create_recording_request_recording_channels",
    "CreateRecordingRequestRecordingTrack": "create_recording_request_recording_track",
    "Error": "error",
    "ErrorItem": "error_item",
    "Fax": "fax",
    "FaxDirection": "fax_direction",
    "FaxLinks": "fax_links",
    "FaxList": "fax_list",
    "FaxMedia": "fax_media",
    "FaxMediaList": "fax_media_list",
    "FaxQuality": "fax_quality",
    "FaxStatus": "fax_status",
    "FaxStatusCallback": "fax_status_callback",
    "FaxStatusCallbackEvent": "fax_status_callback_event",
    "HttpMethod": "http_method",
    "ImportedPhoneNumberCapability": "imported_phone_number_capability",
    "ImportedPhoneNumberType": "imported_phone_number_type",
    "IncomingCallStatusCallback": "incoming_call_status_callback",
    "IncomingPhoneNumber": "incoming_phone_number",
    "IncomingPhoneNumberAddressRequirements": "incoming_phone_number_address_requirements",
    "IncomingPhoneNumberCapabilities": "incoming_phone_number_capabilities",
    "IncomingPhoneNumberList": "incoming_phone_number_list",
    "IncomingPhoneNumberOrigin": "incoming_phone_number_origin",
    "IncomingPhoneNumberVoiceReceiveMode": "incoming_phone_number_voice_receive_mode",
    "LamlBin": "laml_bin",
    "LamlBinList": "laml_bin_list",
    "Media": "media",
    "Message": "message",
    "MessageDirection": "message_direction",
    "MessageList": "message_list",
    "MessageMediaList": "message_media_list",
    "MessageStatus": "message_status",
    "MessageStatusCallback": "message_status_callback",
    "MessageSubresourceUris": "message_subresource_uris",
    "Participant": "participant",
    "ParticipantList": "participant_list",
    "ParticipantStatus": "participant_status",
    "Queue": "queue",
    "QueueList": "queue_list",
    "QueueMember": "queue_member",
    "QueueMemberList": "queue_member_list",
    "Recording": "recording",
    "RecordingEncryptionDetailsType1": "recording_encryption_details_type_1",
    "RecordingList": "recording_list",
    "RecordingSource": "recording_source",
    "RecordingStatus": "recording_status",
    "RecordingStatusCallback": "recording_status_callback",
    "RecordingSubresourceUris": "recording_subresource_uris",
    "RecordingTrim": "recording_trim",
    "StatusCallbackEvent": "status_callback_event",
    "Stream": "stream",
    "StreamCodec": "stream_codec",
    "StreamStatus": "stream_status",
    "StreamTrack": "stream_track",
    "SubresourceUris": "subresource_uris",
    "Token": "token",
    "TokenPermission": "token_permission",
    "Transcription": "transcription",
    "TranscriptionList": "transcription_list",
    "TranscriptionStatus": "transcription_status",
    "TranscriptionStatusCallback": "transcription_status_callback",
    "UpdateCallStatus": "update_call_status",
    "UpdateConferenceStatus": "update_conference_status",
    "UpdateFaxStatus": "update_fax_status",
    "UpdateRecordingRequestPauseBehavior": "update_recording_request_pause_behavior",
    "UpdateRecordingStatus": "update_recording_status",
    "UpdateStreamStatus": "update_stream_status",
}
"""The module of each model."""

__all__ = (
    "Account",
    "AccountList",
    "AccountStatus",
    "AccountSubresourceUris",
    "AccountType",
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
    "CreateCallRequestMachineDetection",
    "CreateCallRequestRecordingChannels",
    "CreateCallRequestRecordingTrack",
    "CreateCallRequestTrim",
    "CreateRecordingRequestRecordingChannels",
    "CreateRecordingRequestRecordingTrack",
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
    "StatusCallbackEvent",
    "Stream",
    "StreamCodec",
    "StreamStatus",
    "StreamTrack",
    "SubresourceUris",
    "Token",
    "TokenPermission",
    "Transcription",
    "TranscriptionList",
    "TranscriptionStatus",
    "TranscriptionStatusCallback",
    "UpdateCallStatus",
    "UpdateConferenceStatus",
    "UpdateFaxStatus",
    "UpdateRecordingRequestPauseBehavior",
    "UpdateRecordingStatus",
    "UpdateStreamStatus",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
