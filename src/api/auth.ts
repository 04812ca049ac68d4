import { timingSafeEqual } from 'node:crypto';
import type { AuthConfig } from '../config.js';
import { AppError } from '../errors.js';
import type { Role } from './context.js';

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The caller's role from `Authorization: Bearer …`; a token that matches nothing is refused outright. */
export function roleFromAuthorization(header: string | undefined | null, auth: AuthConfig): Role {
  if (!header) return 'anonymous';
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) throw new AppError('UNAUTHENTICATED', 'The Authorization header must be "Bearer <token>".');
  const token = match[1] ?? '';
  if (auth.writeToken && sameSecret(token, auth.writeToken)) return 'writer';
  if (auth.readToken && sameSecret(token, auth.readToken)) return 'reader';
  throw new AppError('UNAUTHENTICATED', 'The bearer token is not valid.');
}

export function requireWriter(role: Role): void {
  if (role === 'writer') return;
  if (role === 'anonymous') throw new AppError('UNAUTHENTICATED', 'Mutations need a bearer token with the writer role (Authorization: Bearer <API_WRITE_TOKEN>).');
  throw new AppError('FORBIDDEN', 'This token may read but not write; mutations need the writer token.');
}

export function requireReader(role: Role, auth: AuthConfig): void {
  if (!auth.queriesRequireAuth || role !== 'anonymous') return;
  throw new AppError('UNAUTHENTICATED', 'Queries need a bearer token on this server (API_QUERIES_REQUIRE_AUTH is on).');
}
