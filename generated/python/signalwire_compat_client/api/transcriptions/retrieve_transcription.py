"""Retrieve a transcription: ``GET /Accounts/{AccountSid}/Transcriptions/{TranscriptionSid}``."""

from __future__ import annotations

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "RetrieveTranscriptionParams"]


class RetrieveTranscriptionParams(RequestOptions, total=False):
    """The arguments of ``retrieve_transcription``."""


OPERATION = Operation(
    name="retrieve_transcription",
    method="GET",
    path="/Accounts/{AccountSid}/Transcriptions/{TranscriptionSid}",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("TranscriptionSid", "transcription_sid"),
    ),
    result="transcription.Transcription",
)
