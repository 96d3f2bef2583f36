// cXML builders and validator, generated from spec/cxml.yaml by scripts/cxml_generate.py.
// Do not edit: `make generate` rewrites this file. Reference: https://developer.signalwire.com/compatibility-api/cxml

import { CxmlElement, type ElementSpec } from "../../overlays/typescript/src/cxml.js";
import { CXML_MAX_BYTES, type CxmlProblem, validate } from "../../overlays/typescript/src/cxml-validate.js";

/** The kinds of document: `voice` (`VoiceResponse`), `messaging` (`MessagingResponse`), `fax` (`FaxResponse`). */
export type CxmlDocument = "voice" | "messaging" | "fax";

/**
 * `<Response>`: The instructions a call runs, in order. The voice overview lists <Stream> among
 * the verbs, so it is allowed at the top level; its own page starts a stream inside <Start> (or
 * <Connect> for a bidirectional one).
 */
export class VoiceResponse extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "VoiceResponse",
    xml: "Response",
    text: null,
    attributes: [],
    children: ["Connect", "Denoise", "Dial", "Echo", "Enqueue", "Gather", "Hangup", "Leave", "Pause", "Pay", "Play", "Record", "Redirect", "Refer", "Reject", "Say", "Sms", "Start", "Stop", "Stream"],
  };
  private declare readonly brand: "VoiceResponse"; // one class is not another, whatever their shape

  constructor(...nothing: []) {
    super(VoiceResponse.SPEC, (nothing as unknown[])[0], (nothing as unknown[])[1]);
  }

  /**
   * Adds `<Connect>` and returns it: Connects the call to another resource, a video room, a stream
   * or an agent.
   */
  connect(attributes?: ConnectAttributes): Connect {
    return this.nest(new Connect(attributes));
  }

  /**
   * Adds `<Denoise>` and returns it: Turns noise reduction of the audio coming into SignalWire on
   * or off.
   */
  denoise(text: "on" | "off"): Denoise {
    return this.nest(new Denoise(text));
  }

  /** Adds `<Dial>` and returns it: Calls another party and bridges the call to it. */
  dial(attributes?: DialAttributes): Dial;
  dial(text?: string, attributes?: DialAttributes): Dial;
  dial(text?: string | DialAttributes, attributes?: DialAttributes): Dial {
    return this.nest(typeof text === "object" ? new Dial(text) : new Dial(text, attributes));
  }

  /** Adds `<Echo>` and returns it: Plays the caller's audio back to the caller. */
  echo(attributes?: EchoAttributes): Echo {
    return this.nest(new Echo(attributes));
  }

  /** Adds `<Enqueue>` and returns it: Puts the call in a queue, created if it does not exist. */
  enqueue(attributes?: EnqueueAttributes): Enqueue;
  enqueue(text?: string, attributes?: EnqueueAttributes): Enqueue;
  enqueue(text?: string | EnqueueAttributes, attributes?: EnqueueAttributes): Enqueue {
    return this.nest(typeof text === "object" ? new Enqueue(text) : new Enqueue(text, attributes));
  }

  /**
   * Adds `<Gather>` and returns it: Collects pressed digits or transcribed speech, while its
   * nested verbs play.
   */
  gather(attributes?: GatherAttributes): Gather {
    return this.nest(new Gather(attributes));
  }

  /** Adds `<Hangup>` and returns it: Ends the call (an answered call, so it is billed). */
  hangup(...nothing: []): Hangup {
    return this.nest(new Hangup(...nothing));
  }

  /**
   * Adds `<Leave>` and returns it: Takes the call out of its queue; the call goes on after its
   * <Enqueue>.
   */
  leave(...nothing: []): Leave {
    return this.nest(new Leave(...nothing));
  }

  /** Adds `<Pause>` and returns it: Waits in silence. */
  pause(attributes?: PauseAttributes): Pause {
    return this.nest(new Pause(attributes));
  }

  /**
   * Adds `<Pay>` and returns it: Collects payment details by keypad and sends them to a payment
   * connector. The reference marks minPostalCodeLength, paymentConnectorUrl and securityCode as
   * required, yet its own examples leave them out; they are optional here.
   */
  pay(attributes?: PayAttributes): Pay {
    return this.nest(new Pay(attributes));
  }

  /** Adds `<Play>` and returns it: Plays an audio file, or DTMF tones, into the call. */
  play(attributes?: PlayAttributes): Play;
  play(text?: string, attributes?: PlayAttributes): Play;
  play(text?: string | PlayAttributes, attributes?: PlayAttributes): Play {
    return this.nest(typeof text === "object" ? new Play(text) : new Play(text, attributes));
  }

  /** Adds `<Record>` and returns it: Records the caller and reports the recording's URL. */
  record(attributes?: RecordAttributes): Record {
    return this.nest(new Record(attributes));
  }

  /** Adds `<Redirect>` and returns it: Stops this document and runs the cXML at another URL. */
  redirect(text: string, attributes?: RedirectAttributes): Redirect {
    return this.nest(new Redirect(text, attributes));
  }

  /** Adds `<Refer>` and returns it: Transfers a SIP call out of SignalWire with a SIP REFER. */
  refer(attributes?: ReferAttributes): Refer {
    return this.nest(new Refer(attributes));
  }

  /** Adds `<Reject>` and returns it: Declines the call without answering it (not billed). */
  reject(attributes?: RejectAttributes): Reject {
    return this.nest(new Reject(attributes));
  }

  /** Adds `<Say>` and returns it: Speaks text into the call. */
  say(attributes?: SayAttributes): Say;
  say(text?: string, attributes?: SayAttributes): Say;
  say(text?: string | SayAttributes, attributes?: SayAttributes): Say {
    return this.nest(typeof text === "object" ? new Say(text) : new Say(text, attributes));
  }

  /** Adds `<Sms>` and returns it: Sends an SMS during the call. */
  sms(text: string, attributes?: SmsAttributes): Sms {
    return this.nest(new Sms(text, attributes));
  }

  /**
   * Adds `<Start>` and returns it: Starts something that runs beside the call, such as a stream.
   * The reference shows <Start> on the Stream page only, with no attributes.
   */
  start(...nothing: []): Start {
    return this.nest(new Start(...nothing));
  }

  /**
   * Adds `<Stop>` and returns it: Stops something started by <Start>, such as a named stream. The
   * reference shows <Stop> on the Stream page only, with no attributes.
   */
  stop(...nothing: []): Stop {
    return this.nest(new Stop(...nothing));
  }

  /**
   * Adds `<Stream>` and returns it: Streams the call's audio to a WebSocket. The reference marks
   * `url` as required, but stops a stream by `name` alone, so it is optional here.
   */
  stream(attributes?: StreamAttributes): Stream {
    return this.nest(new Stream(attributes));
  }

  /** Adds an element made on its own; returns this one. */
  append(child: Connect | Denoise | Dial | Echo | Enqueue | Gather | Hangup | Leave | Pause | Pay | Play | Record | Redirect | Refer | Reject | Say | Sms | Start | Stop | Stream): this {
    this.add(child);
    return this;
  }
}

/** `<Response>`: The instructions an incoming message runs. */
export class MessagingResponse extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "MessagingResponse",
    xml: "Response",
    text: null,
    attributes: [],
    children: ["Message", "Redirect"],
  };
  private declare readonly brand: "MessagingResponse"; // one class is not another, whatever their shape

  constructor(...nothing: []) {
    super(MessagingResponse.SPEC, (nothing as unknown[])[0], (nothing as unknown[])[1]);
  }

  /** Adds `<Message>` and returns it: Sends an SMS or MMS. */
  message(attributes?: MessageAttributes): Message;
  message(text?: string, attributes?: MessageAttributes): Message;
  message(text?: string | MessageAttributes, attributes?: MessageAttributes): Message {
    return this.nest(typeof text === "object" ? new Message(text) : new Message(text, attributes));
  }

  /** Adds `<Redirect>` and returns it: Stops this document and runs the cXML at another URL. */
  redirect(text: string, attributes?: RedirectAttributes): Redirect {
    return this.nest(new Redirect(text, attributes));
  }

  /** Adds an element made on its own; returns this one. */
  append(child: Message | Redirect): this {
    this.add(child);
    return this;
  }
}

/** `<Response>`: What to do with an incoming fax. */
export class FaxResponse extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "FaxResponse",
    xml: "Response",
    text: null,
    attributes: [],
    children: ["Receive", "FaxReject"],
  };
  private declare readonly brand: "FaxResponse"; // one class is not another, whatever their shape

  constructor(...nothing: []) {
    super(FaxResponse.SPEC, (nothing as unknown[])[0], (nothing as unknown[])[1]);
  }

  /** Adds `<Receive>` and returns it: Receives the incoming fax. */
  receive(attributes?: ReceiveAttributes): Receive {
    return this.nest(new Receive(attributes));
  }

  /** Adds `<Reject>` and returns it: Rejects the incoming fax (its status becomes canceled). */
  reject(...nothing: []): FaxReject {
    return this.nest(new FaxReject(...nothing));
  }

  /** Adds an element made on its own; returns this one. */
  append(child: Receive | FaxReject): this {
    this.add(child);
    return this;
  }
}

/** The attributes of `<Connect>` (Connect). */
export interface ConnectAttributes {
  /**
   * URL requested when the connected session ends; its cXML continues the call. The reference
   * names this attribute on the VirtualAgent page only.
   */
  readonly action?: string;
}

/** `<Connect>`: Connects the call to another resource, a video room, a stream or an agent. */
export class Connect extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "Connect",
    xml: "Connect",
    text: null,
    attributes: [
      { xml: "action", kind: "string" },
],
    children: ["Room", "Stream", "VirtualAgent"],
  };
  private declare readonly brand: "Connect"; // one class is not another, whatever their shape

  constructor(attributes?: ConnectAttributes) {
    super(Connect.SPEC, undefined, attributes);
  }

  /** Adds `<Room>` and returns it: A video room, by its name. */
  room(text: string): Room {
    return this.nest(new Room(text));
  }

  /**
   * Adds `<Stream>` and returns it: Streams the call's audio to a WebSocket. The reference marks
   * `url` as required, but stops a stream by `name` alone, so it is optional here.
   */
  stream(attributes?: StreamAttributes): Stream {
    return this.nest(new Stream(attributes));
  }

  /** Adds `<VirtualAgent>` and returns it: A Dialogflow agent (deprecated by SignalWire). */
  virtualAgent(attributes: VirtualAgentAttributes): VirtualAgent {
    return this.nest(new VirtualAgent(attributes));
  }

  /** Adds an element made on its own; returns this one. */
  append(child: Room | Stream | VirtualAgent): this {
    this.add(child);
    return this;
  }
}

/**
 * `<Denoise>`: Turns noise reduction of the audio coming into SignalWire on or off. Its text: `on`
 * or `off`.
 */
export class Denoise extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "Denoise",
    xml: "Denoise",
    text: { required: true, values: ["on", "off"], mixed: false },
    attributes: [],
    children: [],
  };
  private declare readonly brand: "Denoise"; // one class is not another, whatever their shape

  constructor(text: "on" | "off") {
    super(Denoise.SPEC, text, undefined);
  }
}

/** The attributes of `<Dial>` (Dial). */
export interface DialAttributes {
  /** URL requested when the dialed call ends. */
  readonly action?: string;
  /** Keep the caller ringing until the dialed party answers. */
  readonly answerOnBridge?: boolean;
  /** Caller ID shown to the dialed party (E.164 for numbers). */
  readonly callerId?: string;
  /** Caller name shown on SIP calls (up to 70 characters). */
  readonly callerName?: string;
  /** Let the caller end the dialed call by pressing the star key. */
  readonly hangupOnStar?: boolean;
  /** HTTP method for `action`. */
  readonly method?: "GET" | "POST";
  /** Record both legs, in one channel or two, from answer or from ringing. */
  readonly record?: "do-not-record" | "record-from-answer" | "record-from-ringing" | "record-from-answer-dual" | "record-from-ringing-dual";
  /** URL told when the recording is available. */
  readonly recordingStatusCallback?: string;
  /** Recording events that are reported. */
  readonly recordingStatusCallbackEvent?: "completed" | "in-progress" | "absent" | readonly ("completed" | "in-progress" | "absent")[];
  /** HTTP method for `recordingStatusCallback`. */
  readonly recordingStatusCallbackMethod?: "GET" | "POST";
  /** URL the recording is sent to instead of SignalWire's storage. */
  readonly recordingStorageUrl?: string;
  /** HTTP method for `recordingStorageUrl`. */
  readonly recordingStorageUrlMethod?: "POST" | "PUT";
  /** Which audio is recorded. */
  readonly recordingTrack?: "inbound" | "outbound" | "both";
  /** Country whose ringback tone the caller hears. */
  readonly ringTone?: "at" | "au" | "bg" | "br" | "be" | "ch" | "cl" | "cn" | "cz" | "de" | "dk" | "ee" | "es" | "fi" | "fr" | "gr" | "hu" | "il" | "in" | "it" | "lt" | "jp" | "mx" | "my" | "nl" | "no" | "nz" | "ph" | "pl" | "pt" | "ru" | "se" | "sg" | "th" | "uk" | "us" | "us-old" | "tw" | "ve" | "za";
  /** Longest duration of the dialed call, in seconds. */
  readonly timeLimit?: number;
  /** Seconds to wait for an answer (5 to 600). */
  readonly timeout?: number;
  /** Whether leading and trailing silence is cut from the recording. */
  readonly trim?: "trim-silence" | "do-not-trim";
}

