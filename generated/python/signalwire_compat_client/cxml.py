"""cXML builders and validator, generated from spec/cxml.yaml by scripts/cxml_generate.py, with
the table of elements they check against in ``cxml.json.gz`` beside it.

Do not edit: ``make generate`` rewrites both. Import ``signalwire_compat.cxml`` instead.
Reference: https://developer.signalwire.com/compatibility-api/cxml
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, Required, Self, TypedDict, Unpack

from signalwire_compat._cxml import Element, ElementSpec, element_specs
from signalwire_compat._cxml_validate import CXML_MAX_BYTES, CxmlProblem, validate
from signalwire_compat._generated import shipped

__all__ = [
    "CXML_MAX_BYTES",
    "Body",
    "Conference",
    "ConferenceAttributes",
    "ConferenceStream",
    "ConferenceStreamAttributes",
    "Connect",
    "ConnectAttributes",
    "CxmlDocument",
    "CxmlProblem",
    "Denoise",
    "Dial",
    "DialAttributes",
    "Echo",
    "EchoAttributes",
    "Enqueue",
    "EnqueueAttributes",
    "FaxReject",
    "FaxResponse",
    "Gather",
    "GatherAttributes",
    "Hangup",
    "Leave",
    "Media",
    "Message",
    "MessageAttributes",
    "MessagingResponse",
    "Number",
    "NumberAttributes",
    "Parameter",
    "ParameterAttributes",
    "Pause",
    "PauseAttributes",
    "Pay",
    "PayAttributes",
    "Play",
    "PlayAttributes",
    "Prompt",
    "PromptAttributes",
    "Queue",
    "QueueAttributes",
    "Receive",
    "ReceiveAttributes",
    "Record",
    "RecordAttributes",
    "Redirect",
    "RedirectAttributes",
    "Refer",
    "ReferAttributes",
    "ReferSip",
    "Reject",
    "RejectAttributes",
    "Room",
    "Say",
    "SayAttributes",
    "Sip",
    "SipAttributes",
    "Sms",
    "SmsAttributes",
    "SsmlBreak",
    "SsmlBreakAttributes",
    "SsmlEmphasis",
    "SsmlEmphasisAttributes",
    "SsmlLang",
    "SsmlLangAttributes",
    "SsmlP",
    "SsmlPhoneme",
    "SsmlPhonemeAttributes",
    "SsmlProsody",
    "SsmlProsodyAttributes",
    "SsmlS",
    "SsmlSayAs",
    "SsmlSayAsAttributes",
    "SsmlSub",
    "SsmlSubAttributes",
    "SsmlW",
    "SsmlWAttributes",
    "Start",
    "Stop",
    "Stream",
    "StreamAttributes",
    "Verto",
    "VirtualAgent",
    "VirtualAgentAttributes",
    "VoiceResponse",
    "validate_cxml",
]

_SPECS = element_specs(shipped("cxml.json.gz"))
"""Each element's tag, text, attributes and children, by class name (from the same description)."""

CxmlDocument = Literal["voice", "messaging", "fax"]
"""The kinds of document: ``voice`` (``VoiceResponse``), ``messaging`` (``MessagingResponse``), ``fax`` (``FaxResponse``)."""


class VoiceResponse(Element):
    """``<Response>``: The instructions a call runs, in order. The voice overview lists <Stream>
    among the verbs, so it is allowed at the top level; its own page starts a stream inside
    <Start> (or <Connect> for a bidirectional one).
    """

    __slots__ = ()
    SPEC = _SPECS["VoiceResponse"]

    def __init__(self) -> None:
        super().__init__(None, {})

    def connect(self, **attributes: Unpack[ConnectAttributes]) -> Connect:
        """Adds ``<Connect>`` and returns it: Connects the call to another resource, a video
        room, a stream or an agent.
        """
        return self._nest(Connect(**attributes))

    def denoise(self, text: Literal["on", "off"], /) -> Denoise:
        """Adds ``<Denoise>`` and returns it: Turns noise reduction of the audio coming into
        SignalWire on or off.
        """
        return self._nest(Denoise(text))

    def dial(self, text: str | None = None, /, **attributes: Unpack[DialAttributes]) -> Dial:
        """Adds ``<Dial>`` and returns it: Calls another party and bridges the call to it."""
        return self._nest(Dial(text, **attributes))

    def echo(self, **attributes: Unpack[EchoAttributes]) -> Echo:
        """Adds ``<Echo>`` and returns it: Plays the caller's audio back to the caller."""
        return self._nest(Echo(**attributes))

    def enqueue(
        self, text: str | None = None, /, **attributes: Unpack[EnqueueAttributes]
    ) -> Enqueue:
        """Adds ``<Enqueue>`` and returns it: Puts the call in a queue, created if it does not
        exist.
        """
        return self._nest(Enqueue(text, **attributes))

    def gather(self, **attributes: Unpack[GatherAttributes]) -> Gather:
        """Adds ``<Gather>`` and returns it: Collects pressed digits or transcribed speech, while
        its nested verbs play.
        """
        return self._nest(Gather(**attributes))

    def hangup(self) -> Hangup:
        """Adds ``<Hangup>`` and returns it: Ends the call (an answered call, so it is billed)."""
        return self._nest(Hangup())

    def leave(self) -> Leave:
        """Adds ``<Leave>`` and returns it: Takes the call out of its queue; the call goes on
        after its <Enqueue>.
        """
        return self._nest(Leave())

    def pause(self, **attributes: Unpack[PauseAttributes]) -> Pause:
        """Adds ``<Pause>`` and returns it: Waits in silence."""
        return self._nest(Pause(**attributes))

    def pay(self, **attributes: Unpack[PayAttributes]) -> Pay:
        """Adds ``<Pay>`` and returns it: Collects payment details by keypad and sends them to a
        payment connector. The reference marks minPostalCodeLength, paymentConnectorUrl and
        securityCode as required, yet its own examples leave them out; they are optional here.
        """
        return self._nest(Pay(**attributes))

    def play(self, text: str | None = None, /, **attributes: Unpack[PlayAttributes]) -> Play:
        """Adds ``<Play>`` and returns it: Plays an audio file, or DTMF tones, into the call."""
        return self._nest(Play(text, **attributes))

    def record(self, **attributes: Unpack[RecordAttributes]) -> Record:
        """Adds ``<Record>`` and returns it: Records the caller and reports the recording's URL."""
        return self._nest(Record(**attributes))

    def redirect(self, text: str, /, **attributes: Unpack[RedirectAttributes]) -> Redirect:
        """Adds ``<Redirect>`` and returns it: Stops this document and runs the cXML at another
        URL.
        """
        return self._nest(Redirect(text, **attributes))

    def refer(self, **attributes: Unpack[ReferAttributes]) -> Refer:
        """Adds ``<Refer>`` and returns it: Transfers a SIP call out of SignalWire with a SIP
        REFER.
        """
        return self._nest(Refer(**attributes))

    def reject(self, **attributes: Unpack[RejectAttributes]) -> Reject:
        """Adds ``<Reject>`` and returns it: Declines the call without answering it (not billed)."""
        return self._nest(Reject(**attributes))

    def say(self, text: str | None = None, /, **attributes: Unpack[SayAttributes]) -> Say:
        """Adds ``<Say>`` and returns it: Speaks text into the call."""
        return self._nest(Say(text, **attributes))

    def sms(self, text: str, /, **attributes: Unpack[SmsAttributes]) -> Sms:
        """Adds ``<Sms>`` and returns it: Sends an SMS during the call."""
        return self._nest(Sms(text, **attributes))

    def start(self) -> Start:
        """Adds ``<Start>`` and returns it: Starts something that runs beside the call, such as a
        stream. The reference shows <Start> on the Stream page only, with no attributes.
        """
        return self._nest(Start())

    def stop(self) -> Stop:
        """Adds ``<Stop>`` and returns it: Stops something started by <Start>, such as a named
        stream. The reference shows <Stop> on the Stream page only, with no attributes.
        """
        return self._nest(Stop())

    def stream(self, **attributes: Unpack[StreamAttributes]) -> Stream:
        """Adds ``<Stream>`` and returns it: Streams the call's audio to a WebSocket. The
        reference marks `url` as required, but stops a stream by `name` alone, so it is
        optional here.
        """
        return self._nest(Stream(**attributes))

    def append(
        self,
        child: Connect
        | Denoise
        | Dial
        | Echo
        | Enqueue
        | Gather
        | Hangup
        | Leave
        | Pause
        | Pay
        | Play
        | Record
        | Redirect
        | Refer
        | Reject
        | Say
        | Sms
        | Start
        | Stop
        | Stream,
    ) -> Self:
        """Adds an element made on its own; returns this one."""
        self._append(child)
        return self


class MessagingResponse(Element):
    """``<Response>``: The instructions an incoming message runs."""

    __slots__ = ()
    SPEC = _SPECS["MessagingResponse"]

    def __init__(self) -> None:
        super().__init__(None, {})

    def message(
        self, text: str | None = None, /, **attributes: Unpack[MessageAttributes]
    ) -> Message:
        """Adds ``<Message>`` and returns it: Sends an SMS or MMS."""
        return self._nest(Message(text, **attributes))

    def redirect(self, text: str, /, **attributes: Unpack[RedirectAttributes]) -> Redirect:
        """Adds ``<Redirect>`` and returns it: Stops this document and runs the cXML at another
        URL.
        """
        return self._nest(Redirect(text, **attributes))

    def append(self, child: Message | Redirect) -> Self:
        """Adds an element made on its own; returns this one."""
        self._append(child)
        return self


