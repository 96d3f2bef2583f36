"""The resource tree of the clients, generated from the spec's paths: ``client.calls``,
``client.calls.recordings`` ..., each made (and its module loaded) on first use."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from signalwire_compat._client import AsyncSignalWire, SignalWire

    from .accounts import Accounts, AsyncAccounts
    from .applications import Applications, AsyncApplications
    from .available_phone_numbers import AsyncAvailablePhoneNumbers, AvailablePhoneNumbers
    from .calls import AsyncCalls, Calls
    from .conferences import AsyncConferences, Conferences
    from .faxes import AsyncFaxes, Faxes
    from .imported_phone_numbers import AsyncImportedPhoneNumbers, ImportedPhoneNumbers
    from .incoming_phone_numbers import AsyncIncomingPhoneNumbers, IncomingPhoneNumbers
    from .laml_bins import AsyncLamlBins, LamlBins
    from .messages import AsyncMessages, Messages
    from .queues import AsyncQueues, Queues
    from .recordings import AsyncRecordings, Recordings
    from .tokens import AsyncTokens, Tokens
    from .transcriptions import AsyncTranscriptions, Transcriptions

__all__ = ["TREE", "AsyncResources", "Resources"]

TREE: tuple[tuple[str, tuple[tuple[str, str, bool], ...]], ...] = (
    (
        "calls",
        (
            ("list", "calls.list_calls", False),
            ("create", "calls.create_a_call", False),
            ("fetch", "calls.fetch_a_call", False),
            ("update", "calls.update_a_call", True),
            ("delete", "calls.delete_a_call", True),
        ),
    ),
    (
        "calls.recordings",
        (
            ("create", "calls_recordings.create_recording", False),
            ("update", "calls_recordings.update_recording", True),
        ),
    ),
    (
        "calls.streams",
        (
            ("create", "calls_streams.create_stream", False),
            ("update", "calls_streams.update_stream", True),
        ),
    ),
    (
        "conferences",
        (
            ("list", "conferences.list_all_conferences", False),
            ("fetch", "conferences.retrieve_conference", False),
            ("update", "conferences.update_conference", True),
        ),
    ),
    (
        "conferences.participants",
        (
            ("list", "conferences_participants.list_all_participants", False),
            ("fetch", "conferences_participants.retrieve_participant", False),
            ("update", "conferences_participants.update_participant", True),
            ("delete", "conferences_participants.delete_participant", True),
        ),
    ),
    (
        "conferences.recordings",
        (
            ("list", "conferences_recordings.list_conference_recordings", False),
            ("fetch", "conferences_recordings.get_conference_recording", False),
            ("update", "conferences_recordings.update_conference_recording", True),
            ("delete", "conferences_recordings.delete_conference_recording", True),
        ),
    ),
    (
        "conferences.streams",
        (
            ("create", "conferences_streams.create_conference_stream", False),
            ("update", "conferences_streams.update_conference_stream", True),
        ),
    ),
    (
        "queues",
        (
            ("list", "queues.list_queues", False),
            ("create", "queues.create_queue", False),
            ("fetch", "queues.retrieve_queue", False),
            ("update", "queues.update_queue", True),
            ("delete", "queues.delete_queue", True),
        ),
    ),
    (
        "queues.members",
        (
            ("list", "queues_members.list_all_queue_members", False),
            ("fetch", "queues_members.retrieve_queue_member", False),
            ("update", "queues_members.update_queue_member", True),
        ),
    ),
    (
        "messages",
        (
            ("list", "messages.list_messages", False),
            ("create", "messages.create_message", False),
            ("fetch", "messages.retrieve_message", False),
            ("update", "messages.update_message", True),
            ("delete", "messages.delete_message", True),
        ),
    ),
    (
        "messages.media",
        (
            ("list", "messages_media.list_media", False),
            ("fetch", "messages_media.retrieve_media", False),
            ("delete", "messages_media.delete_message_media", True),
        ),
    ),
    (
        "recordings",
        (
            ("list", "recordings.list_recordings", False),
            ("fetch", "recordings.retrieve_recording", False),
            ("delete", "recordings.delete_recording", True),
        ),
    ),
    (
        "transcriptions",
        (
            ("list", "transcriptions.list_transcriptions", False),
            ("fetch", "transcriptions.retrieve_transcription", False),
            ("delete", "transcriptions.delete_transcription", True),
        ),
    ),
    (
        "applications",
        (
            ("list", "applications.list_applications", False),
            ("create", "applications.create_application", False),
            ("fetch", "applications.get_application", False),
            ("update", "applications.update_application", True),
            ("delete", "applications.delete_application", True),
        ),
    ),
    (
        "laml_bins",
        (
            ("list", "laml_bins.list_cxml_scripts", False),
            ("create", "laml_bins.create_cxml_script", False),
            ("fetch", "laml_bins.retrieve_cxml_script", False),
            ("update", "laml_bins.update_cxml_script", True),
            ("delete", "laml_bins.delete_cxml_script", True),
        ),
    ),
    (
        "available_phone_numbers",
        (
            ("list", "available_phone_numbers.list_available_phone_number_resources", False),
            (
                "fetch",
                "available_phone_numbers.list_available_phone_number_resources_by_country",
                False,
            ),
        ),
    ),
    (
        "available_phone_numbers.local",
        (("list", "available_phone_numbers_local.search_local_available_phone_numbers", False),),
    ),
    (
        "available_phone_numbers.toll_free",
        (
            (
                "list",
                "available_phone_numbers_toll_free.search_toll_free_available_phone_numbers",
                False,
            ),
        ),
    ),
    (
        "incoming_phone_numbers",
        (
            ("list", "incoming_phone_numbers.list_incoming_phone_numbers", False),
            ("create", "incoming_phone_numbers.create_incoming_phone_number", False),
            ("fetch", "incoming_phone_numbers.retrieve_incoming_phone_number", False),
            ("update", "incoming_phone_numbers.update_incoming_phone_number", True),
            ("delete", "incoming_phone_numbers.delete_incoming_phone_number", True),
        ),
    ),
    (
        "imported_phone_numbers",
        (("create", "imported_phone_numbers.create_imported_phone_number", False),),
    ),
    (
        "accounts",
        (
            ("list", "accounts.list_accounts", False),
            ("create", "accounts.create_subprojects", False),
            ("fetch", "accounts.get_account", False),
            ("update", "accounts.update_account", True),
        ),
    ),
    (
        "tokens",
        (
            ("create", "tokens.create_token", False),
            ("delete", "tokens.delete_token", True),
            ("update", "tokens.update_token", True),
        ),
    ),
    (
        "faxes",
        (
            ("list", "faxes.list_all_faxes", False),
            ("create", "faxes.send_fax", False),
            ("fetch", "faxes.retrieve_fax", False),
            ("update", "faxes.update_fax", True),
            ("delete", "faxes.delete_fax", True),
        ),
    ),
    (
        "faxes.media",
        (
            ("list", "faxes_media.list_all_fax_media", False),
            ("fetch", "faxes_media.retrieve_medias", False),
            ("delete", "faxes_media.delete_fax_media", True),
        ),
    ),
)
"""Every resource (its attribute path) with its operations: the method's name, the
operation's module under ``api``, and whether it also has ``<method>_many``."""