/**
 * `<Dial>`: Calls another party and bridges the call to it. Its text: A number to dial, when no
 * noun is nested.
 */
export class Dial extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "Dial",
    xml: "Dial",
    text: { required: false, values: [], mixed: false },
    attributes: [
      { xml: "action", kind: "string" },
      { xml: "answerOnBridge", kind: "boolean" },
      { xml: "callerId", kind: "string" },
      { xml: "callerName", kind: "string" },
      { xml: "hangupOnStar", kind: "boolean" },
      { xml: "method", kind: "enum", values: ["GET", "POST"] },
      { xml: "record", kind: "enum", values: ["do-not-record", "record-from-answer", "record-from-ringing", "record-from-answer-dual", "record-from-ringing-dual"] },
      { xml: "recordingStatusCallback", kind: "string" },
      { xml: "recordingStatusCallbackEvent", kind: "enum", values: ["completed", "in-progress", "absent"], list: true },
      { xml: "recordingStatusCallbackMethod", kind: "enum", values: ["GET", "POST"] },
      { xml: "recordingStorageUrl", kind: "string" },
      { xml: "recordingStorageUrlMethod", kind: "enum", values: ["POST", "PUT"] },
      { xml: "recordingTrack", kind: "enum", values: ["inbound", "outbound", "both"] },
      { xml: "ringTone", kind: "enum", values: ["at", "au", "bg", "br", "be", "ch", "cl", "cn", "cz", "de", "dk", "ee", "es", "fi", "fr", "gr", "hu", "il", "in", "it", "lt", "jp", "mx", "my", "nl", "no", "nz", "ph", "pl", "pt", "ru", "se", "sg", "th", "uk", "us", "us-old", "tw", "ve", "za"] },
      { xml: "timeLimit", kind: "integer" },
      { xml: "timeout", kind: "integer" },
      { xml: "trim", kind: "enum", values: ["trim-silence", "do-not-trim"] },
],
    children: ["Number", "Sip", "Conference", "Queue", "Verto"],
  };
  private declare readonly brand: "Dial"; // one class is not another, whatever their shape

  constructor(attributes?: DialAttributes);
  constructor(text?: string, attributes?: DialAttributes);
  constructor(text?: string | DialAttributes, attributes?: DialAttributes) {
    super(Dial.SPEC, text, attributes);
  }

  /** Adds `<Number>` and returns it: A phone number to dial; up to ten ring at once. */
  number(text: string, attributes?: NumberAttributes): Number {
    return this.nest(new Number(text, attributes));
  }

  /** Adds `<Sip>` and returns it: A SIP endpoint to dial; up to ten ring at once. */
  sip(text: string, attributes?: SipAttributes): Sip {
    return this.nest(new Sip(text, attributes));
  }

  /** Adds `<Conference>` and returns it: A named conference room to join. */
  conference(text: string, attributes?: ConferenceAttributes): Conference {
    return this.nest(new Conference(text, attributes));
  }

  /** Adds `<Queue>` and returns it: A queue whose first caller is connected. */
  queue(text: string, attributes?: QueueAttributes): Queue {
    return this.nest(new Queue(text, attributes));
  }

  /** Adds `<Verto>` and returns it: A Verto client to dial. */
  verto(text: string): Verto {
    return this.nest(new Verto(text));
  }

  /** Adds an element made on its own; returns this one. */
  append(child: Number | Sip | Conference | Queue | Verto): this {
    this.add(child);
    return this;
  }
}

/** The attributes of `<Echo>` (Echo). */
export interface EchoAttributes {
  /** Seconds to echo, 5 to 120. */
  readonly timeout?: number;
}

/** `<Echo>`: Plays the caller's audio back to the caller. */
export class Echo extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "Echo",
    xml: "Echo",
    text: null,
    attributes: [
      { xml: "timeout", kind: "integer" },
],
    children: [],
  };
  private declare readonly brand: "Echo"; // one class is not another, whatever their shape

  constructor(attributes?: EchoAttributes) {
    super(Echo.SPEC, undefined, attributes);
  }
}

/** The attributes of `<Enqueue>` (Enqueue). */
export interface EnqueueAttributes {
  /** URL requested when the call leaves the queue. */
  readonly action?: string;
  /** HTTP method for `action`. */
  readonly method?: "GET" | "POST";
  /** URL of the cXML run while the call waits. */
  readonly waitUrl?: string;
  /** HTTP method for `waitUrl`. */
  readonly waitUrlMethod?: "GET" | "POST";
}

/** `<Enqueue>`: Puts the call in a queue, created if it does not exist. Its text: The queue's name. */
export class Enqueue extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "Enqueue",
    xml: "Enqueue",
    text: { required: false, values: [], mixed: false },
    attributes: [
      { xml: "action", kind: "string" },
      { xml: "method", kind: "enum", values: ["GET", "POST"] },
      { xml: "waitUrl", kind: "string" },
      { xml: "waitUrlMethod", kind: "enum", values: ["GET", "POST"] },
],
    children: [],
  };
  private declare readonly brand: "Enqueue"; // one class is not another, whatever their shape

  constructor(attributes?: EnqueueAttributes);
  constructor(text?: string, attributes?: EnqueueAttributes);
  constructor(text?: string | EnqueueAttributes, attributes?: EnqueueAttributes) {
    super(Enqueue.SPEC, text, attributes);
  }
}

/** The attributes of `<Gather>` (Gather). */
export interface GatherAttributes {
  /** URL that receives the input. */
  readonly action?: string;
  /** Request `action` even when nothing was entered. */
  readonly actionOnEmptyResult?: boolean;
  /** Use enhanced speech recognition (charged extra). */
  readonly enhanced?: boolean;
  /** Keys that end the input. */
  readonly finishOnKey?: string;
  /** Words and phrases the caller is likely to say. */
  readonly hints?: string;
  /** Which kinds of input are taken. */
  readonly input?: "dtmf" | "speech" | readonly ("dtmf" | "speech")[];
  /** Language the caller is expected to speak. */
  readonly language?: string;
  /** HTTP method for `action`. */
  readonly method?: "GET" | "POST";
  /** Number of digits expected. */
  readonly numDigits?: number;
  /** URL told of interim speech results. */
  readonly partialResultCallback?: string;
  /** HTTP method for `partialResultCallback`. */
  readonly partialResultCallbackMethod?: "GET" | "POST";
  /** Mask profanity in transcriptions. */
  readonly profanityFilter?: boolean;
  /** Enhanced recognition model. */
  readonly speechModel?: "phone_call" | "video" | "default";
  /** Seconds of silence that end speech, or `auto`. */
  readonly speechTimeout?: string;
  /** Seconds of silence that end the input. */
  readonly timeout?: number;
}

/** `<Gather>`: Collects pressed digits or transcribed speech, while its nested verbs play. */
export class Gather extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "Gather",
    xml: "Gather",
    text: null,
    attributes: [
      { xml: "action", kind: "string" },
      { xml: "actionOnEmptyResult", kind: "boolean" },
      { xml: "enhanced", kind: "boolean" },
      { xml: "finishOnKey", kind: "string" },
      { xml: "hints", kind: "string" },
      { xml: "input", kind: "enum", values: ["dtmf", "speech"], list: true },
      { xml: "language", kind: "string" },
      { xml: "method", kind: "enum", values: ["GET", "POST"] },
      { xml: "numDigits", kind: "integer" },
      { xml: "partialResultCallback", kind: "string" },
      { xml: "partialResultCallbackMethod", kind: "enum", values: ["GET", "POST"] },
      { xml: "profanityFilter", kind: "boolean" },
      { xml: "speechModel", kind: "enum", values: ["phone_call", "video", "default"] },
      { xml: "speechTimeout", kind: "string" },
      { xml: "timeout", kind: "integer" },
],
    children: ["Say", "Play", "Pause"],
  };
  private declare readonly brand: "Gather"; // one class is not another, whatever their shape

  constructor(attributes?: GatherAttributes) {
    super(Gather.SPEC, undefined, attributes);
  }

  /** Adds `<Say>` and returns it: Speaks text into the call. */
  say(attributes?: SayAttributes): Say;
  say(text?: string, attributes?: SayAttributes): Say;
  say(text?: string | SayAttributes, attributes?: SayAttributes): Say {
    return this.nest(typeof text === "object" ? new Say(text) : new Say(text, attributes));
  }

  /** Adds `<Play>` and returns it: Plays an audio file, or DTMF tones, into the call. */
  play(attributes?: PlayAttributes): Play;
  play(text?: string, attributes?: PlayAttributes): Play;
  play(text?: string | PlayAttributes, attributes?: PlayAttributes): Play {
    return this.nest(typeof text === "object" ? new Play(text) : new Play(text, attributes));
  }

  /** Adds `<Pause>` and returns it: Waits in silence. */
  pause(attributes?: PauseAttributes): Pause {
    return this.nest(new Pause(attributes));
  }

  /** Adds an element made on its own; returns this one. */
  append(child: Say | Play | Pause): this {
    this.add(child);
    return this;
  }
}

/** `<Hangup>`: Ends the call (an answered call, so it is billed). */
export class Hangup extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "Hangup",
    xml: "Hangup",
    text: null,
    attributes: [],
    children: [],
  };
  private declare readonly brand: "Hangup"; // one class is not another, whatever their shape

  constructor(...nothing: []) {
    super(Hangup.SPEC, (nothing as unknown[])[0], (nothing as unknown[])[1]);
  }
}

/** `<Leave>`: Takes the call out of its queue; the call goes on after its <Enqueue>. */
export class Leave extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "Leave",
    xml: "Leave",
    text: null,
    attributes: [],
    children: [],
  };
  private declare readonly brand: "Leave"; // one class is not another, whatever their shape

  constructor(...nothing: []) {
    super(Leave.SPEC, (nothing as unknown[])[0], (nothing as unknown[])[1]);
  }
}

/** The attributes of `<Pause>` (Pause). */
export interface PauseAttributes {
  /** Seconds to wait. */
  readonly length?: number;
}

/** `<Pause>`: Waits in silence. */
export class Pause extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "Pause",
    xml: "Pause",
    text: null,
    attributes: [
      { xml: "length", kind: "integer" },
],
    children: [],
  };
  private declare readonly brand: "Pause"; // one class is not another, whatever their shape

  constructor(attributes?: PauseAttributes) {
    super(Pause.SPEC, undefined, attributes);
  }
}

/** The attributes of `<Pay>` (Pay). */
export interface PayAttributes {
  /** HTTPS URL requested when the payment flow ends. */
  readonly action?: string;
  /** Amount to charge; 0 or absent stores a token only. */
  readonly chargeAmount?: number;
  /** Three-letter currency code. */
  readonly currency?: string;
  /** Description passed to the payment processor. */
  readonly description?: string;
  /** How the details are entered. */
  readonly input?: "dtmf";
  /** Language of the prompts. */
  readonly language?: string;
  /** Attempts allowed per step (1 to 3). */
  readonly maxAttempts?: number;
  /** Fewest digits accepted for a postal code. */
  readonly minPostalCodeLength?: number;
  /** URL the encrypted payment details are posted to. */
  readonly paymentConnectorUrl?: string;
  /** Collection flow: `credit-card`, or ACH. */
  readonly paymentMethod?: string;
  /** Ask for a postal code, skip it, or give it. */
  readonly postalCode?: boolean | string;
  /** Ask for the card's security code. */
  readonly securityCode?: boolean;
  /** HTTPS URL told of each payment step. */
  readonly statusCallback?: string;
  /** Seconds to wait for the next digit. */
  readonly timeout?: number;
  /** Whether the token can be reused. */
  readonly tokenType?: "one-time" | "reusable";
  /** Card types accepted. */
  readonly validCardTypes?: "visa" | "mastercard" | "amex" | "maestro" | "discover" | "optima" | "jcb" | "diners-club" | "enroute" | readonly ("visa" | "mastercard" | "amex" | "maestro" | "discover" | "optima" | "jcb" | "diners-club" | "enroute")[];
}

