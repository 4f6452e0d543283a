import type { FastifyInstance, FastifyReply } from 'fastify';

/**
 * Headers every answer carries: the request id, nosniff, no framing and a same-origin referrer
 * (routes may be stricter: the recipient page keeps its token out of referrers).
 */
export function registerSecurityHeaders(app: FastifyInstance, _publicUrl: string): void {
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    baseHeaders(reply, false);
    if (!reply.hasHeader('referrer-policy')) reply.header('referrer-policy', 'same-origin');
  });
}

/** The headers of every answer, also those Fastify gives before routing (frameworkErrors). */
export function baseHeaders(reply: FastifyReply, _https: boolean): void {
  reply.header('x-content-type-options', 'nosniff');
  reply.header('x-frame-options', 'DENY');
}
