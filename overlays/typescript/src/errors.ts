/** The error hierarchy: the same classes, fields and outcome rules as the Python SDK. */

export class SignalWireError extends Error {
  override name = "SignalWireError";
}

/** A credential or the endpoint is missing or unusable. Thrown before any request. */
export class ConfigurationError extends SignalWireError {
  override name = "ConfigurationError";
  constructor(
    readonly field: string,
    problem: string,
  ) {
    super(`${field} ${problem}`);
  }
}

/** An argument is invalid. Thrown before any request; `field` names it. */
export class InvalidParameterError extends SignalWireError {
  override name = "InvalidParameterError";
  constructor(
    readonly field: string,
    problem: string,
  ) {
    super(`${field}: ${problem}`);
  }
}

/** A request was attempted and did not give a usable result. */
export class APIError extends SignalWireError {
  override name = "APIError";
  /** True when the update may have been applied: it was not resent. */
  readonly outcomeUnknown: boolean = false;
}

/** The service could not be reached; nothing was sent. */
export class APIConnectionError extends APIError {
  override name = "APIConnectionError";
}

/** Connecting timed out; nothing was sent. */
export class APITimeoutError extends APIConnectionError {
  override name = "APITimeoutError";
}

/** The connection failed after the request may have been sent. */
export class ConnectionLostError extends APIConnectionError {
  override name = "ConnectionLostError";
  override readonly outcomeUnknown = true;
}

/** The request timed out after it may have been sent. */
export class RequestTimeoutError extends APITimeoutError {
  override name = "RequestTimeoutError";
  override readonly outcomeUnknown = true;
}

/** A 2xx response whose body is not a call this package can read. */
export class APIResponseValidationError extends APIError {
  override name = "APIResponseValidationError";
  constructor(
    message: string,
    readonly statusCode: number,
    readonly body: string,
  ) {
    super(message);
  }
}

/** The service answered with a non-2xx status. */
export class APIStatusError extends APIError {
  override name = "APIStatusError";
  constructor(
    message: string,
    readonly statusCode: number,
    readonly code: number | string | null,
    readonly moreInfo: string | null,
    readonly body: unknown,
    readonly headers: Headers,
  ) {
    super(message);
  }
}

export class BadRequestError extends APIStatusError {
  override name = "BadRequestError";
}
export class AuthenticationError extends APIStatusError {
  override name = "AuthenticationError";
}
export class PermissionDeniedError extends APIStatusError {
  override name = "PermissionDeniedError";
}
export class NotFoundError extends APIStatusError {
  override name = "NotFoundError";
}
export class ConflictError extends APIStatusError {
  override name = "ConflictError";
}
export class UnprocessableEntityError extends APIStatusError {
  override name = "UnprocessableEntityError";
}
export class RateLimitError extends APIStatusError {
  override name = "RateLimitError";
}
export class InternalServerError extends APIStatusError {
  override name = "InternalServerError";
}
/** 503: the service did not take the request. */
export class ServiceUnavailableError extends InternalServerError {
  override name = "ServiceUnavailableError";
}
/** 500, 502, 504 and other 5xx but 503: the update may have been applied. */
export class ServerOutcomeUnknownError extends InternalServerError {
  override name = "ServerOutcomeUnknownError";
  override readonly outcomeUnknown = true;
}

const BY_STATUS: Record<number, typeof APIStatusError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

function errorClass(status: number): typeof APIStatusError {
  if (status === 503) return ServiceUnavailableError;
  if (status >= 500) return ServerOutcomeUnknownError;
  return BY_STATUS[status] ?? APIStatusError;
}

const SNIPPET = 200;

/** The error for a non-2xx response; never throws while building it. */
export function statusError(status: number, statusText: string, text: string, headers: Headers) {
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  let code: number | string | null = null;
  let moreInfo: string | null = null;
  let message: string | null = null;
  if (body !== null && typeof body === "object" && !Array.isArray(body)) {
    const fields = body as Record<string, unknown>;
    if (typeof fields.code === "number" || typeof fields.code === "string") code = fields.code;
    if (typeof fields.more_info === "string") moreInfo = fields.more_info;
    if (typeof fields.message === "string" && fields.message) message = fields.message;
  }
  if (!message) {
    const reason = statusText || "Error";
    let snippet = text.slice(0, SNIPPET * 4).split(/\s+/).filter(Boolean).join(" ");
    snippet = snippet.length > SNIPPET ? `${snippet.slice(0, SNIPPET)}…` : snippet;
    message = snippet ? `${reason}: ${snippet}` : reason;
  }
  const Kind = errorClass(status);
  return new Kind(message, status, code, moreInfo, body, headers);
}