/**
 * `<Pay>`: Collects payment details by keypad and sends them to a payment connector. The reference
 * marks minPostalCodeLength, paymentConnectorUrl and securityCode as required, yet its own
 * examples leave them out; they are optional here.
 */
export class Pay extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "Pay",
    xml: "Pay",
    text: null,
    attributes: [
      { xml: "action", kind: "string" },
      { xml: "chargeAmount", kind: "number" },
      { xml: "currency", kind: "string" },
      { xml: "description", kind: "string" },
      { xml: "input", kind: "enum", values: ["dtmf"] },
      { xml: "language", kind: "string" },
      { xml: "maxAttempts", kind: "integer" },
      { xml: "minPostalCodeLength", kind: "integer" },
      { xml: "paymentConnectorUrl", kind: "string" },
      { xml: "paymentMethod", kind: "string" },
      { xml: "postalCode", kind: "boolean-or-string" },
      { xml: "securityCode", kind: "boolean" },
      { xml: "statusCallback", kind: "string" },
      { xml: "timeout", kind: "integer" },
      { xml: "tokenType", kind: "enum", values: ["one-time", "reusable"] },
      { xml: "validCardTypes", kind: "enum", values: ["visa", "mastercard", "amex", "maestro", "discover", "optima", "jcb", "diners-club", "enroute"], list: true },
],
    children: ["Parameter", "Prompt"],
  };
  private declare readonly brand: "Pay"; // one class is not another, whatever their shape

  constructor(attributes?: PayAttributes) {
    super(Pay.SPEC, undefined, attributes);
  }

  /**
   * Adds `<Parameter>` and returns it: A custom name and value passed on to a stream or a payment
   * connector.
   */
  parameter(attributes: ParameterAttributes): Parameter {
    return this.nest(new Parameter(attributes));
  }

  /** Adds `<Prompt>` and returns it: Replaces the default prompt of one payment step. */
  prompt(attributes: PromptAttributes): Prompt {
    return this.nest(new Prompt(attributes));
  }

  /** Adds an element made on its own; returns this one. */
  append(child: Parameter | Prompt): this {
    this.add(child);
    return this;
  }
}

/** The attributes of `<Play>` (Play). */
export interface PlayAttributes {
  /** DTMF tones to play; each `w` waits half a second. */
  readonly digits?: string;
  /** Times to play; 0 repeats until the call ends. */
  readonly loop?: number;
}

/**
 * `<Play>`: Plays an audio file, or DTMF tones, into the call. Its text: URL of the audio (HTTP or
 * RTMP).
 */
export class Play extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "Play",
    xml: "Play",
    text: { required: false, values: [], mixed: false },
    attributes: [
      { xml: "digits", kind: "string" },
      { xml: "loop", kind: "integer" },
],
    children: [],
  };
  private declare readonly brand: "Play"; // one class is not another, whatever their shape

  constructor(attributes?: PlayAttributes);
  constructor(text?: string, attributes?: PlayAttributes);
  constructor(text?: string | PlayAttributes, attributes?: PlayAttributes) {
    super(Play.SPEC, text, attributes);
  }
}

/** The attributes of `<Record>` (Record). */
export interface RecordAttributes {
  /** URL requested when the recording ends. */
  readonly action?: string;
  /** Keys that end the recording. */
  readonly finishOnKey?: string;
  /** Longest recording in seconds (0 means 3600). */
  readonly maxLength?: number;
  /** HTTP method for `action`. */
  readonly method?: "GET" | "POST";
  /** Beep before recording. */
  readonly playBeep?: boolean;
  /** URL told when the recording is available. */
  readonly recordingStatusCallback?: string;
  /** Recording events that are reported. */
  readonly recordingStatusCallbackEvent?: "completed" | "in-progress" | "absent" | readonly ("completed" | "in-progress" | "absent")[];
  /** HTTP method for `recordingStatusCallback`. */
  readonly recordingStatusCallbackMethod?: "GET" | "POST";
  /** URL the recording is sent to instead of SignalWire's storage. */
  readonly storageUrl?: string;
  /** HTTP method for `storageUrl`. */
  readonly storageUrlMethod?: "POST" | "PUT";
  /** Seconds of silence that end the recording. */
  readonly timeout?: number;
  /** Transcribe the recording (charged extra). */
  readonly transcribe?: boolean;
  /** URL that receives the transcription. */
  readonly transcribeCallback?: string;
  /** Whether leading and trailing silence is cut. */
  readonly trim?: "trim-silence" | "do-not-trim";
}

/** `<Record>`: Records the caller and reports the recording's URL. */
export class Record extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "Record",
    xml: "Record",
    text: null,
    attributes: [
      { xml: "action", kind: "string" },
      { xml: "finishOnKey", kind: "string" },
      { xml: "maxLength", kind: "integer" },
      { xml: "method", kind: "enum", values: ["GET", "POST"] },
      { xml: "playBeep", kind: "boolean" },
      { xml: "recordingStatusCallback", kind: "string" },
      { xml: "recordingStatusCallbackEvent", kind: "enum", values: ["completed", "in-progress", "absent"], list: true },
      { xml: "recordingStatusCallbackMethod", kind: "enum", values: ["GET", "POST"] },
      { xml: "storageUrl", kind: "string" },
      { xml: "storageUrlMethod", kind: "enum", values: ["POST", "PUT"] },
      { xml: "timeout", kind: "integer" },
      { xml: "transcribe", kind: "boolean" },
      { xml: "transcribeCallback", kind: "string" },
      { xml: "trim", kind: "enum", values: ["trim-silence", "do-not-trim"] },
],
    children: [],
  };
  private declare readonly brand: "Record"; // one class is not another, whatever their shape

  constructor(attributes?: RecordAttributes) {
    super(Record.SPEC, undefined, attributes);
  }
}

/** The attributes of `<Redirect>` (Redirect). */
export interface RedirectAttributes {
  /** HTTP method for the URL. */
  readonly method?: "GET" | "POST";
}

/**
 * `<Redirect>`: Stops this document and runs the cXML at another URL. Its text: The URL to run
 * next.
 */
export class Redirect extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "Redirect",
    xml: "Redirect",
    text: { required: true, values: [], mixed: false },
    attributes: [
      { xml: "method", kind: "enum", values: ["GET", "POST"] },
],
    children: [],
  };
  private declare readonly brand: "Redirect"; // one class is not another, whatever their shape

  constructor(text: string, attributes?: RedirectAttributes) {
    super(Redirect.SPEC, text, attributes);
  }
}

/** The attributes of `<Refer>` (Refer). */
export interface ReferAttributes {
  /** URL requested when the transfer ends. */
  readonly action?: string;
  /** HTTP method for `action`. */
  readonly method?: "GET" | "POST";
}

/** `<Refer>`: Transfers a SIP call out of SignalWire with a SIP REFER. */
export class Refer extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "Refer",
    xml: "Refer",
    text: null,
    attributes: [
      { xml: "action", kind: "string" },
      { xml: "method", kind: "enum", values: ["GET", "POST"] },
],
    children: ["ReferSip"],
  };
  private declare readonly brand: "Refer"; // one class is not another, whatever their shape

  constructor(attributes?: ReferAttributes) {
    super(Refer.SPEC, undefined, attributes);
  }

  /** Adds `<Sip>` and returns it: The SIP URI the call is transferred to. */
  sip(text: string): ReferSip {
    return this.nest(new ReferSip(text));
  }

  /** Adds an element made on its own; returns this one. */
  append(child: ReferSip): this {
    this.add(child);
    return this;
  }
}

/** The attributes of `<Reject>` (Reject). */
export interface RejectAttributes {
  /** Whether the caller hears busy or not in service. */
  readonly reason?: "busy" | "rejected";
}

/** `<Reject>`: Declines the call without answering it (not billed). */
export class Reject extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "Reject",
    xml: "Reject",
    text: null,
    attributes: [
      { xml: "reason", kind: "enum", values: ["busy", "rejected"] },
],
    children: [],
  };
  private declare readonly brand: "Reject"; // one class is not another, whatever their shape

  constructor(attributes?: RejectAttributes) {
    super(Reject.SPEC, undefined, attributes);
  }
}

/** The attributes of `<Say>` (Say). */
export interface SayAttributes {
  /** Language and locale of the voice. */
  readonly language?: string;
  /** Times to speak; 0 repeats until the call ends. */
  readonly loop?: number;
  /** The voice: man, woman, or a Polly. or gcloud. voice name. */
  readonly voice?: string;
}

/**
 * `<Say>`: Speaks text into the call. Its text: The words to speak (up to 4,096 characters), SSML
 * elements among them. The reference lists the SSML tags <Say> reads, without the <speak> that
 * usually wraps SSML, and does not say which nest in which; the nesting here is twilio-python's.
 */
export class Say extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "Say",
    xml: "Say",
    text: { required: false, values: [], mixed: true },
    attributes: [
      { xml: "language", kind: "string" },
      { xml: "loop", kind: "integer" },
      { xml: "voice", kind: "string" },
],
    children: ["SsmlBreak", "SsmlEmphasis", "SsmlLang", "SsmlP", "SsmlPhoneme", "SsmlProsody", "SsmlS", "SsmlSayAs", "SsmlSub", "SsmlW"],
  };
  private declare readonly brand: "Say"; // one class is not another, whatever their shape

  constructor(attributes?: SayAttributes);
  constructor(text?: string, attributes?: SayAttributes);
  constructor(text?: string | SayAttributes, attributes?: SayAttributes) {
    super(Say.SPEC, text, attributes);
  }

  /** Adds `<break>` and returns it: A pause in the speech. */
  break(attributes?: SsmlBreakAttributes): SsmlBreak {
    return this.nest(new SsmlBreak(attributes));
  }

  /**
   * Adds `<emphasis>` and returns it: Words spoken with more or less stress (louder and slower, or
   * softer and faster).
   */
  emphasis(attributes?: SsmlEmphasisAttributes): SsmlEmphasis;
  emphasis(text?: string, attributes?: SsmlEmphasisAttributes): SsmlEmphasis;
  emphasis(text?: string | SsmlEmphasisAttributes, attributes?: SsmlEmphasisAttributes): SsmlEmphasis {
    return this.nest(typeof text === "object" ? new SsmlEmphasis(text) : new SsmlEmphasis(text, attributes));
  }

  /** Adds `<lang>` and returns it: Words spoken in another language. */
  lang(attributes?: SsmlLangAttributes): SsmlLang;
  lang(text?: string, attributes?: SsmlLangAttributes): SsmlLang;
  lang(text?: string | SsmlLangAttributes, attributes?: SsmlLangAttributes): SsmlLang {
    return this.nest(typeof text === "object" ? new SsmlLang(text) : new SsmlLang(text, attributes));
  }

  /** Adds `<p>` and returns it: A paragraph, with a pause after it. */
  p(text?: string): SsmlP {
    return this.nest(new SsmlP(text));
  }

  /** Adds `<phoneme>` and returns it: Words spoken as a phonetic transcription says. */
  phoneme(text: string, attributes?: SsmlPhonemeAttributes): SsmlPhoneme {
    return this.nest(new SsmlPhoneme(text, attributes));
  }

  /**
   * Adds `<prosody>` and returns it: Words spoken louder or softer, faster or slower, higher or
   * lower.
   */
  prosody(attributes?: SsmlProsodyAttributes): SsmlProsody;
  prosody(text?: string, attributes?: SsmlProsodyAttributes): SsmlProsody;
  prosody(text?: string | SsmlProsodyAttributes, attributes?: SsmlProsodyAttributes): SsmlProsody {
    return this.nest(typeof text === "object" ? new SsmlProsody(text) : new SsmlProsody(text, attributes));
  }

  /** Adds `<s>` and returns it: A sentence, with a pause after it. */
  s(text?: string): SsmlS {
    return this.nest(new SsmlS(text));
  }

  /**
   * Adds `<say-as>` and returns it: Words read as a kind of value (spelled out, a number, a date,
   * a telephone number ...).
   */
  sayAs(text: string, attributes?: SsmlSayAsAttributes): SsmlSayAs {
    return this.nest(new SsmlSayAs(text, attributes));
  }

  /** Adds `<sub>` and returns it: Words spoken as other words, such as an abbreviation's long form. */
  sub(text: string, attributes?: SsmlSubAttributes): SsmlSub {
    return this.nest(new SsmlSub(text, attributes));
  }

  /**
   * Adds `<w>` and returns it: A word whose part of speech or sense decides how it is spoken. The
   * reference's table leaves out <w>; for Amazon Polly voices it points to Polly's SSML reference,
   * which has <w> and the roles here. twilio has <w> too, its `role` any text.
   */
  w(attributes?: SsmlWAttributes): SsmlW;
  w(text?: string, attributes?: SsmlWAttributes): SsmlW;
  w(text?: string | SsmlWAttributes, attributes?: SsmlWAttributes): SsmlW {
    return this.nest(typeof text === "object" ? new SsmlW(text) : new SsmlW(text, attributes));
  }

  /** Adds an element made on its own, or text after the last child; returns this one. */
  append(child: SsmlBreak | SsmlEmphasis | SsmlLang | SsmlP | SsmlPhoneme | SsmlProsody | SsmlS | SsmlSayAs | SsmlSub | SsmlW | string): this {
    this.add(child);
    return this;
  }

  /** Adds text after the last child; returns this one. */
  addText(text: string): this {
    this.addTextRun(text);
    return this;
  }
}

