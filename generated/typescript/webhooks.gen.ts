// The parse function of each webhook of the spec (written by scripts/webhooks_generate.py).

import { lastValues, type Params } from "../../overlays/typescript/src/form-params.js";
import type { CallRequest, CallStatusCallback, FaxStatusCallback, IncomingCallStatusCallback, MessageStatusCallback, RecordingStatusCallback, TranscriptionStatusCallback } from "./types.gen.js";

/** The payload of the form of a voice status callback: the spec's field names, each value a string. */
export function parseCallStatus(params: Params): CallStatusCallback {
  return lastValues(params) as CallStatusCallback;
}

/** The payload of the form of a voice request: the spec's field names, each value a string. */
export function parseCallRequest(params: Params): CallRequest {
  return lastValues(params) as CallRequest;
}

/** The payload of the form of a recording status callback: the spec's field names, each value a string. */
export function parseRecordingStatus(params: Params): RecordingStatusCallback {
  return lastValues(params) as RecordingStatusCallback;
}

/** The payload of the form of a message status callback: the spec's field names, each value a string. */
export function parseMessageStatus(params: Params): MessageStatusCallback {
  return lastValues(params) as MessageStatusCallback;
}

/** The payload of the form of a fax status callback: the spec's field names, each value a string. */
export function parseFaxStatus(params: Params): FaxStatusCallback {
  return lastValues(params) as FaxStatusCallback;
}

/** The payload of the form of a inbound call status callback: the spec's field names, each value a string. */
export function parseIncomingCallStatus(params: Params): IncomingCallStatusCallback {
  return lastValues(params) as IncomingCallStatusCallback;
}

/** The payload of the form of a transcription status callback: the spec's field names, each value a string. */
export function parseTranscriptionStatus(params: Params): TranscriptionStatusCallback {
  return lastValues(params) as TranscriptionStatusCallback;
}
