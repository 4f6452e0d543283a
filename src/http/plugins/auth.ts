import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  type Authentication,
  authenticateApiKey,
  authenticateSession,
} from '../../auth/authenticate.js';
import { secretsEqual } from '../../crypto/secrets.js';
import { AppError } from '../../domain/errors.js';
import type { Actor } from '../../domain/permissions.js';

export const SESSION_COOKIE = 'convene_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    auth: Authentication | null;
  }
  interface FastifyContextConfig {
    /**
     * Reachable without signing in (sign-in itself, setup, the OpenAPI document, the invitation
     * pages and their twins); such routes also get the small public body limit (app.ts).
     */
    public?: boolean;
  }
}

/**
 * Every /api/v1 route needs a session cookie or an API key unless marked public. Cookie-borne
 * writes must also echo the session's CSRF token in `x-csrf-token`: a cross-site form can
 * carry the cookie but cannot read the token.
 */
export function registerAuth(app: FastifyInstance): void {
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/v1/') || request.routeOptions.config?.public) return;
    request.auth = (await identify(app, request, reply)) ?? null;
    if (!request.auth) throw new AppError('unauthorized', 'Sign in or send an API key.');
    if (request.auth.via === 'session' && !SAFE_METHODS.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !secretsEqual(sent, request.auth.csrfToken)) {
        throw new AppError(
          'forbidden',
          'Missing or wrong x-csrf-token header for a signed-in write.',
        );
      }
    }
  });
}

async function identify(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<Authentication | undefined> {
  const header = request.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    return match?.[1] ? authenticateApiKey(app.database.db, match[1]) : undefined;
  }
  const raw = request.cookies[SESSION_COOKIE];
  if (!raw) return undefined;
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid || !unsigned.value) {
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return undefined;
  }
  return authenticateSession(app.database.db, unsigned.value);
}

/** How the caller authenticated (session or API key); routes behind auth always have one. */
export function authOf(request: FastifyRequest): Authentication {
  if (!request.auth) throw new AppError('unauthorized', 'Sign in or send an API key.');
  return request.auth;
}

/** The signed-in caller; routes behind auth always have one. */
export function actorOf(request: FastifyRequest): Actor {
  return authOf(request).actor;
}

/** The caller's session id, or undefined when they came with an API key. */
export function sessionIdOf(request: FastifyRequest): string | undefined {
  return request.auth?.via === 'session' ? request.auth.sessionId : undefined;
}
