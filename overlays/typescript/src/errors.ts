/** The error hierarchy (the same classes, fields and outcome rules as the Python SDK), and the
 * scrubbing of secrets from an error's texts. */

export class SignalWireError extends Error {
  constructor(message?: string) {
    super(message);
    this.name = new.target.name; // each class is named after itself
  }
}

/** A credential or the endpoint is missing or unusable. Thrown before any request. */
export class ConfigurationError extends SignalWireError {
  constructor(
    readonly field: string,
    problem: string,
  ) {
    super(`${field} ${problem}`);
  }
}

/** An argument is invalid. Thrown before any request; `field` names it. */
export class InvalidParameterError extends SignalWireError {
  constructor(
    readonly field: string,
    problem: string,
  ) {
    super(`${field}: ${problem}`);
  }
}

/** A download could not be written to its file (the disk is full, say). The file was left as
 * it was before: the partly written copy is removed. `code` is the system's (`ENOSPC`, ...). */
export class FileWriteError extends SignalWireError {
  constructor(
    message: string,
    readonly code: string | null = null,
  ) {
    super(message);
  }
}

/** A request was attempted and did not give a usable result. */
export class APIError extends SignalWireError {
  /** True when the update may have been applied: it was not resent. */
  readonly outcomeUnknown: boolean = false;
}

/** The request may have been applied (an earlier run's journal says it was in flight); it
 * was not resent. */
export class OutcomeUnknownError extends APIError {
  override readonly outcomeUnknown = true;
}

/** The service could not be reached; nothing was sent. */
export class APIConnectionError extends APIError {}

/** Connecting timed out; nothing was sent. */
export class APITimeoutError extends APIConnectionError {}

/** The connection failed after the request may have been sent. */
export class ConnectionLostError extends APIConnectionError {
  override readonly outcomeUnknown = true;
}

/** The request timed out after it may have been sent. */
export class RequestTimeoutError extends APITimeoutError {
  override readonly outcomeUnknown = true;
}

/** The caller aborted the call (its `signal`); it was not resent. `outcomeUnknown`: the request
 * may have reached the service before the abort; otherwise nothing was sent. */
export class APIUserAbortError extends APIError {
  constructor(
    message: string,
    override readonly outcomeUnknown: boolean,
  ) {
    super(message);
  }
}

/** A 2xx response whose body is not a call this package can read. */
export class APIResponseValidationError extends APIError {
  constructor(
    message: string,
    readonly statusCode: number,
    readonly body: string,
  ) {
    super(message);
  }
}

/** One error SignalWire reported: its code (an integer or a text), message and link, each null
 * when not sent. */
export interface ErrorDetail {
  readonly code: number | string | null;
  readonly message: string | null;
  readonly moreInfo: string | null;
}

const NO_ERRORS: readonly ErrorDetail[] = Object.freeze([]);

/** The service answered with a non-2xx status. `code`, `message` and `moreInfo` come from
 * SignalWire's error body when it has one, in any of its shapes; `errors` lists each error it
 * reports (one for a flat body, each of an `errors` list, none for a body that says nothing). */
export class APIStatusError extends APIError {
  constructor(
    message: string,
    readonly statusCode: number,
    readonly code: number | string | null,
    readonly moreInfo: string | null,
    readonly body: unknown,
    readonly headers: Headers,
    readonly errors: readonly ErrorDetail[] = NO_ERRORS,
  ) {
    super(message);
  }
}

export class BadRequestError extends APIStatusError {}
export class AuthenticationError extends APIStatusError {}
export class PermissionDeniedError extends APIStatusError {}
export class NotFoundError extends APIStatusError {}
export class ConflictError extends APIStatusError {}
export class UnprocessableEntityError extends APIStatusError {}
export class RateLimitError extends APIStatusError {}
export class InternalServerError extends APIStatusError {}
/** 503: the service did not take the request. */
export class ServiceUnavailableError extends InternalServerError {}
/** 500, 502, 504 and other 5xx but 503: the update may have been applied. */
export class ServerOutcomeUnknownError extends InternalServerError {
  override readonly outcomeUnknown = true;
}

/** Remove `secrets` from the texts of `error` and of the errors it lists, and escape control
 * characters in them, so that what a server echoed can neither leak a credential nor forge a
 * log line. */
export function scrub(error: SignalWireError, secrets: readonly string[], printable: (text: string) => string): SignalWireError {
  const clean = (text: string) => printable(secrets.reduce((t, secret) => (secret ? t.split(secret).join("[redacted]") : t), text));
  const cleanOrNull = (text: string | null) => (text === null ? null : clean(text));
  error.message = clean(error.message);
  const fields = error as unknown as Record<string, unknown>;
  for (const name of ["code", "moreInfo"]) {
    if (typeof fields[name] === "string") Object.defineProperty(error, name, { value: clean(fields[name] as string) });
  }
  if (error instanceof APIStatusError) {
    const errors = error.errors.map((e) =>
      Object.freeze({ code: typeof e.code === "string" ? clean(e.code) : e.code, message: cleanOrNull(e.message), moreInfo: cleanOrNull(e.moreInfo) }),
    );
    Object.defineProperty(error, "errors", { value: Object.freeze(errors) });
  }
  return error;
}