class FaxResponse(Element):
    """``<Response>``: What to do with an incoming fax."""

    __slots__ = ()
    SPEC = _SPECS["FaxResponse"]

    def __init__(self) -> None:
        super().__init__(None, {})

    def receive(self, **attributes: Unpack[ReceiveAttributes]) -> Receive:
        """Adds ``<Receive>`` and returns it: Receives the incoming fax."""
        return self._nest(Receive(**attributes))

    def reject(self) -> FaxReject:
        """Adds ``<Reject>`` and returns it: Rejects the incoming fax (its status becomes
        canceled).
        """
        return self._nest(FaxReject())

    def append(self, child: Receive | FaxReject) -> Self:
        """Adds an element made on its own; returns this one."""
        self._append(child)
        return self


class ConnectAttributes(TypedDict, total=False):
    """The attributes of ``<Connect>`` (Connect), as keyword arguments."""

    action: str
    """URL requested when the connected session ends; its cXML continues the call. The reference
    names this attribute on the VirtualAgent page only. (``action``)
    """


class Connect(Element):
    """``<Connect>``: Connects the call to another resource, a video room, a stream or an agent."""

    __slots__ = ()
    SPEC = _SPECS["Connect"]

    def __init__(self, **attributes: Unpack[ConnectAttributes]) -> None:
        super().__init__(None, attributes)

    def room(self, text: str, /) -> Room:
        """Adds ``<Room>`` and returns it: A video room, by its name."""
        return self._nest(Room(text))

    def stream(self, **attributes: Unpack[StreamAttributes]) -> Stream:
        """Adds ``<Stream>`` and returns it: Streams the call's audio to a WebSocket. The
        reference marks `url` as required, but stops a stream by `name` alone, so it is
        optional here.
        """
        return self._nest(Stream(**attributes))

    def virtual_agent(self, **attributes: Unpack[VirtualAgentAttributes]) -> VirtualAgent:
        """Adds ``<VirtualAgent>`` and returns it: A Dialogflow agent (deprecated by SignalWire)."""
        return self._nest(VirtualAgent(**attributes))

    def append(self, child: Room | Stream | VirtualAgent) -> Self:
        """Adds an element made on its own; returns this one."""
        self._append(child)
        return self


class Denoise(Element):
    """``<Denoise>``: Turns noise reduction of the audio coming into SignalWire on or off. Its
    text: `on` or `off`.
    """

    __slots__ = ()
    SPEC = _SPECS["Denoise"]

    def __init__(self, text: Literal["on", "off"], /) -> None:
        super().__init__(text, {})


class DialAttributes(TypedDict, total=False):
    """The attributes of ``<Dial>`` (Dial), as keyword arguments."""

    action: str
    """URL requested when the dialed call ends. (``action``)"""
    answer_on_bridge: bool
    """Keep the caller ringing until the dialed party answers. (``answerOnBridge``)"""
    caller_id: str
    """Caller ID shown to the dialed party (E.164 for numbers). (``callerId``)"""
    caller_name: str
    """Caller name shown on SIP calls (up to 70 characters). (``callerName``)"""
    hangup_on_star: bool
    """Let the caller end the dialed call by pressing the star key. (``hangupOnStar``)"""
    method: Literal["GET", "POST"]
    """HTTP method for `action`. (``method``)"""
    record: Literal[
        "do-not-record",
        "record-from-answer",
        "record-from-ringing",
        "record-from-answer-dual",
        "record-from-ringing-dual",
    ]
    """Record both legs, in one channel or two, from answer or from ringing. (``record``)"""
    recording_status_callback: str
    """URL told when the recording is available. (``recordingStatusCallback``)"""
    recording_status_callback_event: (
        Literal["completed", "in-progress", "absent"]
        | Sequence[Literal["completed", "in-progress", "absent"]]
    )
    """Recording events that are reported. (``recordingStatusCallbackEvent``)"""
    recording_status_callback_method: Literal["GET", "POST"]
    """HTTP method for `recordingStatusCallback`. (``recordingStatusCallbackMethod``)"""
    recording_storage_url: str
    """URL the recording is sent to instead of SignalWire's storage. (``recordingStorageUrl``)"""
    recording_storage_url_method: Literal["POST", "PUT"]
    """HTTP method for `recordingStorageUrl`. (``recordingStorageUrlMethod``)"""
    recording_track: Literal["inbound", "outbound", "both"]
    """Which audio is recorded. (``recordingTrack``)"""
    ring_tone: Literal[
        "at",
        "au",
        "bg",
        "br",
        "be",
        "ch",
        "cl",
        "cn",
        "cz",
        "de",
        "dk",
        "ee",
        "es",
        "fi",
        "fr",
        "gr",
        "hu",
        "il",
        "in",
        "it",
        "lt",
        "jp",
        "mx",
        "my",
        "nl",
        "no",
        "nz",
        "ph",
        "pl",
        "pt",
        "ru",
        "se",
        "sg",
        "th",
        "uk",
        "us",
        "us-old",
        "tw",
        "ve",
        "za",
    ]
    """Country whose ringback tone the caller hears. (``ringTone``)"""
    time_limit: int
    """Longest duration of the dialed call, in seconds. (``timeLimit``)"""
    timeout: int
    """Seconds to wait for an answer (5 to 600). (``timeout``)"""
    trim: Literal["trim-silence", "do-not-trim"]
    """Whether leading and trailing silence is cut from the recording. (``trim``)"""


class Dial(Element):
    """``<Dial>``: Calls another party and bridges the call to it. Its text: A number to dial,
    when no noun is nested.
    """

    __slots__ = ()
    SPEC = _SPECS["Dial"]

    def __init__(self, text: str | None = None, /, **attributes: Unpack[DialAttributes]) -> None:
        super().__init__(text, attributes)

    def number(self, text: str, /, **attributes: Unpack[NumberAttributes]) -> Number:
        """Adds ``<Number>`` and returns it: A phone number to dial; up to ten ring at once."""
        return self._nest(Number(text, **attributes))

    def sip(self, text: str, /, **attributes: Unpack[SipAttributes]) -> Sip:
        """Adds ``<Sip>`` and returns it: A SIP endpoint to dial; up to ten ring at once."""
        return self._nest(Sip(text, **attributes))

    def conference(self, text: str, /, **attributes: Unpack[ConferenceAttributes]) -> Conference:
        """Adds ``<Conference>`` and returns it: A named conference room to join."""
        return self._nest(Conference(text, **attributes))

    def queue(self, text: str, /, **attributes: Unpack[QueueAttributes]) -> Queue:
        """Adds ``<Queue>`` and returns it: A queue whose first caller is connected."""
        return self._nest(Queue(text, **attributes))

    def verto(self, text: str, /) -> Verto:
        """Adds ``<Verto>`` and returns it: A Verto client to dial."""
        return self._nest(Verto(text))

    def append(self, child: Number | Sip | Conference | Queue | Verto) -> Self:
        """Adds an element made on its own; returns this one."""
        self._append(child)
        return self


class EchoAttributes(TypedDict, total=False):
    """The attributes of ``<Echo>`` (Echo), as keyword arguments."""

    timeout: int
    """Seconds to echo, 5 to 120. (``timeout``)"""


class Echo(Element):
    """``<Echo>``: Plays the caller's audio back to the caller."""

    __slots__ = ()
    SPEC = _SPECS["Echo"]

    def __init__(self, **attributes: Unpack[EchoAttributes]) -> None:
        super().__init__(None, attributes)


class EnqueueAttributes(TypedDict, total=False):
    """The attributes of ``<Enqueue>`` (Enqueue), as keyword arguments."""

    action: str
    """URL requested when the call leaves the queue. (``action``)"""
    method: Literal["GET", "POST"]
    """HTTP method for `action`. (``method``)"""
    wait_url: str
    """URL of the cXML run while the call waits. (``waitUrl``)"""
    wait_url_method: Literal["GET", "POST"]
    """HTTP method for `waitUrl`. (``waitUrlMethod``)"""


class Enqueue(Element):
    """``<Enqueue>``: Puts the call in a queue, created if it does not exist. Its text: The
    queue's name.
    """

    __slots__ = ()
    SPEC = _SPECS["Enqueue"]

    def __init__(self, text: str | None = None, /, **attributes: Unpack[EnqueueAttributes]) -> None:
        super().__init__(text, attributes)


class GatherAttributes(TypedDict, total=False):
    """The attributes of ``<Gather>`` (Gather), as keyword arguments."""

    action: str
    """URL that receives the input. (``action``)"""
    action_on_empty_result: bool
    """Request `action` even when nothing was entered. (``actionOnEmptyResult``)"""
    enhanced: bool
    """Use enhanced speech recognition (charged extra). (``enhanced``)"""
    finish_on_key: str
    """Keys that end the input. (``finishOnKey``)"""
    hints: str
    """Words and phrases the caller is likely to say. (``hints``)"""
    input: Literal["dtmf", "speech"] | Sequence[Literal["dtmf", "speech"]]
    """Which kinds of input are taken. (``input``)"""
    language: str
    """Language the caller is expected to speak. (``language``)"""
    method: Literal["GET", "POST"]
    """HTTP method for `action`. (``method``)"""
    num_digits: int
    """Number of digits expected. (``numDigits``)"""
    partial_result_callback: str
    """URL told of interim speech results. (``partialResultCallback``)"""
    partial_result_callback_method: Literal["GET", "POST"]
    """HTTP method for `partialResultCallback`. (``partialResultCallbackMethod``)"""
    profanity_filter: bool
    """Mask profanity in transcriptions. (``profanityFilter``)"""
    speech_model: Literal["phone_call", "video", "default"]
    """Enhanced recognition model. (``speechModel``)"""
    speech_timeout: str
    """Seconds of silence that end speech, or `auto`. (``speechTimeout``)"""
    timeout: int
    """Seconds of silence that end the input. (``timeout``)"""