/** The attributes of `<Sms>` (Sms). */
export interface SmsAttributes {
  /** URL requested once the message is queued; its cXML continues the call. */
  readonly action?: string;
  /** SignalWire number the message is sent from. */
  readonly from?: string;
  /** HTTP method for `action`. */
  readonly method?: "GET" | "POST";
  /** URL told when the message is sent or fails. */
  readonly statusCallback?: string;
  /** Number the message is sent to. */
  readonly to?: string;
}

/** `<Sms>`: Sends an SMS during the call. Its text: The message (under 1,600 characters). */
export class Sms extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "Sms",
    xml: "Sms",
    text: { required: true, values: [], mixed: false },
    attributes: [
      { xml: "action", kind: "string" },
      { xml: "from", kind: "string" },
      { xml: "method", kind: "enum", values: ["GET", "POST"] },
      { xml: "statusCallback", kind: "string" },
      { xml: "to", kind: "string" },
],
    children: [],
  };
  private declare readonly brand: "Sms"; // one class is not another, whatever their shape

  constructor(text: string, attributes?: SmsAttributes) {
    super(Sms.SPEC, text, attributes);
  }
}

/**
 * `<Start>`: Starts something that runs beside the call, such as a stream. The reference shows
 * <Start> on the Stream page only, with no attributes.
 */
export class Start extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "Start",
    xml: "Start",
    text: null,
    attributes: [],
    children: ["Stream"],
  };
  private declare readonly brand: "Start"; // one class is not another, whatever their shape

  constructor(...nothing: []) {
    super(Start.SPEC, (nothing as unknown[])[0], (nothing as unknown[])[1]);
  }

  /**
   * Adds `<Stream>` and returns it: Streams the call's audio to a WebSocket. The reference marks
   * `url` as required, but stops a stream by `name` alone, so it is optional here.
   */
  stream(attributes?: StreamAttributes): Stream {
    return this.nest(new Stream(attributes));
  }

  /** Adds an element made on its own; returns this one. */
  append(child: Stream): this {
    this.add(child);
    return this;
  }
}

/**
 * `<Stop>`: Stops something started by <Start>, such as a named stream. The reference shows <Stop>
 * on the Stream page only, with no attributes.
 */
export class Stop extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "Stop",
    xml: "Stop",
    text: null,
    attributes: [],
    children: ["Stream"],
  };
  private declare readonly brand: "Stop"; // one class is not another, whatever their shape

  constructor(...nothing: []) {
    super(Stop.SPEC, (nothing as unknown[])[0], (nothing as unknown[])[1]);
  }

  /**
   * Adds `<Stream>` and returns it: Streams the call's audio to a WebSocket. The reference marks
   * `url` as required, but stops a stream by `name` alone, so it is optional here.
   */
  stream(attributes?: StreamAttributes): Stream {
    return this.nest(new Stream(attributes));
  }

  /** Adds an element made on its own; returns this one. */
  append(child: Stream): this {
    this.add(child);
    return this;
  }
}

/** The attributes of `<Stream>` (Stream). */
export interface StreamAttributes {
  /** Bearer token sent when the WebSocket connects. */
  readonly authBearerToken?: string;
  /** Audio codec: PCMU@8000h, L16@16000h or L16@24000h. */
  readonly codec?: string;
  /** Name of the stream, unique in the call; stops it by name. */
  readonly name?: string;
  /** On a bidirectional stream, favour low delay over buffering. */
  readonly realtime?: boolean;
  /** URL told when the stream starts, stops or fails. */
  readonly statusCallback?: string;
  /** HTTP method for `statusCallback`. */
  readonly statusCallbackMethod?: "GET" | "POST";
  /** Which audio is streamed. */
  readonly track?: "inbound_track" | "outbound_track" | "both_tracks";
  /** The wss URL to stream to. */
  readonly url?: string;
}

/**
 * `<Stream>`: Streams the call's audio to a WebSocket. The reference marks `url` as required, but
 * stops a stream by `name` alone, so it is optional here.
 */
export class Stream extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "Stream",
    xml: "Stream",
    text: null,
    attributes: [
      { xml: "authBearerToken", kind: "string" },
      { xml: "codec", kind: "string" },
      { xml: "name", kind: "string" },
      { xml: "realtime", kind: "boolean" },
      { xml: "statusCallback", kind: "string" },
      { xml: "statusCallbackMethod", kind: "enum", values: ["GET", "POST"] },
      { xml: "track", kind: "enum", values: ["inbound_track", "outbound_track", "both_tracks"] },
      { xml: "url", kind: "string" },
],
    children: ["Parameter"],
  };
  private declare readonly brand: "Stream"; // one class is not another, whatever their shape

  constructor(attributes?: StreamAttributes) {
    super(Stream.SPEC, undefined, attributes);
  }

  /**
   * Adds `<Parameter>` and returns it: A custom name and value passed on to a stream or a payment
   * connector.
   */
  parameter(attributes: ParameterAttributes): Parameter {
    return this.nest(new Parameter(attributes));
  }

  /** Adds an element made on its own; returns this one. */
  append(child: Parameter): this {
    this.add(child);
    return this;
  }
}

/** The attributes of `<break>` (SsmlBreak). */
export interface SsmlBreakAttributes {
  /** How long a pause, from none to a paragraph's (medium unless given). */
  readonly strength?: "none" | "x-weak" | "weak" | "medium" | "strong" | "x-strong";
  /** How long a pause, in `s` or `ms` (`100ms`, `2s`); 10 seconds at most. */
  readonly time?: string;
}

/** `<break>`: A pause in the speech. */
export class SsmlBreak extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "SsmlBreak",
    xml: "break",
    text: null,
    attributes: [
      { xml: "strength", kind: "enum", values: ["none", "x-weak", "weak", "medium", "strong", "x-strong"] },
      { xml: "time", kind: "string" },
],
    children: [],
  };
  private declare readonly brand: "SsmlBreak"; // one class is not another, whatever their shape

  constructor(attributes?: SsmlBreakAttributes) {
    super(SsmlBreak.SPEC, undefined, attributes);
  }
}

/** The attributes of `<emphasis>` (SsmlEmphasis). */
export interface SsmlEmphasisAttributes {
  /** How much emphasis (moderate unless given). */
  readonly level?: "strong" | "moderate" | "reduced";
}

/**
 * `<emphasis>`: Words spoken with more or less stress (louder and slower, or softer and faster).
 * Its text: The words to emphasize.
 */
export class SsmlEmphasis extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "SsmlEmphasis",
    xml: "emphasis",
    text: { required: false, values: [], mixed: true },
    attributes: [
      { xml: "level", kind: "enum", values: ["strong", "moderate", "reduced"] },
],
    children: ["SsmlBreak", "SsmlEmphasis", "SsmlLang", "SsmlPhoneme", "SsmlProsody", "SsmlSayAs", "SsmlSub", "SsmlW"],
  };
  private declare readonly brand: "SsmlEmphasis"; // one class is not another, whatever their shape

  constructor(attributes?: SsmlEmphasisAttributes);
  constructor(text?: string, attributes?: SsmlEmphasisAttributes);
  constructor(text?: string | SsmlEmphasisAttributes, attributes?: SsmlEmphasisAttributes) {
    super(SsmlEmphasis.SPEC, text, attributes);
  }

  /** Adds `<break>` and returns it: A pause in the speech. */
  break(attributes?: SsmlBreakAttributes): SsmlBreak {
    return this.nest(new SsmlBreak(attributes));
  }

  /**
   * Adds `<emphasis>` and returns it: Words spoken with more or less stress (louder and slower, or
   * softer and faster).
   */
  emphasis(attributes?: SsmlEmphasisAttributes): SsmlEmphasis;
  emphasis(text?: string, attributes?: SsmlEmphasisAttributes): SsmlEmphasis;
  emphasis(text?: string | SsmlEmphasisAttributes, attributes?: SsmlEmphasisAttributes): SsmlEmphasis {
    return this.nest(typeof text === "object" ? new SsmlEmphasis(text) : new SsmlEmphasis(text, attributes));
  }

  /** Adds `<lang>` and returns it: Words spoken in another language. */
  lang(attributes?: SsmlLangAttributes): SsmlLang;
  lang(text?: string, attributes?: SsmlLangAttributes): SsmlLang;
  lang(text?: string | SsmlLangAttributes, attributes?: SsmlLangAttributes): SsmlLang {
    return this.nest(typeof text === "object" ? new SsmlLang(text) : new SsmlLang(text, attributes));
  }

  /** Adds `<phoneme>` and returns it: Words spoken as a phonetic transcription says. */
  phoneme(text: string, attributes?: SsmlPhonemeAttributes): SsmlPhoneme {
    return this.nest(new SsmlPhoneme(text, attributes));
  }

  /**
   * Adds `<prosody>` and returns it: Words spoken louder or softer, faster or slower, higher or
   * lower.
   */
  prosody(attributes?: SsmlProsodyAttributes): SsmlProsody;
  prosody(text?: string, attributes?: SsmlProsodyAttributes): SsmlProsody;
  prosody(text?: string | SsmlProsodyAttributes, attributes?: SsmlProsodyAttributes): SsmlProsody {
    return this.nest(typeof text === "object" ? new SsmlProsody(text) : new SsmlProsody(text, attributes));
  }

  /**
   * Adds `<say-as>` and returns it: Words read as a kind of value (spelled out, a number, a date,
   * a telephone number ...).
   */
  sayAs(text: string, attributes?: SsmlSayAsAttributes): SsmlSayAs {
    return this.nest(new SsmlSayAs(text, attributes));
  }

  /** Adds `<sub>` and returns it: Words spoken as other words, such as an abbreviation's long form. */
  sub(text: string, attributes?: SsmlSubAttributes): SsmlSub {
    return this.nest(new SsmlSub(text, attributes));
  }

  /**
   * Adds `<w>` and returns it: A word whose part of speech or sense decides how it is spoken. The
   * reference's table leaves out <w>; for Amazon Polly voices it points to Polly's SSML reference,
   * which has <w> and the roles here. twilio has <w> too, its `role` any text.
   */
  w(attributes?: SsmlWAttributes): SsmlW;
  w(text?: string, attributes?: SsmlWAttributes): SsmlW;
  w(text?: string | SsmlWAttributes, attributes?: SsmlWAttributes): SsmlW {
    return this.nest(typeof text === "object" ? new SsmlW(text) : new SsmlW(text, attributes));
  }

  /** Adds an element made on its own, or text after the last child; returns this one. */
  append(child: SsmlBreak | SsmlEmphasis | SsmlLang | SsmlPhoneme | SsmlProsody | SsmlSayAs | SsmlSub | SsmlW | string): this {
    this.add(child);
    return this;
  }

  /** Adds text after the last child; returns this one. */
  addText(text: string): this {
    this.addTextRun(text);
    return this;
  }
}