class Resources:
    """The root resources of ``SignalWire``."""

    @functools.cached_property
    def calls(self) -> Calls:
        """``client.calls``: Voice calls of a project."""
        from .calls import Calls

        return Calls(cast("SignalWire", self))

    @functools.cached_property
    def conferences(self) -> Conferences:
        """``client.conferences``: Conference rooms of a project and their state."""
        from .conferences import Conferences

        return Conferences(cast("SignalWire", self))

    @functools.cached_property
    def queues(self) -> Queues:
        """``client.queues``: Call queues of a project."""
        from .queues import Queues

        return Queues(cast("SignalWire", self))

    @functools.cached_property
    def messages(self) -> Messages:
        """``client.messages``: Text and multimedia messages (SMS and MMS) of a project."""
        from .messages import Messages

        return Messages(cast("SignalWire", self))

    @functools.cached_property
    def recordings(self) -> Recordings:
        """``client.recordings``: Recordings of calls, and the project's recordings as a whole."""
        from .recordings import Recordings

        return Recordings(cast("SignalWire", self))

    @functools.cached_property
    def transcriptions(self) -> Transcriptions:
        """``client.transcriptions``: Text transcriptions of recordings."""
        from .transcriptions import Transcriptions

        return Transcriptions(cast("SignalWire", self))

    @functools.cached_property
    def applications(self) -> Applications:
        """``client.applications``: cXML applications, the URLs and methods that handle a phone number's calls and messages."""
        from .applications import Applications

        return Applications(cast("SignalWire", self))

    @functools.cached_property
    def laml_bins(self) -> LamlBins:
        """``client.laml_bins``: cXML documents stored and served by SignalWire (LaML bins), each at its own URL."""
        from .laml_bins import LamlBins

        return LamlBins(cast("SignalWire", self))

    @functools.cached_property
    def available_phone_numbers(self) -> AvailablePhoneNumbers:
        """``client.available_phone_numbers``: The phone numbers a project can buy, searched by country and kind."""
        from .available_phone_numbers import AvailablePhoneNumbers

        return AvailablePhoneNumbers(cast("SignalWire", self))

    @functools.cached_property
    def incoming_phone_numbers(self) -> IncomingPhoneNumbers:
        """``client.incoming_phone_numbers``: The phone numbers a project owns, and where their calls and messages go."""
        from .incoming_phone_numbers import IncomingPhoneNumbers

        return IncomingPhoneNumbers(cast("SignalWire", self))

    @functools.cached_property
    def imported_phone_numbers(self) -> ImportedPhoneNumbers:
        """``client.imported_phone_numbers``: Numbers held with another carrier, brought into a project."""
        from .imported_phone_numbers import ImportedPhoneNumbers

        return ImportedPhoneNumbers(cast("SignalWire", self))

    @functools.cached_property
    def accounts(self) -> Accounts:
        """``client.accounts``: The project itself and its subprojects."""
        from .accounts import Accounts

        return Accounts(cast("SignalWire", self))

    @functools.cached_property
    def tokens(self) -> Tokens:
        """``client.tokens``: The API tokens that authenticate requests to a project."""
        from .tokens import Tokens

        return Tokens(cast("SignalWire", self))

    @functools.cached_property
    def faxes(self) -> Faxes:
        """``client.faxes``: Faxes a project sent or received."""
        from .faxes import Faxes

        return Faxes(cast("SignalWire", self))