class Gather(Element):
    """``<Gather>``: Collects pressed digits or transcribed speech, while its nested verbs play."""

    __slots__ = ()
    SPEC = _SPECS["Gather"]

    def __init__(self, **attributes: Unpack[GatherAttributes]) -> None:
        super().__init__(None, attributes)

    def say(self, text: str | None = None, /, **attributes: Unpack[SayAttributes]) -> Say:
        """Adds ``<Say>`` and returns it: Speaks text into the call."""
        return self._nest(Say(text, **attributes))

    def play(self, text: str | None = None, /, **attributes: Unpack[PlayAttributes]) -> Play:
        """Adds ``<Play>`` and returns it: Plays an audio file, or DTMF tones, into the call."""
        return self._nest(Play(text, **attributes))

    def pause(self, **attributes: Unpack[PauseAttributes]) -> Pause:
        """Adds ``<Pause>`` and returns it: Waits in silence."""
        return self._nest(Pause(**attributes))

    def append(self, child: Say | Play | Pause) -> Self:
        """Adds an element made on its own; returns this one."""
        self._append(child)
        return self


class Hangup(Element):
    """``<Hangup>``: Ends the call (an answered call, so it is billed)."""

    __slots__ = ()
    SPEC = _SPECS["Hangup"]

    def __init__(self) -> None:
        super().__init__(None, {})


class Leave(Element):
    """``<Leave>``: Takes the call out of its queue; the call goes on after its <Enqueue>."""

    __slots__ = ()
    SPEC = _SPECS["Leave"]

    def __init__(self) -> None:
        super().__init__(None, {})


class PauseAttributes(TypedDict, total=False):
    """The attributes of ``<Pause>`` (Pause), as keyword arguments."""

    length: int
    """Seconds to wait. (``length``)"""


class Pause(Element):
    """``<Pause>``: Waits in silence."""

    __slots__ = ()
    SPEC = _SPECS["Pause"]

    def __init__(self, **attributes: Unpack[PauseAttributes]) -> None:
        super().__init__(None, attributes)


class PayAttributes(TypedDict, total=False):
    """The attributes of ``<Pay>`` (Pay), as keyword arguments."""

    action: str
    """HTTPS URL requested when the payment flow ends. (``action``)"""
    charge_amount: float
    """Amount to charge; 0 or absent stores a token only. (``chargeAmount``)"""
    currency: str
    """Three-letter currency code. (``currency``)"""
    description: str
    """Description passed to the payment processor. (``description``)"""
    input: Literal["dtmf"]
    """How the details are entered. (``input``)"""
    language: str
    """Language of the prompts. (``language``)"""
    max_attempts: int
    """Attempts allowed per step (1 to 3). (``maxAttempts``)"""
    min_postal_code_length: int
    """Fewest digits accepted for a postal code. (``minPostalCodeLength``)"""
    payment_connector_url: str
    """URL the encrypted payment details are posted to. (``paymentConnectorUrl``)"""
    payment_method: str
    """Collection flow: `credit-card`, or ACH. (``paymentMethod``)"""
    postal_code: bool | str
    """Ask for a postal code, skip it, or give it. (``postalCode``)"""
    security_code: bool
    """Ask for the card's security code. (``securityCode``)"""
    status_callback: str
    """HTTPS URL told of each payment step. (``statusCallback``)"""
    timeout: int
    """Seconds to wait for the next digit. (``timeout``)"""
    token_type: Literal["one-time", "reusable"]
    """Whether the token can be reused. (``tokenType``)"""
    valid_card_types: (
        Literal[
            "visa",
            "mastercard",
            "amex",
            "maestro",
            "discover",
            "optima",
            "jcb",
            "diners-club",
            "enroute",
        ]
        | Sequence[
            Literal[
                "visa",
                "mastercard",
                "amex",
                "maestro",
                "discover",
                "optima",
                "jcb",
                "diners-club",
                "enroute",
            ]
        ]
    )
    """Card types accepted. (``validCardTypes``)"""


class Pay(Element):
    """``<Pay>``: Collects payment details by keypad and sends them to a payment connector. The
    reference marks minPostalCodeLength, paymentConnectorUrl and securityCode as required, yet
    its own examples leave them out; they are optional here.
    """

    __slots__ = ()
    SPEC = _SPECS["Pay"]

    def __init__(self, **attributes: Unpack[PayAttributes]) -> None:
        super().__init__(None, attributes)

    def parameter(self, **attributes: Unpack[ParameterAttributes]) -> Parameter:
        """Adds ``<Parameter>`` and returns it: A custom name and value passed on to a stream or
        a payment connector.
        """
        return self._nest(Parameter(**attributes))

    def prompt(self, **attributes: Unpack[PromptAttributes]) -> Prompt:
        """Adds ``<Prompt>`` and returns it: Replaces the default prompt of one payment step."""
        return self._nest(Prompt(**attributes))

    def append(self, child: Parameter | Prompt) -> Self:
        """Adds an element made on its own; returns this one."""
        self._append(child)
        return self


class PlayAttributes(TypedDict, total=False):
    """The attributes of ``<Play>`` (Play), as keyword arguments."""

    digits: str
    """DTMF tones to play; each `w` waits half a second. (``digits``)"""
    loop: int
    """Times to play; 0 repeats until the call ends. (``loop``)"""


class Play(Element):
    """``<Play>``: Plays an audio file, or DTMF tones, into the call. Its text: URL of the audio
    (HTTP or RTMP).
    """

    __slots__ = ()
    SPEC = _SPECS["Play"]

    def __init__(self, text: str | None = None, /, **attributes: Unpack[PlayAttributes]) -> None:
        super().__init__(text, attributes)


class RecordAttributes(TypedDict, total=False):
    """The attributes of ``<Record>`` (Record), as keyword arguments."""

    action: str
    """URL requested when the recording ends. (``action``)"""
    finish_on_key: str
    """Keys that end the recording. (``finishOnKey``)"""
    max_length: int
    """Longest recording in seconds (0 means 3600). (``maxLength``)"""
    method: Literal["GET", "POST"]
    """HTTP method for `action`. (``method``)"""
    play_beep: bool
    """Beep before recording. (``playBeep``)"""
    recording_status_callback: str
    """URL told when the recording is available. (``recordingStatusCallback``)"""
    recording_status_callback_event: (
        Literal["completed", "in-progress", "absent"]
        | Sequence[Literal["completed", "in-progress", "absent"]]
    )
    """Recording events that are reported. (``recordingStatusCallbackEvent``)"""
    recording_status_callback_method: Literal["GET", "POST"]
    """HTTP method for `recordingStatusCallback`. (``recordingStatusCallbackMethod``)"""
    storage_url: str
    """URL the recording is sent to instead of SignalWire's storage. (``storageUrl``)"""
    storage_url_method: Literal["POST", "PUT"]
    """HTTP method for `storageUrl`. (``storageUrlMethod``)"""
    timeout: int
    """Seconds of silence that end the recording. (``timeout``)"""
    transcribe: bool
    """Transcribe the recording (charged extra). (``transcribe``)"""
    transcribe_callback: str
    """URL that receives the transcription. (``transcribeCallback``)"""
    trim: Literal["trim-silence", "do-not-trim"]
    """Whether leading and trailing silence is cut. (``trim``)"""


class Record(Element):
    """``<Record>``: Records the caller and reports the recording's URL."""

    __slots__ = ()
    SPEC = _SPECS["Record"]

    def __init__(self, **attributes: Unpack[RecordAttributes]) -> None:
        super().__init__(None, attributes)


class RedirectAttributes(TypedDict, total=False):
    """The attributes of ``<Redirect>`` (Redirect), as keyword arguments."""

    method: Literal["GET", "POST"]
    """HTTP method for the URL. (``method``)"""


class Redirect(Element):
    """``<Redirect>``: Stops this document and runs the cXML at another URL. Its text: The URL to
    run next.
    """

    __slots__ = ()
    SPEC = _SPECS["Redirect"]

    def __init__(self, text: str, /, **attributes: Unpack[RedirectAttributes]) -> None:
        super().__init__(text, attributes)


class ReferAttributes(TypedDict, total=False):
    """The attributes of ``<Refer>`` (Refer), as keyword arguments."""

    action: str
    """URL requested when the transfer ends. (``action``)"""
    method: Literal["GET", "POST"]
    """HTTP method for `action`. (``method``)"""


class Refer(Element):
    """``<Refer>``: Transfers a SIP call out of SignalWire with a SIP REFER."""

    __slots__ = ()
    SPEC = _SPECS["Refer"]

    def __init__(self, **attributes: Unpack[ReferAttributes]) -> None:
        super().__init__(None, attributes)

    def sip(self, text: str, /) -> ReferSip:
        """Adds ``<Sip>`` and returns it: The SIP URI the call is transferred to."""
        return self._nest(ReferSip(text))

    def append(self, child: ReferSip) -> Self:
        """Adds an element made on its own; returns this one."""
        self._append(child)
        return self


class RejectAttributes(TypedDict, total=False):
    """The attributes of ``<Reject>`` (Reject), as keyword arguments."""

    reason: Literal["busy", "rejected"]
    """Whether the caller hears busy or not in service. (``reason``)"""


class Reject(Element):
    """``<Reject>``: Declines the call without answering it (not billed)."""

    __slots__ = ()
    SPEC = _SPECS["Reject"]

    def __init__(self, **attributes: Unpack[RejectAttributes]) -> None:
        super().__init__(None, attributes)


class SayAttributes(TypedDict, total=False):
    """The attributes of ``<Say>`` (Say), as keyword arguments."""

    language: str
    """Language and locale of the voice. (``language``)"""
    loop: int
    """Times to speak; 0 repeats until the call ends. (``loop``)"""
    voice: str
    """The voice: man, woman, or a Polly. or gcloud. voice name. (``voice``)"""