/** The attributes of `<lang>` (SsmlLang). */
export interface SsmlLangAttributes {
  /**
   * The language. These are the languages the reference names; twilio's (twilio-node's types) are
   * Amazon Polly's longer list.
   */
  readonly "xml:lang"?: "en-US" | "en-GB" | "en-IN" | "en-AU" | "en-CA" | "de-DE" | "es-ES" | "it-IT" | "ja-JP" | "fr-FR";
}

/** `<lang>`: Words spoken in another language. Its text: The words in that language. */
export class SsmlLang extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "SsmlLang",
    xml: "lang",
    text: { required: false, values: [], mixed: true },
    attributes: [
      { xml: "xml:lang", kind: "enum", values: ["en-US", "en-GB", "en-IN", "en-AU", "en-CA", "de-DE", "es-ES", "it-IT", "ja-JP", "fr-FR"] },
],
    children: ["SsmlBreak", "SsmlEmphasis", "SsmlLang", "SsmlP", "SsmlPhoneme", "SsmlProsody", "SsmlS", "SsmlSayAs", "SsmlSub", "SsmlW"],
  };
  private declare readonly brand: "SsmlLang"; // one class is not another, whatever their shape

  constructor(attributes?: SsmlLangAttributes);
  constructor(text?: string, attributes?: SsmlLangAttributes);
  constructor(text?: string | SsmlLangAttributes, attributes?: SsmlLangAttributes) {
    super(SsmlLang.SPEC, text, attributes);
  }

  /** Adds `<break>` and returns it: A pause in the speech. */
  break(attributes?: SsmlBreakAttributes): SsmlBreak {
    return this.nest(new SsmlBreak(attributes));
  }

  /**
   * Adds `<emphasis>` and returns it: Words spoken with more or less stress (louder and slower, or
   * softer and faster).
   */
  emphasis(attributes?: SsmlEmphasisAttributes): SsmlEmphasis;
  emphasis(text?: string, attributes?: SsmlEmphasisAttributes): SsmlEmphasis;
  emphasis(text?: string | SsmlEmphasisAttributes, attributes?: SsmlEmphasisAttributes): SsmlEmphasis {
    return this.nest(typeof text === "object" ? new SsmlEmphasis(text) : new SsmlEmphasis(text, attributes));
  }

  /** Adds `<lang>` and returns it: Words spoken in another language. */
  lang(attributes?: SsmlLangAttributes): SsmlLang;
  lang(text?: string, attributes?: SsmlLangAttributes): SsmlLang;
  lang(text?: string | SsmlLangAttributes, attributes?: SsmlLangAttributes): SsmlLang {
    return this.nest(typeof text === "object" ? new SsmlLang(text) : new SsmlLang(text, attributes));
  }

  /** Adds `<p>` and returns it: A paragraph, with a pause after it. */
  p(text?: string): SsmlP {
    return this.nest(new SsmlP(text));
  }

  /** Adds `<phoneme>` and returns it: Words spoken as a phonetic transcription says. */
  phoneme(text: string, attributes?: SsmlPhonemeAttributes): SsmlPhoneme {
    return this.nest(new SsmlPhoneme(text, attributes));
  }

  /**
   * Adds `<prosody>` and returns it: Words spoken louder or softer, faster or slower, higher or
   * lower.
   */
  prosody(attributes?: SsmlProsodyAttributes): SsmlProsody;
  prosody(text?: string, attributes?: SsmlProsodyAttributes): SsmlProsody;
  prosody(text?: string | SsmlProsodyAttributes, attributes?: SsmlProsodyAttributes): SsmlProsody {
    return this.nest(typeof text === "object" ? new SsmlProsody(text) : new SsmlProsody(text, attributes));
  }

  /** Adds `<s>` and returns it: A sentence, with a pause after it. */
  s(text?: string): SsmlS {
    return this.nest(new SsmlS(text));
  }

  /**
   * Adds `<say-as>` and returns it: Words read as a kind of value (spelled out, a number, a date,
   * a telephone number ...).
   */
  sayAs(text: string, attributes?: SsmlSayAsAttributes): SsmlSayAs {
    return this.nest(new SsmlSayAs(text, attributes));
  }

  /** Adds `<sub>` and returns it: Words spoken as other words, such as an abbreviation's long form. */
  sub(text: string, attributes?: SsmlSubAttributes): SsmlSub {
    return this.nest(new SsmlSub(text, attributes));
  }

  /**
   * Adds `<w>` and returns it: A word whose part of speech or sense decides how it is spoken. The
   * reference's table leaves out <w>; for Amazon Polly voices it points to Polly's SSML reference,
   * which has <w> and the roles here. twilio has <w> too, its `role` any text.
   */
  w(attributes?: SsmlWAttributes): SsmlW;
  w(text?: string, attributes?: SsmlWAttributes): SsmlW;
  w(text?: string | SsmlWAttributes, attributes?: SsmlWAttributes): SsmlW {
    return this.nest(typeof text === "object" ? new SsmlW(text) : new SsmlW(text, attributes));
  }

  /** Adds an element made on its own, or text after the last child; returns this one. */
  append(child: SsmlBreak | SsmlEmphasis | SsmlLang | SsmlP | SsmlPhoneme | SsmlProsody | SsmlS | SsmlSayAs | SsmlSub | SsmlW | string): this {
    this.add(child);
    return this;
  }

  /** Adds text after the last child; returns this one. */
  addText(text: string): this {
    this.addTextRun(text);
    return this;
  }
}

/** `<p>`: A paragraph, with a pause after it. Its text: The paragraph's words. */
export class SsmlP extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "SsmlP",
    xml: "p",
    text: { required: false, values: [], mixed: true },
    attributes: [],
    children: ["SsmlBreak", "SsmlEmphasis", "SsmlLang", "SsmlPhoneme", "SsmlProsody", "SsmlS", "SsmlSayAs", "SsmlSub", "SsmlW"],
  };
  private declare readonly brand: "SsmlP"; // one class is not another, whatever their shape

  constructor(text?: string) {
    super(SsmlP.SPEC, text, undefined);
  }

  /** Adds `<break>` and returns it: A pause in the speech. */
  break(attributes?: SsmlBreakAttributes): SsmlBreak {
    return this.nest(new SsmlBreak(attributes));
  }

  /**
   * Adds `<emphasis>` and returns it: Words spoken with more or less stress (louder and slower, or
   * softer and faster).
   */
  emphasis(attributes?: SsmlEmphasisAttributes): SsmlEmphasis;
  emphasis(text?: string, attributes?: SsmlEmphasisAttributes): SsmlEmphasis;
  emphasis(text?: string | SsmlEmphasisAttributes, attributes?: SsmlEmphasisAttributes): SsmlEmphasis {
    return this.nest(typeof text === "object" ? new SsmlEmphasis(text) : new SsmlEmphasis(text, attributes));
  }

  /** Adds `<lang>` and returns it: Words spoken in another language. */
  lang(attributes?: SsmlLangAttributes): SsmlLang;
  lang(text?: string, attributes?: SsmlLangAttributes): SsmlLang;
  lang(text?: string | SsmlLangAttributes, attributes?: SsmlLangAttributes): SsmlLang {
    return this.nest(typeof text === "object" ? new SsmlLang(text) : new SsmlLang(text, attributes));
  }

  /** Adds `<phoneme>` and returns it: Words spoken as a phonetic transcription says. */
  phoneme(text: string, attributes?: SsmlPhonemeAttributes): SsmlPhoneme {
    return this.nest(new SsmlPhoneme(text, attributes));
  }

  /**
   * Adds `<prosody>` and returns it: Words spoken louder or softer, faster or slower, higher or
   * lower.
   */
  prosody(attributes?: SsmlProsodyAttributes): SsmlProsody;
  prosody(text?: string, attributes?: SsmlProsodyAttributes): SsmlProsody;
  prosody(text?: string | SsmlProsodyAttributes, attributes?: SsmlProsodyAttributes): SsmlProsody {
    return this.nest(typeof text === "object" ? new SsmlProsody(text) : new SsmlProsody(text, attributes));
  }

  /** Adds `<s>` and returns it: A sentence, with a pause after it. */
  s(text?: string): SsmlS {
    return this.nest(new SsmlS(text));
  }

  /**
   * Adds `<say-as>` and returns it: Words read as a kind of value (spelled out, a number, a date,
   * a telephone number ...).
   */
  sayAs(text: string, attributes?: SsmlSayAsAttributes): SsmlSayAs {
    return this.nest(new SsmlSayAs(text, attributes));
  }

  /** Adds `<sub>` and returns it: Words spoken as other words, such as an abbreviation's long form. */
  sub(text: string, attributes?: SsmlSubAttributes): SsmlSub {
    return this.nest(new SsmlSub(text, attributes));
  }

  /**
   * Adds `<w>` and returns it: A word whose part of speech or sense decides how it is spoken. The
   * reference's table leaves out <w>; for Amazon Polly voices it points to Polly's SSML reference,
   * which has <w> and the roles here. twilio has <w> too, its `role` any text.
   */
  w(attributes?: SsmlWAttributes): SsmlW;
  w(text?: string, attributes?: SsmlWAttributes): SsmlW;
  w(text?: string | SsmlWAttributes, attributes?: SsmlWAttributes): SsmlW {
    return this.nest(typeof text === "object" ? new SsmlW(text) : new SsmlW(text, attributes));
  }

  /** Adds an element made on its own, or text after the last child; returns this one. */
  append(child: SsmlBreak | SsmlEmphasis | SsmlLang | SsmlPhoneme | SsmlProsody | SsmlS | SsmlSayAs | SsmlSub | SsmlW | string): this {
    this.add(child);
    return this;
  }

  /** Adds text after the last child; returns this one. */
  addText(text: string): this {
    this.addTextRun(text);
    return this;
  }
}

/** The attributes of `<phoneme>` (SsmlPhoneme). */
export interface SsmlPhonemeAttributes {
  /**
   * The phonetic alphabet of `ph`: IPA or X-SAMPA. The reference names these two; twilio's add
   * Amazon Polly's own alphabets.
   */
  readonly alphabet?: "ipa" | "x-sampa";
  /** The pronunciation, in the symbols of `alphabet`. */
  readonly ph?: string;
}

/**
 * `<phoneme>`: Words spoken as a phonetic transcription says. Its text: The words the
 * transcription replaces.
 */
export class SsmlPhoneme extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "SsmlPhoneme",
    xml: "phoneme",
    text: { required: true, values: [], mixed: false },
    attributes: [
      { xml: "alphabet", kind: "enum", values: ["ipa", "x-sampa"] },
      { xml: "ph", kind: "string" },
],
    children: [],
  };
  private declare readonly brand: "SsmlPhoneme"; // one class is not another, whatever their shape

  constructor(text: string, attributes?: SsmlPhonemeAttributes) {
    super(SsmlPhoneme.SPEC, text, attributes);
  }
}

/** The attributes of `<prosody>` (SsmlProsody). */
export interface SsmlProsodyAttributes {
  /** x-low, low, medium, high or x-high, or a change in percent (`-10%`). */
  readonly pitch?: string;
  /** x-slow, slow, medium, fast or x-fast, or a percentage of the normal rate (`85%`). */
  readonly rate?: string;
  /** silent, x-soft, soft, medium, loud or x-loud, or a change (`-6dB`). */
  readonly volume?: string;
}

/**
 * `<prosody>`: Words spoken louder or softer, faster or slower, higher or lower. Its text: The
 * words it changes.
 */
