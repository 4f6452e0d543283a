import type { FastifyInstance, FastifyReply } from 'fastify';

/** HTTPS only, for a year, subdomains included: sent when PUBLIC_URL is https. */
export const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Headers every answer carries: the request id, nosniff, no framing, a same-origin referrer
 * (routes may be stricter) and, behind an https PUBLIC_URL, HSTS. API answers are never stored
 * by a cache unless a route says otherwise: they are a signed-in user's data, or a participant's
 * behind their personal token (the invitation twins).
 */
export function registerSecurityHeaders(app: FastifyInstance, publicUrl: string): void {
  const https = publicUrl.startsWith('https:');
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    baseHeaders(reply, https);
    if (!reply.hasHeader('referrer-policy')) reply.header('referrer-policy', 'same-origin');
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) {
      reply.header('cache-control', 'no-store');
    }
  });
}

/** The headers of every answer, also those Fastify gives before routing (frameworkErrors). */
export function baseHeaders(reply: FastifyReply, https: boolean): void {
  reply.header('x-content-type-options', 'nosniff');
  reply.header('x-frame-options', 'DENY');
  if (https) reply.header('strict-transport-security', HSTS);
}