class AsyncResources:
    """The root resources of ``AsyncSignalWire``."""

    @functools.cached_property
    def calls(self) -> AsyncCalls:
        """``client.calls``: Voice calls of a project."""
        from .calls import AsyncCalls

        return AsyncCalls(cast("AsyncSignalWire", self))

    @functools.cached_property
    def conferences(self) -> AsyncConferences:
        """``client.conferences``: Conference rooms of a project and their state."""
        from .conferences import AsyncConferences

        return AsyncConferences(cast("AsyncSignalWire", self))

    @functools.cached_property
    def queues(self) -> AsyncQueues:
        """``client.queues``: Call queues of a project."""
        from .queues import AsyncQueues

        return AsyncQueues(cast("AsyncSignalWire", self))

    @functools.cached_property
    def messages(self) -> AsyncMessages:
        """``client.messages``: Text and multimedia messages (SMS and MMS) of a project."""
        from .messages import AsyncMessages

        return AsyncMessages(cast("AsyncSignalWire", self))

    @functools.cached_property
    def recordings(self) -> AsyncRecordings:
        """``client.recordings``: Recordings of calls, and the project's recordings as a whole."""
        from .recordings import AsyncRecordings

        return AsyncRecordings(cast("AsyncSignalWire", self))

    @functools.cached_property
    def transcriptions(self) -> AsyncTranscriptions:
        """``client.transcriptions``: Text transcriptions of recordings."""
        from .transcriptions import AsyncTranscriptions

        return AsyncTranscriptions(cast("AsyncSignalWire", self))

    @functools.cached_property
    def applications(self) -> AsyncApplications:
        """``client.applications``: cXML applications, the URLs and methods that handle a phone number's calls and messages."""
        from .applications import AsyncApplications

        return AsyncApplications(cast("AsyncSignalWire", self))

    @functools.cached_property
    def laml_bins(self) -> AsyncLamlBins:
        """``client.laml_bins``: cXML documents stored and served by SignalWire (LaML bins), each at its own URL."""
        from .laml_bins import AsyncLamlBins

        return AsyncLamlBins(cast("AsyncSignalWire", self))

    @functools.cached_property
    def available_phone_numbers(self) -> AsyncAvailablePhoneNumbers:
        """``client.available_phone_numbers``: The phone numbers a project can buy, searched by country and kind."""
        from .available_phone_numbers import AsyncAvailablePhoneNumbers

        return AsyncAvailablePhoneNumbers(cast("AsyncSignalWire", self))

    @functools.cached_property
    def incoming_phone_numbers(self) -> AsyncIncomingPhoneNumbers:
        """``client.incoming_phone_numbers``: The phone numbers a project owns, and where their calls and messages go."""
        from .incoming_phone_numbers import AsyncIncomingPhoneNumbers

        return AsyncIncomingPhoneNumbers(cast("AsyncSignalWire", self))

    @functools.cached_property
    def imported_phone_numbers(self) -> AsyncImportedPhoneNumbers:
        """``client.imported_phone_numbers``: Numbers held with another carrier, brought into a project."""
        from .imported_phone_numbers import AsyncImportedPhoneNumbers

        return AsyncImportedPhoneNumbers(cast("AsyncSignalWire", self))

    @functools.cached_property
    def accounts(self) -> AsyncAccounts:
        """``client.accounts``: The project itself and its subprojects."""
        from .accounts import AsyncAccounts

        return AsyncAccounts(cast("AsyncSignalWire", self))

    @functools.cached_property
    def tokens(self) -> AsyncTokens:
        """``client.tokens``: The API tokens that authenticate requests to a project."""
        from .tokens import AsyncTokens

        return AsyncTokens(cast("AsyncSignalWire", self))

    @functools.cached_property
    def faxes(self) -> AsyncFaxes:
        """``client.faxes``: Faxes a project sent or received."""
        from .faxes import AsyncFaxes

        return AsyncFaxes(cast("AsyncSignalWire", self))