export class SsmlProsody extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "SsmlProsody",
    xml: "prosody",
    text: { required: false, values: [], mixed: true },
    attributes: [
      { xml: "pitch", kind: "string" },
      { xml: "rate", kind: "string" },
      { xml: "volume", kind: "string" },
],
    children: ["SsmlBreak", "SsmlEmphasis", "SsmlLang", "SsmlP", "SsmlPhoneme", "SsmlProsody", "SsmlS", "SsmlSayAs", "SsmlSub", "SsmlW"],
  };
  private declare readonly brand: "SsmlProsody"; // one class is not another, whatever their shape

  constructor(attributes?: SsmlProsodyAttributes);
  constructor(text?: string, attributes?: SsmlProsodyAttributes);
  constructor(text?: string | SsmlProsodyAttributes, attributes?: SsmlProsodyAttributes) {
    super(SsmlProsody.SPEC, text, attributes);
  }

  /** Adds `<break>` and returns it: A pause in the speech. */
  break(attributes?: SsmlBreakAttributes): SsmlBreak {
    return this.nest(new SsmlBreak(attributes));
  }

  /**
   * Adds `<emphasis>` and returns it: Words spoken with more or less stress (louder and slower, or
   * softer and faster).
   */
  emphasis(attributes?: SsmlEmphasisAttributes): SsmlEmphasis;
  emphasis(text?: string, attributes?: SsmlEmphasisAttributes): SsmlEmphasis;
  emphasis(text?: string | SsmlEmphasisAttributes, attributes?: SsmlEmphasisAttributes): SsmlEmphasis {
    return this.nest(typeof text === "object" ? new SsmlEmphasis(text) : new SsmlEmphasis(text, attributes));
  }

  /** Adds `<lang>` and returns it: Words spoken in another language. */
  lang(attributes?: SsmlLangAttributes): SsmlLang;
  lang(text?: string, attributes?: SsmlLangAttributes): SsmlLang;
  lang(text?: string | SsmlLangAttributes, attributes?: SsmlLangAttributes): SsmlLang {
    return this.nest(typeof text === "object" ? new SsmlLang(text) : new SsmlLang(text, attributes));
  }

  /** Adds `<p>` and returns it: A paragraph, with a pause after it. */
  p(text?: string): SsmlP {
    return this.nest(new SsmlP(text));
  }

  /** Adds `<phoneme>` and returns it: Words spoken as a phonetic transcription says. */
  phoneme(text: string, attributes?: SsmlPhonemeAttributes): SsmlPhoneme {
    return this.nest(new SsmlPhoneme(text, attributes));
  }

  /**
   * Adds `<prosody>` and returns it: Words spoken louder or softer, faster or slower, higher or
   * lower.
   */
  prosody(attributes?: SsmlProsodyAttributes): SsmlProsody;
  prosody(text?: string, attributes?: SsmlProsodyAttributes): SsmlProsody;
  prosody(text?: string | SsmlProsodyAttributes, attributes?: SsmlProsodyAttributes): SsmlProsody {
    return this.nest(typeof text === "object" ? new SsmlProsody(text) : new SsmlProsody(text, attributes));
  }

  /** Adds `<s>` and returns it: A sentence, with a pause after it. */
  s(text?: string): SsmlS {
    return this.nest(new SsmlS(text));
  }

  /**
   * Adds `<say-as>` and returns it: Words read as a kind of value (spelled out, a number, a date,
   * a telephone number ...).
   */
  sayAs(text: string, attributes?: SsmlSayAsAttributes): SsmlSayAs {
    return this.nest(new SsmlSayAs(text, attributes));
  }

  /** Adds `<sub>` and returns it: Words spoken as other words, such as an abbreviation's long form. */
  sub(text: string, attributes?: SsmlSubAttributes): SsmlSub {
    return this.nest(new SsmlSub(text, attributes));
  }

  /**
   * Adds `<w>` and returns it: A word whose part of speech or sense decides how it is spoken. The
   * reference's table leaves out <w>; for Amazon Polly voices it points to Polly's SSML reference,
   * which has <w> and the roles here. twilio has <w> too, its `role` any text.
   */
  w(attributes?: SsmlWAttributes): SsmlW;
  w(text?: string, attributes?: SsmlWAttributes): SsmlW;
  w(text?: string | SsmlWAttributes, attributes?: SsmlWAttributes): SsmlW {
    return this.nest(typeof text === "object" ? new SsmlW(text) : new SsmlW(text, attributes));
  }

  /** Adds an element made on its own, or text after the last child; returns this one. */
  append(child: SsmlBreak | SsmlEmphasis | SsmlLang | SsmlP | SsmlPhoneme | SsmlProsody | SsmlS | SsmlSayAs | SsmlSub | SsmlW | string): this {
    this.add(child);
    return this;
  }

  /** Adds text after the last child; returns this one. */
  addText(text: string): this {
    this.addTextRun(text);
    return this;
  }
}

/** `<s>`: A sentence, with a pause after it. Its text: The sentence's words. */
export class SsmlS extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "SsmlS",
    xml: "s",
    text: { required: false, values: [], mixed: true },
    attributes: [],
    children: ["SsmlBreak", "SsmlEmphasis", "SsmlLang", "SsmlPhoneme", "SsmlProsody", "SsmlSayAs", "SsmlSub", "SsmlW"],
  };
  private declare readonly brand: "SsmlS"; // one class is not another, whatever their shape

  constructor(text?: string) {
    super(SsmlS.SPEC, text, undefined);
  }

  /** Adds `<break>` and returns it: A pause in the speech. */
  break(attributes?: SsmlBreakAttributes): SsmlBreak {
    return this.nest(new SsmlBreak(attributes));
  }

  /**
   * Adds `<emphasis>` and returns it: Words spoken with more or less stress (louder and slower, or
   * softer and faster).
   */
  emphasis(attributes?: SsmlEmphasisAttributes): SsmlEmphasis;
  emphasis(text?: string, attributes?: SsmlEmphasisAttributes): SsmlEmphasis;
  emphasis(text?: string | SsmlEmphasisAttributes, attributes?: SsmlEmphasisAttributes): SsmlEmphasis {
    return this.nest(typeof text === "object" ? new SsmlEmphasis(text) : new SsmlEmphasis(text, attributes));
  }

  /** Adds `<lang>` and returns it: Words spoken in another language. */
  lang(attributes?: SsmlLangAttributes): SsmlLang;
  lang(text?: string, attributes?: SsmlLangAttributes): SsmlLang;
  lang(text?: string | SsmlLangAttributes, attributes?: SsmlLangAttributes): SsmlLang {
    return this.nest(typeof text === "object" ? new SsmlLang(text) : new SsmlLang(text, attributes));
  }

  /** Adds `<phoneme>` and returns it: Words spoken as a phonetic transcription says. */
  phoneme(text: string, attributes?: SsmlPhonemeAttributes): SsmlPhoneme {
    return this.nest(new SsmlPhoneme(text, attributes));
  }

  /**
   * Adds `<prosody>` and returns it: Words spoken louder or softer, faster or slower, higher or
   * lower.
   */
  prosody(attributes?: SsmlProsodyAttributes): SsmlProsody;
  prosody(text?: string, attributes?: SsmlProsodyAttributes): SsmlProsody;
  prosody(text?: string | SsmlProsodyAttributes, attributes?: SsmlProsodyAttributes): SsmlProsody {
    return this.nest(typeof text === "object" ? new SsmlProsody(text) : new SsmlProsody(text, attributes));
  }

  /**
   * Adds `<say-as>` and returns it: Words read as a kind of value (spelled out, a number, a date,
   * a telephone number ...).
   */
  sayAs(text: string, attributes?: SsmlSayAsAttributes): SsmlSayAs {
    return this.nest(new SsmlSayAs(text, attributes));
  }

  /** Adds `<sub>` and returns it: Words spoken as other words, such as an abbreviation's long form. */
  sub(text: string, attributes?: SsmlSubAttributes): SsmlSub {
    return this.nest(new SsmlSub(text, attributes));
  }

  /**
   * Adds `<w>` and returns it: A word whose part of speech or sense decides how it is spoken. The
   * reference's table leaves out <w>; for Amazon Polly voices it points to Polly's SSML reference,
   * which has <w> and the roles here. twilio has <w> too, its `role` any text.
   */
  w(attributes?: SsmlWAttributes): SsmlW;
  w(text?: string, attributes?: SsmlWAttributes): SsmlW;
  w(text?: string | SsmlWAttributes, attributes?: SsmlWAttributes): SsmlW {
    return this.nest(typeof text === "object" ? new SsmlW(text) : new SsmlW(text, attributes));
  }

  /** Adds an element made on its own, or text after the last child; returns this one. */
  append(child: SsmlBreak | SsmlEmphasis | SsmlLang | SsmlPhoneme | SsmlProsody | SsmlSayAs | SsmlSub | SsmlW | string): this {
    this.add(child);
    return this;
  }

  /** Adds text after the last child; returns this one. */
  addText(text: string): this {
    this.addTextRun(text);
    return this;
  }
}

/** The attributes of `<say-as>` (SsmlSayAs). */
export interface SsmlSayAsAttributes {
  /**
   * The kind of value; `expletive` bleeps the words out. The reference has `interjection`, which
   * twilio's lack.
   */
  readonly "interpret-as"?: "characters" | "spell-out" | "cardinal" | "number" | "ordinal" | "digits" | "fraction" | "unit" | "date" | "time" | "telephone" | "address" | "interjection" | "expletive";
  /**
   * The order of a date's parts, when `interpret-as` is `date`. These are the reference's;
   * twilio's also have `yyyymmdd`.
   */
  readonly format?: "mdy" | "dmy" | "ymd" | "md" | "dm" | "ym" | "my" | "d" | "m" | "y";
}

/**
 * `<say-as>`: Words read as a kind of value (spelled out, a number, a date, a telephone number
 * ...). Its text: The words to read that way.
 */
export class SsmlSayAs extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "SsmlSayAs",
    xml: "say-as",
    text: { required: true, values: [], mixed: false },
    attributes: [
      { xml: "interpret-as", kind: "enum", values: ["characters", "spell-out", "cardinal", "number", "ordinal", "digits", "fraction", "unit", "date", "time", "telephone", "address", "interjection", "expletive"] },
      { xml: "format", kind: "enum", values: ["mdy", "dmy", "ymd", "md", "dm", "ym", "my", "d", "m", "y"] },
],
    children: [],
  };
  private declare readonly brand: "SsmlSayAs"; // one class is not another, whatever their shape

  constructor(text: string, attributes?: SsmlSayAsAttributes) {
    super(SsmlSayAs.SPEC, text, attributes);
  }
}

/** The attributes of `<sub>` (SsmlSub). */
export interface SsmlSubAttributes {
  /** The words spoken instead. */
  readonly alias?: string;
}

/**
 * `<sub>`: Words spoken as other words, such as an abbreviation's long form. Its text: The words
 * as written.
 */
export class SsmlSub extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "SsmlSub",
    xml: "sub",
    text: { required: true, values: [], mixed: false },
    attributes: [
      { xml: "alias", kind: "string" },
],
    children: [],
  };
  private declare readonly brand: "SsmlSub"; // one class is not another, whatever their shape

  constructor(text: string, attributes?: SsmlSubAttributes) {
    super(SsmlSub.SPEC, text, attributes);
  }
}

/** The attributes of `<w>` (SsmlW). */
export interface SsmlWAttributes {
  /**
   * A part of speech (amazon:VB a verb, amazon:VBD its past tense ...), or the word's other sense
   * (amazon:SENSE_1).
   */
  readonly role?: "amazon:VB" | "amazon:VBD" | "amazon:DT" | "amazon:IN" | "amazon:JJ" | "amazon:NN" | "amazon:DEFAULT" | "amazon:SENSE_1";
}

/**
 * `<w>`: A word whose part of speech or sense decides how it is spoken. The reference's table
 * leaves out <w>; for Amazon Polly voices it points to Polly's SSML reference, which has <w> and
 * the roles here. twilio has <w> too, its `role` any text. Its text: The word.
 */
