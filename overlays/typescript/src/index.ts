/** TypeScript client for the SignalWire Compatibility (LaML) REST API. */

export type { Call, CallList, CallStatus, HttpMethod, SubresourceUris, UpdateCallStatus } from "../../../generated/typescript/types.gen.js";
export { operations } from "../../../generated/typescript/operations.gen.js";
export { BulkRun, BulkSummary, DEFAULT_CONCURRENCY } from "./bulk.js";
export type { BulkOptions, BulkResult, Outcome } from "./bulk.js";
export { SignalWire, USER_AGENT, VERSION, DEFAULT_TIMEOUT_MS } from "./client.js";
export { parseResult, statusError } from "./status.js";
export type { ClientOptions } from "./client.js";
export type { Content, DownloadOptions } from "./download.js";
export { ENV_API_TOKEN, ENV_BASE_URL, ENV_PROJECT_ID, ENV_SPACE, ENV_SPACE_URL, isLoopback } from "./config.js";
export { ENV_LOG } from "./logging.js";
export type { LogLevel } from "./logging.js";
export * from "./errors.js";
export { quotePlus } from "./form.js";
export type { ExtraValue } from "./extras.js";
export { build, encodePairs } from "./operation.js";
export type { Field, Operation } from "./operation.js";
export type { APIResponse, CallOptions, Model, Pager, Params, Resource, Resources } from "./resource.js";
export { DEFAULT_RETRY_POLICY, reasonToRetry, retryAfterMs } from "./retry.js";
export type { Log, RetryPolicy } from "./retry.js";
export { callTimes, parseRfc2822 } from "./times.js";
export type { CallTimes } from "./times.js";
export {
  RequestValidator,
  SIGNATURE_HEADER,
  TWILIO_SIGNATURE_HEADER,
  parseCallRequest,
  parseCallStatus,
  parseFaxStatus,
  parseIncomingCallStatus,
  parseMessageStatus,
  parseRecordingStatus,
  parseTranscriptionStatus,
  signatureOf,
} from "./webhooks.js";
export type { Params as WebhookParams } from "./webhooks.js";
export type {
  CallRequest,
  CallStatusCallback,
  FaxStatusCallback,
  IncomingCallStatusCallback,
  MessageStatusCallback,
  RecordingStatusCallback,
  TranscriptionStatusCallback,
} from "../../../generated/typescript/types.gen.js";
export { CxmlElement } from "./cxml.js";
export { FaxResponse, MessagingResponse, VoiceResponse, validateCxml, CXML_MAX_BYTES } from "../../../generated/typescript/cxml.gen.js";
export type { CxmlDocument, CxmlProblem, ValidateCxmlOptions } from "../../../generated/typescript/cxml.gen.js";
export * as cxml from "../../../generated/typescript/cxml.gen.js";
