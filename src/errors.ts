/**
 * The project's one error class: a stable machine-readable code plus a message written for the person
 * who has to fix it. The API maps codes to GraphQL `extensions.code`; the CLIs print `code: message`.
 */
export type ErrorCode =
  | 'BAD_CONFIG'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'SERVICE_UNAVAILABLE'
  | 'NEO4J_AUTH_FAILED'
  | 'NEO4J_UNREACHABLE'
  | 'NEO4J_START_FAILED'
  | 'JAVA_MISSING'
  | 'MAVEN_MISSING'
  | 'PORT_IN_USE'
  | 'INGEST_FAILED'
  | 'INTERNAL';

export class AppError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** One line for a terminal: the code and the message, never a stack. */
export function describeError(error: unknown): string {
  if (isAppError(error)) return `${error.code}: ${error.message}`;
  if (error instanceof Error) return `INTERNAL: ${error.message}`;
  return `INTERNAL: ${String(error)}`;
}
