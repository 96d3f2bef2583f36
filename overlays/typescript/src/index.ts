/** TypeScript client for the SignalWire Compatibility (LaML) REST API. */

export type { Call, SubresourceUris, UpdateCallRequest } from "../../../generated/typescript/types.gen.js";
export { SignalWire, Calls, parseCall, USER_AGENT, VERSION, DEFAULT_TIMEOUT_MS } from "./client.js";
export type { CallResponse, ClientOptions, UpdateOptions } from "./client.js";
export { ENV_API_TOKEN, ENV_PROJECT_ID, ENV_SPACE, ENV_SPACE_URL, isLoopback } from "./config.js";
export * from "./errors.js";
export { buildUpdate, encodeForm, quotePlus } from "./form.js";
export type { CallStatus, CallUpdate, HttpMethod, UpdateCallStatus } from "./form.js";
export { DEFAULT_RETRY_POLICY, reasonToRetry, retryAfterMs } from "./retry.js";
export type { RetryPolicy } from "./retry.js";
export { callTimes, parseRfc2822 } from "./times.js";
export type { CallTimes } from "./times.js";