class Say(Element):
    """``<Say>``: Speaks text into the call. Its text: The words to speak (up to 4,096
    characters), SSML elements among them. The reference lists the SSML tags <Say> reads,
    without the <speak> that usually wraps SSML, and does not say which nest in which; the
    nesting here is twilio-python's.
    """

    __slots__ = ()
    SPEC = _SPECS["Say"]

    def __init__(self, text: str | None = None, /, **attributes: Unpack[SayAttributes]) -> None:
        super().__init__(text, attributes)

    def break_(self, **attributes: Unpack[SsmlBreakAttributes]) -> SsmlBreak:
        """Adds ``<break>`` and returns it: A pause in the speech."""
        return self._nest(SsmlBreak(**attributes))

    def emphasis(
        self, text: str | None = None, /, **attributes: Unpack[SsmlEmphasisAttributes]
    ) -> SsmlEmphasis:
        """Adds ``<emphasis>`` and returns it: Words spoken with more or less stress (louder and
        slower, or softer and faster).
        """
        return self._nest(SsmlEmphasis(text, **attributes))

    def lang(
        self, text: str | None = None, /, **attributes: Unpack[SsmlLangAttributes]
    ) -> SsmlLang:
        """Adds ``<lang>`` and returns it: Words spoken in another language."""
        return self._nest(SsmlLang(text, **attributes))

    def p(self, text: str | None = None, /) -> SsmlP:
        """Adds ``<p>`` and returns it: A paragraph, with a pause after it."""
        return self._nest(SsmlP(text))

    def phoneme(self, text: str, /, **attributes: Unpack[SsmlPhonemeAttributes]) -> SsmlPhoneme:
        """Adds ``<phoneme>`` and returns it: Words spoken as a phonetic transcription says."""
        return self._nest(SsmlPhoneme(text, **attributes))

    def prosody(
        self, text: str | None = None, /, **attributes: Unpack[SsmlProsodyAttributes]
    ) -> SsmlProsody:
        """Adds ``<prosody>`` and returns it: Words spoken louder or softer, faster or slower,
        higher or lower.
        """
        return self._nest(SsmlProsody(text, **attributes))

    def s(self, text: str | None = None, /) -> SsmlS:
        """Adds ``<s>`` and returns it: A sentence, with a pause after it."""
        return self._nest(SsmlS(text))

    def say_as(self, text: str, /, **attributes: Unpack[SsmlSayAsAttributes]) -> SsmlSayAs:
        """Adds ``<say-as>`` and returns it: Words read as a kind of value (spelled out, a
        number, a date, a telephone number ...).
        """
        return self._nest(SsmlSayAs(text, **attributes))

    def sub(self, text: str, /, **attributes: Unpack[SsmlSubAttributes]) -> SsmlSub:
        """Adds ``<sub>`` and returns it: Words spoken as other words, such as an abbreviation's
        long form.
        """
        return self._nest(SsmlSub(text, **attributes))

    def w(self, text: str | None = None, /, **attributes: Unpack[SsmlWAttributes]) -> SsmlW:
        """Adds ``<w>`` and returns it: A word whose part of speech or sense decides how it is
        spoken. The reference's table leaves out <w>; for Amazon Polly voices it points to
        Polly's SSML reference, which has <w> and the roles here. twilio has <w> too, its
        `role` any text.
        """
        return self._nest(SsmlW(text, **attributes))

    def append(
        self,
        child: SsmlBreak
        | SsmlEmphasis
        | SsmlLang
        | SsmlP
        | SsmlPhoneme
        | SsmlProsody
        | SsmlS
        | SsmlSayAs
        | SsmlSub
        | SsmlW
        | str,
    ) -> Self:
        """Adds an element made on its own, or text after the last child; returns this one."""
        self._append(child)
        return self

    def add_text(self, text: str) -> Self:
        """Adds text after the last child; returns this one."""
        self._append_text(text)
        return self


class SmsAttributes(TypedDict, total=False):
    """The attributes of ``<Sms>`` (Sms), as keyword arguments."""

    action: str
    """URL requested once the message is queued; its cXML continues the call. (``action``)"""
    from_: str
    """SignalWire number the message is sent from. (``from``)"""
    method: Literal["GET", "POST"]
    """HTTP method for `action`. (``method``)"""
    status_callback: str
    """URL told when the message is sent or fails. (``statusCallback``)"""
    to: str
    """Number the message is sent to. (``to``)"""


class Sms(Element):
    """``<Sms>``: Sends an SMS during the call. Its text: The message (under 1,600 characters)."""

    __slots__ = ()
    SPEC = _SPECS["Sms"]

    def __init__(self, text: str, /, **attributes: Unpack[SmsAttributes]) -> None:
        super().__init__(text, attributes)


class Start(Element):
    """``<Start>``: Starts something that runs beside the call, such as a stream. The reference
    shows <Start> on the Stream page only, with no attributes.
    """

    __slots__ = ()
    SPEC = _SPECS["Start"]

    def __init__(self) -> None:
        super().__init__(None, {})

    def stream(self, **attributes: Unpack[StreamAttributes]) -> Stream:
        """Adds ``<Stream>`` and returns it: Streams the call's audio to a WebSocket. The
        reference marks `url` as required, but stops a stream by `name` alone, so it is
        optional here.
        """
        return self._nest(Stream(**attributes))

    def append(self, child: Stream) -> Self:
        """Adds an element made on its own; returns this one."""
        self._append(child)
        return self


class Stop(Element):
    """``<Stop>``: Stops something started by <Start>, such as a named stream. The reference
    shows <Stop> on the Stream page only, with no attributes.
    """

    __slots__ = ()
    SPEC = _SPECS["Stop"]

    def __init__(self) -> None:
        super().__init__(None, {})

    def stream(self, **attributes: Unpack[StreamAttributes]) -> Stream:
        """Adds ``<Stream>`` and returns it: Streams the call's audio to a WebSocket. The
        reference marks `url` as required, but stops a stream by `name` alone, so it is
        optional here.
        """
        return self._nest(Stream(**attributes))

    def append(self, child: Stream) -> Self:
        """Adds an element made on its own; returns this one."""
        self._append(child)
        return self


class StreamAttributes(TypedDict, total=False):
    """The attributes of ``<Stream>`` (Stream), as keyword arguments."""

    auth_bearer_token: str
    """Bearer token sent when the WebSocket connects. (``authBearerToken``)"""
    codec: str
    """Audio codec: PCMU@8000h, L16@16000h or L16@24000h. (``codec``)"""
    name: str
    """Name of the stream, unique in the call; stops it by name. (``name``)"""
    realtime: bool
    """On a bidirectional stream, favour low delay over buffering. (``realtime``)"""
    status_callback: str
    """URL told when the stream starts, stops or fails. (``statusCallback``)"""
    status_callback_method: Literal["GET", "POST"]
    """HTTP method for `statusCallback`. (``statusCallbackMethod``)"""
    track: Literal["inbound_track", "outbound_track", "both_tracks"]
    """Which audio is streamed. (``track``)"""
    url: str
    """The wss URL to stream to. (``url``)"""


class Stream(Element):
    """``<Stream>``: Streams the call's audio to a WebSocket. The reference marks `url` as
    required, but stops a stream by `name` alone, so it is optional here.
    """

    __slots__ = ()
    SPEC = _SPECS["Stream"]

    def __init__(self, **attributes: Unpack[StreamAttributes]) -> None:
        super().__init__(None, attributes)

    def parameter(self, **attributes: Unpack[ParameterAttributes]) -> Parameter:
        """Adds ``<Parameter>`` and returns it: A custom name and value passed on to a stream or
        a payment connector.
        """
        return self._nest(Parameter(**attributes))

    def append(self, child: Parameter) -> Self:
        """Adds an element made on its own; returns this one."""
        self._append(child)
        return self


class SsmlBreakAttributes(TypedDict, total=False):
    """The attributes of ``<break>`` (SsmlBreak), as keyword arguments."""

    strength: Literal["none", "x-weak", "weak", "medium", "strong", "x-strong"]
    """How long a pause, from none to a paragraph's (medium unless given). (``strength``)"""
    time: str
    """How long a pause, in `s` or `ms` (`100ms`, `2s`); 10 seconds at most. (``time``)"""


class SsmlBreak(Element):
    """``<break>``: A pause in the speech."""

    __slots__ = ()
    SPEC = _SPECS["SsmlBreak"]

    def __init__(self, **attributes: Unpack[SsmlBreakAttributes]) -> None:
        super().__init__(None, attributes)


class SsmlEmphasisAttributes(TypedDict, total=False):
    """The attributes of ``<emphasis>`` (SsmlEmphasis), as keyword arguments."""

    level: Literal["strong", "moderate", "reduced"]
    """How much emphasis (moderate unless given). (``level``)"""


