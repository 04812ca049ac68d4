import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isAppError, type AppError, type ErrorCode } from '../errors.js';

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  SERVICE_UNAVAILABLE: 503,
};

/** Our errors as GraphQL errors: the code travels in `extensions.code`, with an HTTP status outside execution. */
export function toGraphQLError(error: AppError): GraphQLError {
  const status = HTTP_STATUS[error.code];
  return new GraphQLError(error.message, {
    originalError: error,
    extensions: { code: error.code, ...(status ? { http: { status } } : {}) },
  });
}

/** The error a resolver threw, under the wrappers GraphQL execution put around it. */
function originalError(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object' && 'originalError' in current; depth += 1) {
    const inner = (current as { originalError?: unknown }).originalError;
    if (!inner) break;
    current = inner;
  }
  return current;
}

/**
 * What clients see of an error: our coded errors and GraphQL's own as they are; anything unexpected
 * becomes a bare INTERNAL_SERVER_ERROR in production (no stack, no Cypher, no driver text).
 */
export function formatError(production: boolean, report: (error: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = originalError(error);
    if (isAppError(original)) {
      return { message: original.message, locations: formatted.locations, path: formatted.path, extensions: { code: original.code } };
    }
    const code = formatted.extensions?.code;
    if (code && code !== 'INTERNAL_SERVER_ERROR') {
      if (!production) return formatted;
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    report(original);
    if (!production) return formatted;
    return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