export class SsmlW extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "SsmlW",
    xml: "w",
    text: { required: false, values: [], mixed: true },
    attributes: [
      { xml: "role", kind: "enum", values: ["amazon:VB", "amazon:VBD", "amazon:DT", "amazon:IN", "amazon:JJ", "amazon:NN", "amazon:DEFAULT", "amazon:SENSE_1"] },
],
    children: ["SsmlBreak", "SsmlEmphasis", "SsmlPhoneme", "SsmlProsody", "SsmlSayAs", "SsmlSub"],
  };
  private declare readonly brand: "SsmlW"; // one class is not another, whatever their shape

  constructor(attributes?: SsmlWAttributes);
  constructor(text?: string, attributes?: SsmlWAttributes);
  constructor(text?: string | SsmlWAttributes, attributes?: SsmlWAttributes) {
    super(SsmlW.SPEC, text, attributes);
  }

  /** Adds `<break>` and returns it: A pause in the speech. */
  break(attributes?: SsmlBreakAttributes): SsmlBreak {
    return this.nest(new SsmlBreak(attributes));
  }

  /**
   * Adds `<emphasis>` and returns it: Words spoken with more or less stress (louder and slower, or
   * softer and faster).
   */
  emphasis(attributes?: SsmlEmphasisAttributes): SsmlEmphasis;
  emphasis(text?: string, attributes?: SsmlEmphasisAttributes): SsmlEmphasis;
  emphasis(text?: string | SsmlEmphasisAttributes, attributes?: SsmlEmphasisAttributes): SsmlEmphasis {
    return this.nest(typeof text === "object" ? new SsmlEmphasis(text) : new SsmlEmphasis(text, attributes));
  }

  /** Adds `<phoneme>` and returns it: Words spoken as a phonetic transcription says. */
  phoneme(text: string, attributes?: SsmlPhonemeAttributes): SsmlPhoneme {
    return this.nest(new SsmlPhoneme(text, attributes));
  }

  /**
   * Adds `<prosody>` and returns it: Words spoken louder or softer, faster or slower, higher or
   * lower.
   */
  prosody(attributes?: SsmlProsodyAttributes): SsmlProsody;
  prosody(text?: string, attributes?: SsmlProsodyAttributes): SsmlProsody;
  prosody(text?: string | SsmlProsodyAttributes, attributes?: SsmlProsodyAttributes): SsmlProsody {
    return this.nest(typeof text === "object" ? new SsmlProsody(text) : new SsmlProsody(text, attributes));
  }

  /**
   * Adds `<say-as>` and returns it: Words read as a kind of value (spelled out, a number, a date,
   * a telephone number ...).
   */
  sayAs(text: string, attributes?: SsmlSayAsAttributes): SsmlSayAs {
    return this.nest(new SsmlSayAs(text, attributes));
  }

  /** Adds `<sub>` and returns it: Words spoken as other words, such as an abbreviation's long form. */
  sub(text: string, attributes?: SsmlSubAttributes): SsmlSub {
    return this.nest(new SsmlSub(text, attributes));
  }

  /** Adds an element made on its own, or text after the last child; returns this one. */
  append(child: SsmlBreak | SsmlEmphasis | SsmlPhoneme | SsmlProsody | SsmlSayAs | SsmlSub | string): this {
    this.add(child);
    return this;
  }

  /** Adds text after the last child; returns this one. */
  addText(text: string): this {
    this.addTextRun(text);
    return this;
  }
}

/** The attributes of `<Conference>` (Conference). */
export interface ConferenceAttributes {
  /** When a tone marks callers joining or leaving. */
  readonly beep?: "true" | "false" | "onEnter" | "onExit";
  /** Sid of a participant's call to coach. */
  readonly coach?: string;
  /** End the conference when this participant leaves. */
  readonly endConferenceOnExit?: boolean;
  /** URL posted to when the conference ends. */
  readonly eventCallbackUrl?: string;
  /** Most participants allowed. */
  readonly maxParticipants?: number;
  /** Join muted. */
  readonly muted?: boolean;
  /** Record the whole conference. */
  readonly record?: "do-not-record" | "record-from-start";
  /** URL told when the recording is available. */
  readonly recordingStatusCallback?: string;
  /** Recording events that are reported. */
  readonly recordingStatusCallbackEvent?: "in-progress" | "completed" | "failed" | readonly ("in-progress" | "completed" | "failed")[];
  /** HTTP method for `recordingStatusCallback`. */
  readonly recordingStatusCallbackMethod?: "GET" | "POST";
  /** Start the conference when this participant joins. */
  readonly startConferenceOnEnter?: boolean;
  /** URL told of the conference's events. */
  readonly statusCallback?: string;
  /** Conference events that are reported. */
  readonly statusCallbackEvent?: "start" | "end" | "join" | "leave" | "mute" | "hold" | "speaker" | readonly ("start" | "end" | "join" | "leave" | "mute" | "hold" | "speaker")[];
  /** HTTP method for `statusCallback`. */
  readonly statusCallbackMethod?: "GET" | "POST";
  /** Whether leading and trailing silence is cut from the recording. */
  readonly trim?: "trim-silence" | "do-not-trim";
  /** HTTP method for `waitUrl`. */
  readonly waitMethod?: "GET" | "POST";
  /** URL of what is played while waiting for the conference to start. */
  readonly waitUrl?: string;
}

/** `<Conference>`: A named conference room to join. Its text: The conference's name. */
export class Conference extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "Conference",
    xml: "Conference",
    text: { required: true, values: [], mixed: false },
    attributes: [
      { xml: "beep", kind: "enum", values: ["true", "false", "onEnter", "onExit"] },
      { xml: "coach", kind: "string" },
      { xml: "endConferenceOnExit", kind: "boolean" },
      { xml: "eventCallbackUrl", kind: "string" },
      { xml: "maxParticipants", kind: "integer" },
      { xml: "muted", kind: "boolean" },
      { xml: "record", kind: "enum", values: ["do-not-record", "record-from-start"] },
      { xml: "recordingStatusCallback", kind: "string" },
      { xml: "recordingStatusCallbackEvent", kind: "enum", values: ["in-progress", "completed", "failed"], list: true },
      { xml: "recordingStatusCallbackMethod", kind: "enum", values: ["GET", "POST"] },
      { xml: "startConferenceOnEnter", kind: "boolean" },
      { xml: "statusCallback", kind: "string" },
      { xml: "statusCallbackEvent", kind: "enum", values: ["start", "end", "join", "leave", "mute", "hold", "speaker"], list: true },
      { xml: "statusCallbackMethod", kind: "enum", values: ["GET", "POST"] },
      { xml: "trim", kind: "enum", values: ["trim-silence", "do-not-trim"] },
      { xml: "waitMethod", kind: "enum", values: ["GET", "POST"] },
      { xml: "waitUrl", kind: "string" },
],
    children: ["ConferenceStream"],
  };
  private declare readonly brand: "Conference"; // one class is not another, whatever their shape

  constructor(text: string, attributes?: ConferenceAttributes) {
    super(Conference.SPEC, text, attributes);
  }

  /** Adds `<Stream>` and returns it: Streams the conference's audio to a WebSocket. */
  stream(attributes: ConferenceStreamAttributes): ConferenceStream {
    return this.nest(new ConferenceStream(attributes));
  }

  /** Adds an element made on its own; returns this one. */
  append(child: ConferenceStream): this {
    this.add(child);
    return this;
  }
}

/** The attributes of `<Stream>` (ConferenceStream). */
export interface ConferenceStreamAttributes {
  /** Whether the stream is bidirectional. */
  readonly bidir?: boolean;
  /** Audio codec: PCMU@8000h, L16@16000h or L16@24000h. */
  readonly codec?: string;
  /** Name of the stream, unique in the conference. */
  readonly name?: string;
  /** On a bidirectional stream, favour low delay over buffering. */
  readonly realtime?: boolean;
  /** URL told when the stream starts, stops or fails. */
  readonly statusCallback?: string;
  /** HTTP method for `statusCallback`. */
  readonly statusCallbackMethod?: "GET" | "POST";
  /** Check the WebSocket server's certificate. */
  readonly streamSslValidateCertificate?: boolean;
  /** Start streaming when joining the conference. */
  readonly streamStartConferenceOnEnter?: boolean;
  /** Which audio is streamed. */
  readonly track?: "inbound_track" | "outbound_track" | "both_tracks";
  /** The wss URL to stream to. */
  readonly url: string;
}

/** `<Stream>`: Streams the conference's audio to a WebSocket. */
export class ConferenceStream extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "ConferenceStream",
    xml: "Stream",
    text: null,
    attributes: [
      { xml: "bidir", kind: "boolean" },
      { xml: "codec", kind: "string" },
      { xml: "name", kind: "string" },
      { xml: "realtime", kind: "boolean" },
      { xml: "statusCallback", kind: "string" },
      { xml: "statusCallbackMethod", kind: "enum", values: ["GET", "POST"] },
      { xml: "streamSslValidateCertificate", kind: "boolean" },
      { xml: "streamStartConferenceOnEnter", kind: "boolean" },
      { xml: "track", kind: "enum", values: ["inbound_track", "outbound_track", "both_tracks"] },
      { xml: "url", kind: "string", required: true },
],
    children: ["Parameter"],
  };
  private declare readonly brand: "ConferenceStream"; // one class is not another, whatever their shape

  constructor(attributes: ConferenceStreamAttributes) {
    super(ConferenceStream.SPEC, undefined, attributes);
  }

  /**
   * Adds `<Parameter>` and returns it: A custom name and value passed on to a stream or a payment
   * connector.
   */
  parameter(attributes: ParameterAttributes): Parameter {
    return this.nest(new Parameter(attributes));
  }

  /** Adds an element made on its own; returns this one. */
  append(child: Parameter): this {
    this.add(child);
    return this;
  }
}

/** The attributes of `<Number>` (Number). */
export interface NumberAttributes {
  /** HTTP method for `url`. */
  readonly method?: "GET" | "POST";
  /** DTMF tones sent once answered; each `w` waits half a second. */
  readonly sendDigits?: string;
  /** URL told of this leg's events. */
  readonly statusCallback?: string;
  /** Call events that are reported. */
  readonly statusCallbackEvent?: "initiated" | "ringing" | "answered" | "completed" | readonly ("initiated" | "ringing" | "answered" | "completed")[];
  /** HTTP method for `statusCallback`. */
  readonly statusCallbackMethod?: "GET" | "POST";
  /** URL of cXML run for the dialed party before it is connected. */
  readonly url?: string;
}

/** `<Number>`: A phone number to dial; up to ten ring at once. Its text: The number, in E.164 form. */
export class Number extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "Number",
    xml: "Number",
    text: { required: true, values: [], mixed: false },
    attributes: [
      { xml: "method", kind: "enum", values: ["GET", "POST"] },
      { xml: "sendDigits", kind: "string" },
      { xml: "statusCallback", kind: "string" },
      { xml: "statusCallbackEvent", kind: "enum", values: ["initiated", "ringing", "answered", "completed"], list: true },
      { xml: "statusCallbackMethod", kind: "enum", values: ["GET", "POST"] },
      { xml: "url", kind: "string" },
],
    children: [],
  };
  private declare readonly brand: "Number"; // one class is not another, whatever their shape

  constructor(text: string, attributes?: NumberAttributes) {
    super(Number.SPEC, text, attributes);
  }
}

/** The attributes of `<Parameter>` (Parameter). */
export interface ParameterAttributes {
  /** The parameter's name. */
  readonly name: string;
  /** The parameter's value. */
  readonly value: string;
}

/** `<Parameter>`: A custom name and value passed on to a stream or a payment connector. */
export class Parameter extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "Parameter",
    xml: "Parameter",
    text: null,
    attributes: [
      { xml: "name", kind: "string", required: true },
      { xml: "value", kind: "string", required: true },
],
    children: [],
  };
  private declare readonly brand: "Parameter"; // one class is not another, whatever their shape

  constructor(attributes: ParameterAttributes) {
    super(Parameter.SPEC, undefined, attributes);
  }
}

/** The attributes of `<Prompt>` (Prompt). */
export interface PromptAttributes {
  /** Attempts (1 to 10) this prompt is for. */
  readonly attempt?: number | readonly (number)[];
  /** Card types this prompt is for. */
  readonly cardType?: "visa" | "mastercard" | "amex" | "maestro" | "discover" | "optima" | "jcb" | "diners-club" | "enroute" | readonly ("visa" | "mastercard" | "amex" | "maestro" | "discover" | "optima" | "jcb" | "diners-club" | "enroute")[];
  /** Errors this prompt follows. */
  readonly errorType?: "timeout" | "invalid-card-number" | "invalid-card-type" | "invalid-date" | "invalid-security-code" | "invalid-bank-routing-number" | "invalid-bank-account-number" | "input-matching-failed" | readonly ("timeout" | "invalid-card-number" | "invalid-card-type" | "invalid-date" | "invalid-security-code" | "invalid-bank-routing-number" | "invalid-bank-account-number" | "input-matching-failed")[];
  /** The payment step. */
  readonly for: "payment-card-number" | "expiration-date" | "security-code" | "postal-code" | "bank-routing-number" | "bank-account-number" | "payment-processing";
}