class SsmlEmphasis(Element):
    """``<emphasis>``: Words spoken with more or less stress (louder and slower, or softer and
    faster). Its text: The words to emphasize.
    """

    __slots__ = ()
    SPEC = _SPECS["SsmlEmphasis"]

    def __init__(
        self, text: str | None = None, /, **attributes: Unpack[SsmlEmphasisAttributes]
    ) -> None:
        super().__init__(text, attributes)

    def break_(self, **attributes: Unpack[SsmlBreakAttributes]) -> SsmlBreak:
        """Adds ``<break>`` and returns it: A pause in the speech."""
        return self._nest(SsmlBreak(**attributes))

    def emphasis(
        self, text: str | None = None, /, **attributes: Unpack[SsmlEmphasisAttributes]
    ) -> SsmlEmphasis:
        """Adds ``<emphasis>`` and returns it: Words spoken with more or less stress (louder and
        slower, or softer and faster).
        """
        return self._nest(SsmlEmphasis(text, **attributes))

    def lang(
        self, text: str | None = None, /, **attributes: Unpack[SsmlLangAttributes]
    ) -> SsmlLang:
        """Adds ``<lang>`` and returns it: Words spoken in another language."""
        return self._nest(SsmlLang(text, **attributes))

    def phoneme(self, text: str, /, **attributes: Unpack[SsmlPhonemeAttributes]) -> SsmlPhoneme:
        """Adds ``<phoneme>`` and returns it: Words spoken as a phonetic transcription says."""
        return self._nest(SsmlPhoneme(text, **attributes))

    def prosody(
        self, text: str | None = None, /, **attributes: Unpack[SsmlProsodyAttributes]
    ) -> SsmlProsody:
        """Adds ``<prosody>`` and returns it: Words spoken louder or softer, faster or slower,
        higher or lower.
        """
        return self._nest(SsmlProsody(text, **attributes))

    def say_as(self, text: str, /, **attributes: Unpack[SsmlSayAsAttributes]) -> SsmlSayAs:
        """Adds ``<say-as>`` and returns it: Words read as a kind of value (spelled out, a
        number, a date, a telephone number ...).
        """
        return self._nest(SsmlSayAs(text, **attributes))

    def sub(self, text: str, /, **attributes: Unpack[SsmlSubAttributes]) -> SsmlSub:
        """Adds ``<sub>`` and returns it: Words spoken as other words, such as an abbreviation's
        long form.
        """
        return self._nest(SsmlSub(text, **attributes))

    def w(self, text: str | None = None, /, **attributes: Unpack[SsmlWAttributes]) -> SsmlW:
        """Adds ``<w>`` and returns it: A word whose part of speech or sense decides how it is
        spoken. The reference's table leaves out <w>; for Amazon Polly voices it points to
        Polly's SSML reference, which has <w> and the roles here. twilio has <w> too, its
        `role` any text.
        """
        return self._nest(SsmlW(text, **attributes))

    def append(
        self,
        child: SsmlBreak
        | SsmlEmphasis
        | SsmlLang
        | SsmlPhoneme
        | SsmlProsody
        | SsmlSayAs
        | SsmlSub
        | SsmlW
        | str,
    ) -> Self:
        """Adds an element made on its own, or text after the last child; returns this one."""
        self._append(child)
        return self

    def add_text(self, text: str) -> Self:
        """Adds text after the last child; returns this one."""
        self._append_text(text)
        return self


class SsmlLangAttributes(TypedDict, total=False):
    """The attributes of ``<lang>`` (SsmlLang), as keyword arguments."""

    xml_lang: Literal[
        "en-US", "en-GB", "en-IN", "en-AU", "en-CA", "de-DE", "es-ES", "it-IT", "ja-JP", "fr-FR"
    ]
    """The language. These are the languages the reference names; twilio's (twilio-node's types)
    are Amazon Polly's longer list. (``xml:lang``)
    """


class SsmlLang(Element):
    """``<lang>``: Words spoken in another language. Its text: The words in that language."""

    __slots__ = ()
    SPEC = _SPECS["SsmlLang"]

    def __init__(
        self, text: str | None = None, /, **attributes: Unpack[SsmlLangAttributes]
    ) -> None:
        super().__init__(text, attributes)

    def break_(self, **attributes: Unpack[SsmlBreakAttributes]) -> SsmlBreak:
        """Adds ``<break>`` and returns it: A pause in the speech."""
        return self._nest(SsmlBreak(**attributes))

    def emphasis(
        self, text: str | None = None, /, **attributes: Unpack[SsmlEmphasisAttributes]
    ) -> SsmlEmphasis:
        """Adds ``<emphasis>`` and returns it: Words spoken with more or less stress (louder and
        slower, or softer and faster).
        """
        return self._nest(SsmlEmphasis(text, **attributes))

    def lang(
        self, text: str | None = None, /, **attributes: Unpack[SsmlLangAttributes]
    ) -> SsmlLang:
        """Adds ``<lang>`` and returns it: Words spoken in another language."""
        return self._nest(SsmlLang(text, **attributes))

    def p(self, text: str | None = None, /) -> SsmlP:
        """Adds ``<p>`` and returns it: A paragraph, with a pause after it."""
        return self._nest(SsmlP(text))

    def phoneme(self, text: str, /, **attributes: Unpack[SsmlPhonemeAttributes]) -> SsmlPhoneme:
        """Adds ``<phoneme>`` and returns it: Words spoken as a phonetic transcription says."""
        return self._nest(SsmlPhoneme(text, **attributes))

    def prosody(
        self, text: str | None = None, /, **attributes: Unpack[SsmlProsodyAttributes]
    ) -> SsmlProsody:
        """Adds ``<prosody>`` and returns it: Words spoken louder or softer, faster or slower,
        higher or lower.
        """
        return self._nest(SsmlProsody(text, **attributes))

    def s(self, text: str | None = None, /) -> SsmlS:
        """Adds ``<s>`` and returns it: A sentence, with a pause after it."""
        return self._nest(SsmlS(text))

    def say_as(self, text: str, /, **attributes: Unpack[SsmlSayAsAttributes]) -> SsmlSayAs:
        """Adds ``<say-as>`` and returns it: Words read as a kind of value (spelled out, a
        number, a date, a telephone number ...).
        """
        return self._nest(SsmlSayAs(text, **attributes))

    def sub(self, text: str, /, **attributes: Unpack[SsmlSubAttributes]) -> SsmlSub:
        """Adds ``<sub>`` and returns it: Words spoken as other words, such as an abbreviation's
        long form.
        """
        return self._nest(SsmlSub(text, **attributes))

    def w(self, text: str | None = None, /, **attributes: Unpack[SsmlWAttributes]) -> SsmlW:
        """Adds ``<w>`` and returns it: A word whose part of speech or sense decides how it is
        spoken. The reference's table leaves out <w>; for Amazon Polly voices it points to
        Polly's SSML reference, which has <w> and the roles here. twilio has <w> too, its
        `role` any text.
        """
        return self._nest(SsmlW(text, **attributes))

    def append(
        self,
        child: SsmlBreak
        | SsmlEmphasis
        | SsmlLang
        | SsmlP
        | SsmlPhoneme
        | SsmlProsody
        | SsmlS
        | SsmlSayAs
        | SsmlSub
        | SsmlW
        | str,
    ) -> Self:
        """Adds an element made on its own, or text after the last child; returns this one."""
        self._append(child)
        return self

    def add_text(self, text: str) -> Self:
        """Adds text after the last child; returns this one."""
        self._append_text(text)
        return self


class SsmlP(Element):
    """``<p>``: A paragraph, with a pause after it. Its text: The paragraph's words."""

    __slots__ = ()
    SPEC = _SPECS["SsmlP"]

    def __init__(self, text: str | None = None, /) -> None:
        super().__init__(text, {})

    def break_(self, **attributes: Unpack[SsmlBreakAttributes]) -> SsmlBreak:
        """Adds ``<break>`` and returns it: A pause in the speech."""
        return self._nest(SsmlBreak(**attributes))

    def emphasis(
        self, text: str | None = None, /, **attributes: Unpack[SsmlEmphasisAttributes]
    ) -> SsmlEmphasis:
        """Adds ``<emphasis>`` and returns it: Words spoken with more or less stress (louder and
        slower, or softer and faster).
        """
        return self._nest(SsmlEmphasis(text, **attributes))

    def lang(
        self, text: str | None = None, /, **attributes: Unpack[SsmlLangAttributes]
    ) -> SsmlLang:
        """Adds ``<lang>`` and returns it: Words spoken in another language."""
        return self._nest(SsmlLang(text, **attributes))

    def phoneme(self, text: str, /, **attributes: Unpack[SsmlPhonemeAttributes]) -> SsmlPhoneme:
        """Adds ``<phoneme>`` and returns it: Words spoken as a phonetic transcription says."""
        return self._nest(SsmlPhoneme(text, **attributes))

    def prosody(
        self, text: str | None = None, /, **attributes: Unpack[SsmlProsodyAttributes]
    ) -> SsmlProsody:
        """Adds ``<prosody>`` and returns it: Words spoken louder or softer, faster or slower,
        higher or lower.
        """
        return self._nest(SsmlProsody(text, **attributes))

    def s(self, text: str | None = None, /) -> SsmlS:
        """Adds ``<s>`` and returns it: A sentence, with a pause after it."""
        return self._nest(SsmlS(text))

    def say_as(self, text: str, /, **attributes: Unpack[SsmlSayAsAttributes]) -> SsmlSayAs:
        """Adds ``<say-as>`` and returns it: Words read as a kind of value (spelled out, a
        number, a date, a telephone number ...).
        """
        return self._nest(SsmlSayAs(text, **attributes))

    def sub(self, text: str, /, **attributes: Unpack[SsmlSubAttributes]) -> SsmlSub:
        """Adds ``<sub>`` and returns it: Words spoken as other words, such as an abbreviation's
        long form.
        """
        return self._nest(SsmlSub(text, **attributes))

    def w(self, text: str | None = None, /, **attributes: Unpack[SsmlWAttributes]) -> SsmlW:
        """Adds ``<w>`` and returns it: A word whose part of speech or sense decides how it is
        spoken. The reference's table leaves out <w>; for Amazon Polly voices it points to
        Polly's SSML reference, which has <w> and the roles here. twilio has <w> too, its
        `role` any text.
        """
        return self._nest(SsmlW(text, **attributes))

    def append(
        self,
        child: SsmlBreak
        | SsmlEmphasis
        | SsmlLang
        | SsmlPhoneme
        | SsmlProsody
        | SsmlS
        | SsmlSayAs
        | SsmlSub
        | SsmlW
        | str,
    ) -> Self:
        """Adds an element made on its own, or text after the last child; returns this one."""
        self._append(child)
        return self

    def add_text(self, text: str) -> Self:
        """Adds text after the last child; returns this one."""
        self._append_text(text)
        return self


class SsmlPhonemeAttributes(TypedDict, total=False):
    """The attributes of ``<phoneme>`` (SsmlPhoneme), as keyword arguments."""

    alphabet: Literal["ipa", "x-sampa"]
    """The phonetic alphabet of `ph`: IPA or X-SAMPA. The reference names these two; twilio's add
    Amazon Polly's own alphabets. (``alphabet``)
    """
    ph: str
    """The pronunciation, in the symbols of `alphabet`. (``ph``)"""


