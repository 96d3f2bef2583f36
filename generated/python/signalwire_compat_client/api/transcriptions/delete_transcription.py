"""Delete a transcription: ``DELETE /Accounts/{AccountSid}/Transcriptions/{TranscriptionSid}``."""

from __future__ import annotations

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "DeleteTranscriptionParams"]


class DeleteTranscriptionParams(RequestOptions, total=False):
    """The arguments of ``delete_transcription``."""


OPERATION = Operation(
    name="delete_transcription",
    method="DELETE",
    path="/Accounts/{AccountSid}/Transcriptions/{TranscriptionSid}",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("TranscriptionSid", "transcription_sid"),
    ),
)
