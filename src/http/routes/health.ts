import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { sql } from 'kysely';

/** Liveness (the process answers) and readiness (the database answers). */
export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (request, reply) => {
    try {
      await sql`select 1`.execute(app.database.db);
      return { status: 'ready', database: app.database.engine };
    } catch (error) {
      request.log.warn({ err: error }, 'readiness check failed: database unreachable');
      reply.status(503);
      return { error: { code: 'unavailable', message: 'The database is not reachable.' } };
    }
  });
};