class SsmlPhoneme(Element):
    """``<phoneme>``: Words spoken as a phonetic transcription says. Its text: The words the
    transcription replaces.
    """

    __slots__ = ()
    SPEC = _SPECS["SsmlPhoneme"]

    def __init__(self, text: str, /, **attributes: Unpack[SsmlPhonemeAttributes]) -> None:
        super().__init__(text, attributes)


class SsmlProsodyAttributes(TypedDict, total=False):
    """The attributes of ``<prosody>`` (SsmlProsody), as keyword arguments."""

    pitch: str
    """x-low, low, medium, high or x-high, or a change in percent (`-10%`). (``pitch``)"""
    rate: str
    """x-slow, slow, medium, fast or x-fast, or a percentage of the normal rate (`85%`).
    (``rate``)
    """
    volume: str
    """silent, x-soft, soft, medium, loud or x-loud, or a change (`-6dB`). (``volume``)"""


class SsmlProsody(Element):
    """``<prosody>``: Words spoken louder or softer, faster or slower, higher or lower. Its text:
    The words it changes.
    """

    __slots__ = ()
    SPEC = _SPECS["SsmlProsody"]

    def __init__(
        self, text: str | None = None, /, **attributes: Unpack[SsmlProsodyAttributes]
    ) -> None:
        super().__init__(text, attributes)

    def break_(self, **attributes: Unpack[SsmlBreakAttributes]) -> SsmlBreak:
        """Adds ``<break>`` and returns it: A pause in the speech."""
        return self._nest(SsmlBreak(**attributes))

    def emphasis(
        self, text: str | None = None, /, **attributes: Unpack[SsmlEmphasisAttributes]
    ) -> SsmlEmphasis:
        """Adds ``<emphasis>`` and returns it: Words spoken with more or less stress (louder and
        slower, or softer and faster).
        """
        return self._nest(SsmlEmphasis(text, **attributes))

    def lang(
        self, text: str | None = None, /, **attributes: Unpack[SsmlLangAttributes]
    ) -> SsmlLang:
        """Adds ``<lang>`` and returns it: Words spoken in another language."""
        return self._nest(SsmlLang(text, **attributes))

    def p(self, text: str | None = None, /) -> SsmlP:
        """Adds ``<p>`` and returns it: A paragraph, with a pause after it."""
        return self._nest(SsmlP(text))

    def phoneme(self, text: str, /, **attributes: Unpack[SsmlPhonemeAttributes]) -> SsmlPhoneme:
        """Adds ``<phoneme>`` and returns it: Words spoken as a phonetic transcription says."""
        return self._nest(SsmlPhoneme(text, **attributes))

    def prosody(
        self, text: str | None = None, /, **attributes: Unpack[SsmlProsodyAttributes]
    ) -> SsmlProsody:
        """Adds ``<prosody>`` and returns it: Words spoken louder or softer, faster or slower,
        higher or lower.
        """
        return self._nest(SsmlProsody(text, **attributes))

    def s(self, text: str | None = None, /) -> SsmlS:
        """Adds ``<s>`` and returns it: A sentence, with a pause after it."""
        return self._nest(SsmlS(text))

    def say_as(self, text: str, /, **attributes: Unpack[SsmlSayAsAttributes]) -> SsmlSayAs:
        """Adds ``<say-as>`` and returns it: Words read as a kind of value (spelled out, a
        number, a date, a telephone number ...).
        """
        return self._nest(SsmlSayAs(text, **attributes))

    def sub(self, text: str, /, **attributes: Unpack[SsmlSubAttributes]) -> SsmlSub:
        """Adds ``<sub>`` and returns it: Words spoken as other words, such as an abbreviation's
        long form.
        """
        return self._nest(SsmlSub(text, **attributes))

    def w(self, text: str | None = None, /, **attributes: Unpack[SsmlWAttributes]) -> SsmlW:
        """Adds ``<w>`` and returns it: A word whose part of speech or sense decides how it is
        spoken. The reference's table leaves out <w>; for Amazon Polly voices it points to
        Polly's SSML reference, which has <w> and the roles here. twilio has <w> too, its
        `role` any text.
        """
        return self._nest(SsmlW(text, **attributes))

    def append(
        self,
        child: SsmlBreak
        | SsmlEmphasis
        | SsmlLang
        | SsmlP
        | SsmlPhoneme
        | SsmlProsody
        | SsmlS
        | SsmlSayAs
        | SsmlSub
        | SsmlW
        | str,
    ) -> Self:
        """Adds an element made on its own, or text after the last child; returns this one."""
        self._append(child)
        return self

    def add_text(self, text: str) -> Self:
        """Adds text after the last child; returns this one."""
        self._append_text(text)
        return self


class SsmlS(Element):
    """``<s>``: A sentence, with a pause after it. Its text: The sentence's words."""

    __slots__ = ()
    SPEC = _SPECS["SsmlS"]

    def __init__(self, text: str | None = None, /) -> None:
        super().__init__(text, {})

    def break_(self, **attributes: Unpack[SsmlBreakAttributes]) -> SsmlBreak:
        """Adds ``<break>`` and returns it: A pause in the speech."""
        return self._nest(SsmlBreak(**attributes))

    def emphasis(
        self, text: str | None = None, /, **attributes: Unpack[SsmlEmphasisAttributes]
    ) -> SsmlEmphasis:
        """Adds ``<emphasis>`` and returns it: Words spoken with more or less stress (louder and
        slower, or softer and faster).
        """
        return self._nest(SsmlEmphasis(text, **attributes))

    def lang(
        self, text: str | None = None, /, **attributes: Unpack[SsmlLangAttributes]
    ) -> SsmlLang:
        """Adds ``<lang>`` and returns it: Words spoken in another language."""
        return self._nest(SsmlLang(text, **attributes))

    def phoneme(self, text: str, /, **attributes: Unpack[SsmlPhonemeAttributes]) -> SsmlPhoneme:
        """Adds ``<phoneme>`` and returns it: Words spoken as a phonetic transcription says."""
        return self._nest(SsmlPhoneme(text, **attributes))

    def prosody(
        self, text: str | None = None, /, **attributes: Unpack[SsmlProsodyAttributes]
    ) -> SsmlProsody:
        """Adds ``<prosody>`` and returns it: Words spoken louder or softer, faster or slower,
        higher or lower.
        """
        return self._nest(SsmlProsody(text, **attributes))

    def say_as(self, text: str, /, **attributes: Unpack[SsmlSayAsAttributes]) -> SsmlSayAs:
        """Adds ``<say-as>`` and returns it: Words read as a kind of value (spelled out, a
        number, a date, a telephone number ...).
        """
        return self._nest(SsmlSayAs(text, **attributes))

    def sub(self, text: str, /, **attributes: Unpack[SsmlSubAttributes]) -> SsmlSub:
        """Adds ``<sub>`` and returns it: Words spoken as other words, such as an abbreviation's
        long form.
        """
        return self._nest(SsmlSub(text, **attributes))

    def w(self, text: str | None = None, /, **attributes: Unpack[SsmlWAttributes]) -> SsmlW:
        """Adds ``<w>`` and returns it: A word whose part of speech or sense decides how it is
        spoken. The reference's table leaves out <w>; for Amazon Polly voices it points to
        Polly's SSML reference, which has <w> and the roles here. twilio has <w> too, its
        `role` any text.
        """
        return self._nest(SsmlW(text, **attributes))

    def append(
        self,
        child: SsmlBreak
        | SsmlEmphasis
        | SsmlLang
        | SsmlPhoneme
        | SsmlProsody
        | SsmlSayAs
        | SsmlSub
        | SsmlW
        | str,
    ) -> Self:
        """Adds an element made on its own, or text after the last child; returns this one."""
        self._append(child)
        return self

    def add_text(self, text: str) -> Self:
        """Adds text after the last child; returns this one."""
        self._append_text(text)
        return self


class SsmlSayAsAttributes(TypedDict, total=False):
    """The attributes of ``<say-as>`` (SsmlSayAs), as keyword arguments."""

    interpret_as: Literal[
        "characters",
        "spell-out",
        "cardinal",
        "number",
        "ordinal",
        "digits",
        "fraction",
        "unit",
        "date",
        "time",
        "telephone",
        "address",
        "interjection",
        "expletive",
    ]
    """The kind of value; `expletive` bleeps the words out. The reference has `interjection`,
    which twilio's lack. (``interpret-as``)
    """
    format: Literal["mdy", "dmy", "ymd", "md", "dm", "ym", "my", "d", "m", "y"]
    """The order of a date's parts, when `interpret-as` is `date`. These are the reference's;
    twilio's also have `yyyymmdd`. (``format``)
    """


class SsmlSayAs(Element):
    """``<say-as>``: Words read as a kind of value (spelled out, a number, a date, a telephone
    number ...). Its text: The words to read that way.
    """

    __slots__ = ()
    SPEC = _SPECS["SsmlSayAs"]

    def __init__(self, text: str, /, **attributes: Unpack[SsmlSayAsAttributes]) -> None:
        super().__init__(text, attributes)


class SsmlSubAttributes(TypedDict, total=False):
    """The attributes of ``<sub>`` (SsmlSub), as keyword arguments."""

    alias: str
    """The words spoken instead. (``alias``)"""


class SsmlSub(Element):
    """``<sub>``: Words spoken as other words, such as an abbreviation's long form. Its text: The
    words as written.
    """

    __slots__ = ()
    SPEC = _SPECS["SsmlSub"]

    def __init__(self, text: str, /, **attributes: Unpack[SsmlSubAttributes]) -> None:
        super().__init__(text, attributes)


