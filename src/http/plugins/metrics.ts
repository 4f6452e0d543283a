import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { AppError } from '../../domain/errors.js';

/**
 * Prometheus metrics at /metrics: process defaults plus request counts and latencies by route,
 * for the holder of METRICS_TOKEN (`Authorization: Bearer <token>`). Without a token configured
 * there is no /metrics at all (404) and nothing is counted.
 */
export function registerMetrics(app: FastifyInstance, token: string | undefined): void {
  if (token === undefined) return;
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'convene_http_requests_total',
    help: 'HTTP requests answered, by method, route and status',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'convene_http_request_duration_seconds',
    help: 'Time to answer HTTP requests, by method and route',
    labelNames: ['method', 'route'],
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  app.addHook('onResponse', async (request, reply) => {
    // The route pattern, not the URL: tokens and ids must not become label values.
    const route = request.routeOptions.url ?? 'unmatched';
    requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    duration.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });
  const expected = digest(`Bearer ${token}`);
  app.get(
    '/metrics',
    { schema: { hide: true }, onRequest: async (request) => assertMetricsToken(request, expected) },
    async (_request, reply) => {
      reply.header('content-type', registry.contentType);
      return registry.metrics();
    },
  );
}

// Compared as digests of equal length, so the time taken says nothing about the token.
function assertMetricsToken(request: FastifyRequest, expected: Buffer): void {
  const given = request.headers.authorization ?? '';
  if (!timingSafeEqual(digest(given), expected)) {
    throw new AppError(
      'unauthorized',
      'Send the metrics token: Authorization: Bearer <METRICS_TOKEN>.',
    );
  }
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
