"""The parse function of each webhook of the spec (written by scripts/webhooks_generate.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from signalwire_compat._params import Params, last_values

if TYPE_CHECKING:
    from .models.call_request import CallRequest
    from .models.call_status_callback import CallStatusCallback
    from .models.fax_status_callback import FaxStatusCallback
    from .models.incoming_call_status_callback import IncomingCallStatusCallback
    from .models.message_status_callback import MessageStatusCallback
    from .models.recording_status_callback import RecordingStatusCallback
    from .models.transcription_status_callback import TranscriptionStatusCallback

__all__ = [
    "parse_call_request",
    "parse_call_status",
    "parse_fax_status",
    "parse_incoming_call_status",
    "parse_message_status",
    "parse_recording_status",
    "parse_transcription_status",
]


def parse_call_status(params: Params) -> CallStatusCallback:
    """The generated ``CallStatusCallback`` of the form of a voice status callback."""
    from .models.call_status_callback import CallStatusCallback

    return CallStatusCallback.from_dict(last_values(params))


def parse_call_request(params: Params) -> CallRequest:
    """The generated ``CallRequest`` of the form of a voice request."""
    from .models.call_request import CallRequest

    return CallRequest.from_dict(last_values(params))


def parse_recording_status(params: Params) -> RecordingStatusCallback:
    """The generated ``RecordingStatusCallback`` of the form of a recording status callback."""
    from .models.recording_status_callback import RecordingStatusCallback

    return RecordingStatusCallback.from_dict(last_values(params))


def parse_message_status(params: Params) -> MessageStatusCallback:
    """The generated ``MessageStatusCallback`` of the form of a message status callback."""
    from .models.message_status_callback import MessageStatusCallback

    return MessageStatusCallback.from_dict(last_values(params))


def parse_fax_status(params: Params) -> FaxStatusCallback:
    """The generated ``FaxStatusCallback`` of the form of a fax status callback."""
    from .models.fax_status_callback import FaxStatusCallback

    return FaxStatusCallback.from_dict(last_values(params))


def parse_incoming_call_status(params: Params) -> IncomingCallStatusCallback:
    """The generated ``IncomingCallStatusCallback`` of the form of a inbound call status callback."""
    from .models.incoming_call_status_callback import IncomingCallStatusCallback

    return IncomingCallStatusCallback.from_dict(last_values(params))


def parse_transcription_status(params: Params) -> TranscriptionStatusCallback:
    """The generated ``TranscriptionStatusCallback`` of the form of a transcription status callback."""
    from .models.transcription_status_callback import TranscriptionStatusCallback

    return TranscriptionStatusCallback.from_dict(last_values(params))