class SsmlWAttributes(TypedDict, total=False):
    """The attributes of ``<w>`` (SsmlW), as keyword arguments."""

    role: Literal[
        "amazon:VB",
        "amazon:VBD",
        "amazon:DT",
        "amazon:IN",
        "amazon:JJ",
        "amazon:NN",
        "amazon:DEFAULT",
        "amazon:SENSE_1",
    ]
    """A part of speech (amazon:VB a verb, amazon:VBD its past tense ...), or the word's other
    sense (amazon:SENSE_1). (``role``)
    """


class SsmlW(Element):
    """``<w>``: A word whose part of speech or sense decides how it is spoken. The reference's
    table leaves out <w>; for Amazon Polly voices it points to Polly's SSML reference, which
    has <w> and the roles here. twilio has <w> too, its `role` any text. Its text: The word.
    """

    __slots__ = ()
    SPEC = _SPECS["SsmlW"]

    def __init__(self, text: str | None = None, /, **attributes: Unpack[SsmlWAttributes]) -> None:
        super().__init__(text, attributes)

    def break_(self, **attributes: Unpack[SsmlBreakAttributes]) -> SsmlBreak:
        """Adds ``<break>`` and returns it: A pause in the speech."""
        return self._nest(SsmlBreak(**attributes))

    def emphasis(
        self, text: str | None = None, /, **attributes: Unpack[SsmlEmphasisAttributes]
    ) -> SsmlEmphasis:
        """Adds ``<emphasis>`` and returns it: Words spoken with more or less stress (louder and
        slower, or softer and faster).
        """
        return self._nest(SsmlEmphasis(text, **attributes))

    def phoneme(self, text: str, /, **attributes: Unpack[SsmlPhonemeAttributes]) -> SsmlPhoneme:
        """Adds ``<phoneme>`` and returns it: Words spoken as a phonetic transcription says."""
        return self._nest(SsmlPhoneme(text, **attributes))

    def prosody(
        self, text: str | None = None, /, **attributes: Unpack[SsmlProsodyAttributes]
    ) -> SsmlProsody:
        """Adds ``<prosody>`` and returns it: Words spoken louder or softer, faster or slower,
        higher or lower.
        """
        return self._nest(SsmlProsody(text, **attributes))

    def say_as(self, text: str, /, **attributes: Unpack[SsmlSayAsAttributes]) -> SsmlSayAs:
        """Adds ``<say-as>`` and returns it: Words read as a kind of value (spelled out, a
        number, a date, a telephone number ...).
        """
        return self._nest(SsmlSayAs(text, **attributes))

    def sub(self, text: str, /, **attributes: Unpack[SsmlSubAttributes]) -> SsmlSub:
        """Adds ``<sub>`` and returns it: Words spoken as other words, such as an abbreviation's
        long form.
        """
        return self._nest(SsmlSub(text, **attributes))

    def append(
        self,
        child: SsmlBreak | SsmlEmphasis | SsmlPhoneme | SsmlProsody | SsmlSayAs | SsmlSub | str,
    ) -> Self:
        """Adds an element made on its own, or text after the last child; returns this one."""
        self._append(child)
        return self

    def add_text(self, text: str) -> Self:
        """Adds text after the last child; returns this one."""
        self._append_text(text)
        return self


class ConferenceAttributes(TypedDict, total=False):
    """The attributes of ``<Conference>`` (Conference), as keyword arguments."""

    beep: Literal["true", "false", "onEnter", "onExit"]
    """When a tone marks callers joining or leaving. (``beep``)"""
    coach: str
    """Sid of a participant's call to coach. (``coach``)"""
    end_conference_on_exit: bool
    """End the conference when this participant leaves. (``endConferenceOnExit``)"""
    event_callback_url: str
    """URL posted to when the conference ends. (``eventCallbackUrl``)"""
    max_participants: int
    """Most participants allowed. (``maxParticipants``)"""
    muted: bool
    """Join muted. (``muted``)"""
    record: Literal["do-not-record", "record-from-start"]
    """Record the whole conference. (``record``)"""
    recording_status_callback: str
    """URL told when the recording is available. (``recordingStatusCallback``)"""
    recording_status_callback_event: (
        Literal["in-progress", "completed", "failed"]
        | Sequence[Literal["in-progress", "completed", "failed"]]
    )
    """Recording events that are reported. (``recordingStatusCallbackEvent``)"""
    recording_status_callback_method: Literal["GET", "POST"]
    """HTTP method for `recordingStatusCallback`. (``recordingStatusCallbackMethod``)"""
    start_conference_on_enter: bool
    """Start the conference when this participant joins. (``startConferenceOnEnter``)"""
    status_callback: str
    """URL told of the conference's events. (``statusCallback``)"""
    status_callback_event: (
        Literal["start", "end", "join", "leave", "mute", "hold", "speaker"]
        | Sequence[Literal["start", "end", "join", "leave", "mute", "hold", "speaker"]]
    )
    """Conference events that are reported. (``statusCallbackEvent``)"""
    status_callback_method: Literal["GET", "POST"]
    """HTTP method for `statusCallback`. (``statusCallbackMethod``)"""
    trim: Literal["trim-silence", "do-not-trim"]
    """Whether leading and trailing silence is cut from the recording. (``trim``)"""
    wait_method: Literal["GET", "POST"]
    """HTTP method for `waitUrl`. (``waitMethod``)"""
    wait_url: str
    """URL of what is played while waiting for the conference to start. (``waitUrl``)"""


class Conference(Element):
    """``<Conference>``: A named conference room to join. Its text: The conference's name."""

    __slots__ = ()
    SPEC = _SPECS["Conference"]

    def __init__(self, text: str, /, **attributes: Unpack[ConferenceAttributes]) -> None:
        super().__init__(text, attributes)

    def stream(self, **attributes: Unpack[ConferenceStreamAttributes]) -> ConferenceStream:
        """Adds ``<Stream>`` and returns it: Streams the conference's audio to a WebSocket."""
        return self._nest(ConferenceStream(**attributes))

    def append(self, child: ConferenceStream) -> Self:
        """Adds an element made on its own; returns this one."""
        self._append(child)
        return self


class ConferenceStreamAttributes(TypedDict, total=False):
    """The attributes of ``<Stream>`` (ConferenceStream), as keyword arguments."""

    bidir: bool
    """Whether the stream is bidirectional. (``bidir``)"""
    codec: str
    """Audio codec: PCMU@8000h, L16@16000h or L16@24000h. (``codec``)"""
    name: str
    """Name of the stream, unique in the conference. (``name``)"""
    realtime: bool
    """On a bidirectional stream, favour low delay over buffering. (``realtime``)"""
    status_callback: str
    """URL told when the stream starts, stops or fails. (``statusCallback``)"""
    status_callback_method: Literal["GET", "POST"]
    """HTTP method for `statusCallback`. (``statusCallbackMethod``)"""
    stream_ssl_validate_certificate: bool
    """Check the WebSocket server's certificate. (``streamSslValidateCertificate``)"""
    stream_start_conference_on_enter: bool
    """Start streaming when joining the conference. (``streamStartConferenceOnEnter``)"""
    track: Literal["inbound_track", "outbound_track", "both_tracks"]
    """Which audio is streamed. (``track``)"""
    url: Required[str]
    """The wss URL to stream to. (``url``)"""


class ConferenceStream(Element):
    """``<Stream>``: Streams the conference's audio to a WebSocket."""

    __slots__ = ()
    SPEC = _SPECS["ConferenceStream"]

    def __init__(self, **attributes: Unpack[ConferenceStreamAttributes]) -> None:
        super().__init__(None, attributes)

    def parameter(self, **attributes: Unpack[ParameterAttributes]) -> Parameter:
        """Adds ``<Parameter>`` and returns it: A custom name and value passed on to a stream or
        a payment connector.
        """
        return self._nest(Parameter(**attributes))

    def append(self, child: Parameter) -> Self:
        """Adds an element made on its own; returns this one."""
        self._append(child)
        return self


class NumberAttributes(TypedDict, total=False):
    """The attributes of ``<Number>`` (Number), as keyword arguments."""

    method: Literal["GET", "POST"]
    """HTTP method for `url`. (``method``)"""
    send_digits: str
    """DTMF tones sent once answered; each `w` waits half a second. (``sendDigits``)"""
    status_callback: str
    """URL told of this leg's events. (``statusCallback``)"""
    status_callback_event: (
        Literal["initiated", "ringing", "answered", "completed"]
        | Sequence[Literal["initiated", "ringing", "answered", "completed"]]
    )
    """Call events that are reported. (``statusCallbackEvent``)"""
    status_callback_method: Literal["GET", "POST"]
    """HTTP method for `statusCallback`. (``statusCallbackMethod``)"""
    url: str
    """URL of cXML run for the dialed party before it is connected. (``url``)"""


class Number(Element):
    """``<Number>``: A phone number to dial; up to ten ring at once. Its text: The number, in
    E.164 form.
    """

    __slots__ = ()
    SPEC = _SPECS["Number"]

    def __init__(self, text: str, /, **attributes: Unpack[NumberAttributes]) -> None:
        super().__init__(text, attributes)


class ParameterAttributes(TypedDict, total=False):
    """The attributes of ``<Parameter>`` (Parameter), as keyword arguments."""

    name: Required[str]
    """The parameter's name. (``name``)"""
    value: Required[str]
    """The parameter's value. (``value``)"""


class Parameter(Element):
    """``<Parameter>``: A custom name and value passed on to a stream or a payment connector."""

    __slots__ = ()
    SPEC = _SPECS["Parameter"]

    def __init__(self, **attributes: Unpack[ParameterAttributes]) -> None:
        super().__init__(None, attributes)


