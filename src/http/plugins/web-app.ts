import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

// The built app sits in dist/web: beside dist/http when running the build, under the working
// folder when running from source (tests, npm run dev).
const CANDIDATES = [fileURLToPath(new URL('../../web', import.meta.url)), resolve('dist/web')];
// The app's own routes (web/src/App.tsx): a reload or a shared link on any of them is the app.
const SPA_ROUTES = [
  '/',
  '/interviews/:id',
  '/scheduling-requests',
  '/inbox',
  '/templates',
  '/dev-mailbox',
  '/webhooks',
  '/people',
  '/branding',
  '/users',
  '/account',
];

// Mantine writes styles at run time, so style-src needs 'unsafe-inline'; scripts do not.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Serves the coordinator web app (React, built by Vite) at / when it has been built; its
 * client-side routes all answer with index.html.
 */
export async function registerWebApp(app: FastifyInstance): Promise<boolean> {
  const root = CANDIDATES.find((dir) => existsSync(resolve(dir, 'index.html')));
  if (!root) {
    app.log.warn('the web app is not built (npm run build): only the API is served');
    return false;
  }
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    index: false,
    wildcard: true,
    cacheControl: false,
    setHeaders: cacheHeaders,
    // The build makes no source maps (vite.config.ts); one left from an older build is not served.
    allowedPath: (path) => !path.endsWith('.map'),
  });
  const sendIndex = (reply: FastifyReply) =>
    reply
      .header('content-security-policy', CSP)
      .header('cache-control', 'no-cache')
      .sendFile('index.html', root);
  for (const url of SPA_ROUTES) {
    app.get(url, { schema: { hide: true } }, (_request, reply) => sendIndex(reply));
  }
  return true;
}

// Vite puts a content hash in every asset name, so assets can be cached for good.
function cacheHeaders(reply: FastifyReply, path: string): void {
  reply.header(
    'cache-control',
    path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  );
  reply.header('content-security-policy', CSP);
}
