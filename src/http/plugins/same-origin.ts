import type { FastifyRequest } from 'fastify';
import { AppError } from '../../domain/errors.js';

// Fetch Metadata values a browser sends for a request another site started.
const FOREIGN_SITES = new Set(['cross-site', 'same-site']);

/**
 * An onRequest hook for the public writes that open a session (sign-in, setup), which have no
 * CSRF token to check yet: without it a cross-site form could sign a victim in to the
 * attacker's account (login CSRF). A browser request must come from PUBLIC_URL's origin; one
 * without Origin is refused when its Fetch Metadata says another site sent it. Only JSON is
 * taken, which a cross-site form cannot send without a CORS preflight. Clients that are not
 * browsers (curl, integrations) send neither header and pass.
 */
export function sameOriginJsonOnly(publicUrl: string) {
  const expected = new URL(publicUrl).origin;
  return async (request: FastifyRequest): Promise<void> => {
    const origin = request.headers.origin;
    const site = request.headers['sec-fetch-site'];
    if (origin !== undefined ? origin !== expected : FOREIGN_SITES.has(String(site))) {
      throw new AppError(
        'forbidden',
        `This request came from another site; sign in from ${expected} (Origin must match PUBLIC_URL).`,
      );
    }
    const type = request.headers['content-type'] ?? '';
    if (!/^application\/json\s*(;|$)/i.test(type)) {
      throw new AppError(
        'unsupported_media_type',
        'Send the body as JSON, with Content-Type: application/json.',
      );
    }
  };
}