class PromptAttributes(TypedDict, total=False):
    """The attributes of ``<Prompt>`` (Prompt), as keyword arguments."""

    attempt: int | Sequence[int]
    """Attempts (1 to 10) this prompt is for. (``attempt``)"""
    card_type: (
        Literal[
            "visa",
            "mastercard",
            "amex",
            "maestro",
            "discover",
            "optima",
            "jcb",
            "diners-club",
            "enroute",
        ]
        | Sequence[
            Literal[
                "visa",
                "mastercard",
                "amex",
                "maestro",
                "discover",
                "optima",
                "jcb",
                "diners-club",
                "enroute",
            ]
        ]
    )
    """Card types this prompt is for. (``cardType``)"""
    error_type: (
        Literal[
            "timeout",
            "invalid-card-number",
            "invalid-card-type",
            "invalid-date",
            "invalid-security-code",
            "invalid-bank-routing-number",
            "invalid-bank-account-number",
            "input-matching-failed",
        ]
        | Sequence[
            Literal[
                "timeout",
                "invalid-card-number",
                "invalid-card-type",
                "invalid-date",
                "invalid-security-code",
                "invalid-bank-routing-number",
                "invalid-bank-account-number",
                "input-matching-failed",
            ]
        ]
    )
    """Errors this prompt follows. (``errorType``)"""
    for_: Required[
        Literal[
            "payment-card-number",
            "expiration-date",
            "security-code",
            "postal-code",
            "bank-routing-number",
            "bank-account-number",
            "payment-processing",
        ]
    ]
    """The payment step. (``for``)"""


class Prompt(Element):
    """``<Prompt>``: Replaces the default prompt of one payment step."""

    __slots__ = ()
    SPEC = _SPECS["Prompt"]

    def __init__(self, **attributes: Unpack[PromptAttributes]) -> None:
        super().__init__(None, attributes)

    def say(self, text: str | None = None, /, **attributes: Unpack[SayAttributes]) -> Say:
        """Adds ``<Say>`` and returns it: Speaks text into the call."""
        return self._nest(Say(text, **attributes))

    def play(self, text: str | None = None, /, **attributes: Unpack[PlayAttributes]) -> Play:
        """Adds ``<Play>`` and returns it: Plays an audio file, or DTMF tones, into the call."""
        return self._nest(Play(text, **attributes))

    def pause(self, **attributes: Unpack[PauseAttributes]) -> Pause:
        """Adds ``<Pause>`` and returns it: Waits in silence."""
        return self._nest(Pause(**attributes))

    def append(self, child: Say | Play | Pause) -> Self:
        """Adds an element made on its own; returns this one."""
        self._append(child)
        return self


class QueueAttributes(TypedDict, total=False):
    """The attributes of ``<Queue>`` (Queue), as keyword arguments."""

    method: Literal["GET", "POST"]
    """HTTP method for `url`. (``method``)"""
    url: str
    """URL of cXML run for the queued caller before connecting. (``url``)"""


class Queue(Element):
    """``<Queue>``: A queue whose first caller is connected. Its text: The queue's name."""

    __slots__ = ()
    SPEC = _SPECS["Queue"]

    def __init__(self, text: str, /, **attributes: Unpack[QueueAttributes]) -> None:
        super().__init__(text, attributes)


class ReferSip(Element):
    """``<Sip>``: The SIP URI the call is transferred to. Its text: The SIP URI."""

    __slots__ = ()
    SPEC = _SPECS["ReferSip"]

    def __init__(self, text: str, /) -> None:
        super().__init__(text, {})


class Room(Element):
    """``<Room>``: A video room, by its name. Its text: The room's name (not its display name)."""

    __slots__ = ()
    SPEC = _SPECS["Room"]

    def __init__(self, text: str, /) -> None:
        super().__init__(text, {})


class SipAttributes(TypedDict, total=False):
    """The attributes of ``<Sip>`` (Sip), as keyword arguments."""

    codecs: (
        Literal["PCMU", "PCMA", "G722", "G729", "OPUS"]
        | Sequence[Literal["PCMU", "PCMA", "G722", "G729", "OPUS"]]
    )
    """Codecs offered, in order. (``codecs``)"""
    method: Literal["GET", "POST"]
    """HTTP method for `url`. (``method``)"""
    password: str
    """Password for SIP authentication. (``password``)"""
    session_timeout: int
    """Seconds for the SIP Session-Expires header. (``sessionTimeout``)"""
    status_callback: str
    """URL told of this leg's events. (``statusCallback``)"""
    status_callback_event: (
        Literal["initiated", "ringing", "answered", "completed"]
        | Sequence[Literal["initiated", "ringing", "answered", "completed"]]
    )
    """Call events that are reported. (``statusCallbackEvent``)"""
    status_callback_method: Literal["GET", "POST"]
    """HTTP method for `statusCallback`. (``statusCallbackMethod``)"""
    url: str
    """URL of cXML run for the dialed party before it is connected. (``url``)"""
    username: str
    """User name for SIP authentication. (``username``)"""


class Sip(Element):
    """``<Sip>``: A SIP endpoint to dial; up to ten ring at once. Its text: The SIP URI (TLS
    unless `;transport=` says otherwise).
    """

    __slots__ = ()
    SPEC = _SPECS["Sip"]

    def __init__(self, text: str, /, **attributes: Unpack[SipAttributes]) -> None:
        super().__init__(text, attributes)


class Verto(Element):
    """``<Verto>``: A Verto client to dial. Its text: The client's address,
    resource@space.verto.signalwire.com.
    """

    __slots__ = ()
    SPEC = _SPECS["Verto"]

    def __init__(self, text: str, /) -> None:
        super().__init__(text, {})


class VirtualAgentAttributes(TypedDict, total=False):
    """The attributes of ``<VirtualAgent>`` (VirtualAgent), as keyword arguments."""

    connector_name: Required[str]
    """The agent's Google project ID. (``connectorName``)"""


class VirtualAgent(Element):
    """``<VirtualAgent>``: A Dialogflow agent (deprecated by SignalWire)."""

    __slots__ = ()
    SPEC = _SPECS["VirtualAgent"]

    def __init__(self, **attributes: Unpack[VirtualAgentAttributes]) -> None:
        super().__init__(None, attributes)


class MessageAttributes(TypedDict, total=False):
    """The attributes of ``<Message>`` (Message), as keyword arguments."""

    action: str
    """URL whose cXML takes over once the message is handled. (``action``)"""
    from_: str
    """SignalWire number or short code it is sent from. (``from``)"""
    method: Literal["GET", "POST"]
    """HTTP method for `action`. (``method``)"""
    to: str
    """Number it is sent to; the sender of the incoming message if absent. (``to``)"""


class Message(Element):
    """``<Message>``: Sends an SMS or MMS. Its text: The message's text."""

    __slots__ = ()
    SPEC = _SPECS["Message"]

    def __init__(self, text: str | None = None, /, **attributes: Unpack[MessageAttributes]) -> None:
        super().__init__(text, attributes)

    def body(self, text: str, /) -> Body:
        """Adds ``<Body>`` and returns it: Text of the message; several are joined."""
        return self._nest(Body(text))

    def media(self, text: str, /) -> Media:
        """Adds ``<Media>`` and returns it: Media sent with the message; up to ten."""
        return self._nest(Media(text))

    def append(self, child: Body | Media) -> Self:
        """Adds an element made on its own; returns this one."""
        self._append(child)
        return self


class Body(Element):
    """``<Body>``: Text of the message; several are joined. Its text: The text (1,600 characters
    in all).
    """

    __slots__ = ()
    SPEC = _SPECS["Body"]

    def __init__(self, text: str, /) -> None:
        super().__init__(text, {})


class Media(Element):
    """``<Media>``: Media sent with the message; up to ten. Its text: The media's URL."""

    __slots__ = ()
    SPEC = _SPECS["Media"]

    def __init__(self, text: str, /) -> None:
        super().__init__(text, {})


class ReceiveAttributes(TypedDict, total=False):
    """The attributes of ``<Receive>`` (Receive), as keyword arguments."""

    action: str
    """URL requested when the fax is received or fails. (``action``)"""
    media_type: Literal["application/pdf", "image/tiff"]
    """How the fax is stored. (``mediaType``)"""
    method: Literal["GET", "POST"]
    """HTTP method for `action`. (``method``)"""
    page_size: Literal["letter", "legal", "a4"]
    """Page size the fax is read as. (``pageSize``)"""


class Receive(Element):
    """``<Receive>``: Receives the incoming fax."""

    __slots__ = ()
    SPEC = _SPECS["Receive"]

    def __init__(self, **attributes: Unpack[ReceiveAttributes]) -> None:
        super().__init__(None, attributes)


class FaxReject(Element):
    """``<Reject>``: Rejects the incoming fax (its status becomes canceled)."""

    __slots__ = ()
    SPEC = _SPECS["FaxReject"]

    def __init__(self) -> None:
        super().__init__(None, {})


_DOCUMENTS: dict[str, ElementSpec] = {
    "voice": _SPECS["VoiceResponse"],
    "messaging": _SPECS["MessagingResponse"],
    "fax": _SPECS["FaxResponse"],
}
_ELEMENTS = {
    name: spec
    for name, spec in _SPECS.items()
    if name
    not in (
        "VoiceResponse",
        "MessagingResponse",
        "FaxResponse",
    )
}


def validate_cxml(
    text: str | bytes,
    *,
    document: CxmlDocument | None = None,
    max_bytes: int = CXML_MAX_BYTES,
) -> list[CxmlProblem]:
    """The problems of a cXML document, in document order; an empty list when it is valid.

    Checks that it is well-formed XML with a ``<Response>`` root, then each element, attribute
    and value against spec/cxml.yaml: known names, allowed nesting, enum values, numbers,
    booleans, required attributes and text. ``document`` is
    ``"voice"``, ``"messaging"`` or ``"fax"``; without it, the kind the document fits best.
    A DOCTYPE (and so any entity) is refused, nothing is fetched, and a document over
    ``max_bytes`` is not read.
    """
    return validate(text, _DOCUMENTS, _ELEMENTS, document=document, max_bytes=max_bytes)