/** `<Prompt>`: Replaces the default prompt of one payment step. */
export class Prompt extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "Prompt",
    xml: "Prompt",
    text: null,
    attributes: [
      { xml: "attempt", kind: "integer", list: true },
      { xml: "cardType", kind: "enum", values: ["visa", "mastercard", "amex", "maestro", "discover", "optima", "jcb", "diners-club", "enroute"], list: true },
      { xml: "errorType", kind: "enum", values: ["timeout", "invalid-card-number", "invalid-card-type", "invalid-date", "invalid-security-code", "invalid-bank-routing-number", "invalid-bank-account-number", "input-matching-failed"], list: true },
      { xml: "for", kind: "enum", values: ["payment-card-number", "expiration-date", "security-code", "postal-code", "bank-routing-number", "bank-account-number", "payment-processing"], required: true },
],
    children: ["Say", "Play", "Pause"],
  };
  private declare readonly brand: "Prompt"; // one class is not another, whatever their shape

  constructor(attributes: PromptAttributes) {
    super(Prompt.SPEC, undefined, attributes);
  }

  /** Adds `<Say>` and returns it: Speaks text into the call. */
  say(attributes?: SayAttributes): Say;
  say(text?: string, attributes?: SayAttributes): Say;
  say(text?: string | SayAttributes, attributes?: SayAttributes): Say {
    return this.nest(typeof text === "object" ? new Say(text) : new Say(text, attributes));
  }

  /** Adds `<Play>` and returns it: Plays an audio file, or DTMF tones, into the call. */
  play(attributes?: PlayAttributes): Play;
  play(text?: string, attributes?: PlayAttributes): Play;
  play(text?: string | PlayAttributes, attributes?: PlayAttributes): Play {
    return this.nest(typeof text === "object" ? new Play(text) : new Play(text, attributes));
  }

  /** Adds `<Pause>` and returns it: Waits in silence. */
  pause(attributes?: PauseAttributes): Pause {
    return this.nest(new Pause(attributes));
  }

  /** Adds an element made on its own; returns this one. */
  append(child: Say | Play | Pause): this {
    this.add(child);
    return this;
  }
}

/** The attributes of `<Queue>` (Queue). */
export interface QueueAttributes {
  /** HTTP method for `url`. */
  readonly method?: "GET" | "POST";
  /** URL of cXML run for the queued caller before connecting. */
  readonly url?: string;
}

/** `<Queue>`: A queue whose first caller is connected. Its text: The queue's name. */
export class Queue extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "Queue",
    xml: "Queue",
    text: { required: true, values: [], mixed: false },
    attributes: [
      { xml: "method", kind: "enum", values: ["GET", "POST"] },
      { xml: "url", kind: "string" },
],
    children: [],
  };
  private declare readonly brand: "Queue"; // one class is not another, whatever their shape

  constructor(text: string, attributes?: QueueAttributes) {
    super(Queue.SPEC, text, attributes);
  }
}

/** `<Sip>`: The SIP URI the call is transferred to. Its text: The SIP URI. */
export class ReferSip extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "ReferSip",
    xml: "Sip",
    text: { required: true, values: [], mixed: false },
    attributes: [],
    children: [],
  };
  private declare readonly brand: "ReferSip"; // one class is not another, whatever their shape

  constructor(text: string) {
    super(ReferSip.SPEC, text, undefined);
  }
}

/** `<Room>`: A video room, by its name. Its text: The room's name (not its display name). */
export class Room extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "Room",
    xml: "Room",
    text: { required: true, values: [], mixed: false },
    attributes: [],
    children: [],
  };
  private declare readonly brand: "Room"; // one class is not another, whatever their shape

  constructor(text: string) {
    super(Room.SPEC, text, undefined);
  }
}

/** The attributes of `<Sip>` (Sip). */
export interface SipAttributes {
  /** Codecs offered, in order. */
  readonly codecs?: "PCMU" | "PCMA" | "G722" | "G729" | "OPUS" | readonly ("PCMU" | "PCMA" | "G722" | "G729" | "OPUS")[];
  /** HTTP method for `url`. */
  readonly method?: "GET" | "POST";
  /** Password for SIP authentication. */
  readonly password?: string;
  /** Seconds for the SIP Session-Expires header. */
  readonly sessionTimeout?: number;
  /** URL told of this leg's events. */
  readonly statusCallback?: string;
  /** Call events that are reported. */
  readonly statusCallbackEvent?: "initiated" | "ringing" | "answered" | "completed" | readonly ("initiated" | "ringing" | "answered" | "completed")[];
  /** HTTP method for `statusCallback`. */
  readonly statusCallbackMethod?: "GET" | "POST";
  /** URL of cXML run for the dialed party before it is connected. */
  readonly url?: string;
  /** User name for SIP authentication. */
  readonly username?: string;
}

/**
 * `<Sip>`: A SIP endpoint to dial; up to ten ring at once. Its text: The SIP URI (TLS unless
 * `;transport=` says otherwise).
 */
export class Sip extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "Sip",
    xml: "Sip",
    text: { required: true, values: [], mixed: false },
    attributes: [
      { xml: "codecs", kind: "enum", values: ["PCMU", "PCMA", "G722", "G729", "OPUS"], list: true, separator: "," },
      { xml: "method", kind: "enum", values: ["GET", "POST"] },
      { xml: "password", kind: "string" },
      { xml: "sessionTimeout", kind: "integer" },
      { xml: "statusCallback", kind: "string" },
      { xml: "statusCallbackEvent", kind: "enum", values: ["initiated", "ringing", "answered", "completed"], list: true },
      { xml: "statusCallbackMethod", kind: "enum", values: ["GET", "POST"] },
      { xml: "url", kind: "string" },
      { xml: "username", kind: "string" },
],
    children: [],
  };
  private declare readonly brand: "Sip"; // one class is not another, whatever their shape

  constructor(text: string, attributes?: SipAttributes) {
    super(Sip.SPEC, text, attributes);
  }
}

/**
 * `<Verto>`: A Verto client to dial. Its text: The client's address,
 * resource@space.verto.signalwire.com.
 */
export class Verto extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "Verto",
    xml: "Verto",
    text: { required: true, values: [], mixed: false },
    attributes: [],
    children: [],
  };
  private declare readonly brand: "Verto"; // one class is not another, whatever their shape

  constructor(text: string) {
    super(Verto.SPEC, text, undefined);
  }
}

/** The attributes of `<VirtualAgent>` (VirtualAgent). */
export interface VirtualAgentAttributes {
  /** The agent's Google project ID. */
  readonly connectorName: string;
}

/** `<VirtualAgent>`: A Dialogflow agent (deprecated by SignalWire). */
export class VirtualAgent extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "VirtualAgent",
    xml: "VirtualAgent",
    text: null,
    attributes: [
      { xml: "connectorName", kind: "string", required: true },
],
    children: [],
  };
  private declare readonly brand: "VirtualAgent"; // one class is not another, whatever their shape

  constructor(attributes: VirtualAgentAttributes) {
    super(VirtualAgent.SPEC, undefined, attributes);
  }
}

/** The attributes of `<Message>` (Message). */
export interface MessageAttributes {
  /** URL whose cXML takes over once the message is handled. */
  readonly action?: string;
  /** SignalWire number or short code it is sent from. */
  readonly from?: string;
  /** HTTP method for `action`. */
  readonly method?: "GET" | "POST";
  /** Number it is sent to; the sender of the incoming message if absent. */
  readonly to?: string;
}

/** `<Message>`: Sends an SMS or MMS. Its text: The message's text. */
export class Message extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "Message",
    xml: "Message",
    text: { required: false, values: [], mixed: false },
    attributes: [
      { xml: "action", kind: "string" },
      { xml: "from", kind: "string" },
      { xml: "method", kind: "enum", values: ["GET", "POST"] },
      { xml: "to", kind: "string" },
],
    children: ["Body", "Media"],
  };
  private declare readonly brand: "Message"; // one class is not another, whatever their shape

  constructor(attributes?: MessageAttributes);
  constructor(text?: string, attributes?: MessageAttributes);
  constructor(text?: string | MessageAttributes, attributes?: MessageAttributes) {
    super(Message.SPEC, text, attributes);
  }

  /** Adds `<Body>` and returns it: Text of the message; several are joined. */
  body(text: string): Body {
    return this.nest(new Body(text));
  }

  /** Adds `<Media>` and returns it: Media sent with the message; up to ten. */
  media(text: string): Media {
    return this.nest(new Media(text));
  }

  /** Adds an element made on its own; returns this one. */
  append(child: Body | Media): this {
    this.add(child);
    return this;
  }
}

/** `<Body>`: Text of the message; several are joined. Its text: The text (1,600 characters in all). */
export class Body extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "Body",
    xml: "Body",
    text: { required: true, values: [], mixed: false },
    attributes: [],
    children: [],
  };
  private declare readonly brand: "Body"; // one class is not another, whatever their shape

  constructor(text: string) {
    super(Body.SPEC, text, undefined);
  }
}

/** `<Media>`: Media sent with the message; up to ten. Its text: The media's URL. */
export class Media extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "Media",
    xml: "Media",
    text: { required: true, values: [], mixed: false },
    attributes: [],
    children: [],
  };
  private declare readonly brand: "Media"; // one class is not another, whatever their shape

  constructor(text: string) {
    super(Media.SPEC, text, undefined);
  }
}

/** The attributes of `<Receive>` (Receive). */
export interface ReceiveAttributes {
  /** URL requested when the fax is received or fails. */
  readonly action?: string;
  /** How the fax is stored. */
  readonly mediaType?: "application/pdf" | "image/tiff";
  /** HTTP method for `action`. */
  readonly method?: "GET" | "POST";
  /** Page size the fax is read as. */
  readonly pageSize?: "letter" | "legal" | "a4";
}

/** `<Receive>`: Receives the incoming fax. */
export class Receive extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "Receive",
    xml: "Receive",
    text: null,
    attributes: [
      { xml: "action", kind: "string" },
      { xml: "mediaType", kind: "enum", values: ["application/pdf", "image/tiff"] },
      { xml: "method", kind: "enum", values: ["GET", "POST"] },
      { xml: "pageSize", kind: "enum", values: ["letter", "legal", "a4"] },
],
    children: [],
  };
  private declare readonly brand: "Receive"; // one class is not another, whatever their shape

  constructor(attributes?: ReceiveAttributes) {
    super(Receive.SPEC, undefined, attributes);
  }
}

/** `<Reject>`: Rejects the incoming fax (its status becomes canceled). */
export class FaxReject extends CxmlElement {
  static readonly SPEC: ElementSpec = {
    id: "FaxReject",
    xml: "Reject",
    text: null,
    attributes: [],
    children: [],
  };
  private declare readonly brand: "FaxReject"; // one class is not another, whatever their shape

  constructor(...nothing: []) {
    super(FaxReject.SPEC, (nothing as unknown[])[0], (nothing as unknown[])[1]);
  }
}

const DOCUMENTS: Readonly<{ [kind: string]: ElementSpec }> = {
  voice: VoiceResponse.SPEC,
  messaging: MessagingResponse.SPEC,
  fax: FaxResponse.SPEC,
};
const ELEMENTS: ReadonlyMap<string, ElementSpec> = new Map(
  [Connect, Denoise, Dial, Echo, Enqueue, Gather, Hangup, Leave, Pause, Pay, Play, Record, Redirect, Refer, Reject, Say, Sms, Start, Stop, Stream, SsmlBreak, SsmlEmphasis, SsmlLang, SsmlP, SsmlPhoneme, SsmlProsody, SsmlS, SsmlSayAs, SsmlSub, SsmlW, Conference, ConferenceStream, Number, Parameter, Prompt, Queue, ReferSip, Room, Sip, Verto, VirtualAgent, Message, Body, Media, Receive, FaxReject].map((c) => [c.SPEC.id, c.SPEC]),
);

/** The options of `validateCxml`. */
export interface ValidateCxmlOptions {
  /** `"voice"`, `"messaging"` or `"fax"`; without it, the kind the document fits best. */
  readonly document?: CxmlDocument;
  /** The largest document read, in bytes of UTF-8 (default `CXML_MAX_BYTES`, 1 MiB). */
  readonly maxBytes?: number;
}

/**
 * The problems of a cXML document, in document order; an empty array when it is valid.
 *
 * Checks that it is well-formed XML with a `<Response>` root, then each element, attribute and
 * value against spec/cxml.yaml: known names, allowed nesting, enum values, numbers, booleans,
 * required attributes and text. A DOCTYPE (and so any entity) is refused, nothing is fetched,
 * and a document over `maxBytes` is not read.
 */
export function validateCxml(text: string | Uint8Array, options: ValidateCxmlOptions = {}): CxmlProblem[] {
  return validate(text, DOCUMENTS, ELEMENTS, options.document, options.maxBytes ?? CXML_MAX_BYTES);
}

export { CXML_MAX_BYTES };
export type { CxmlProblem };
