import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { currentLogo } from '../../branding/branding-store.js';
import { getBranding } from '../../branding/get-branding.js';
import { updateBranding } from '../../branding/update-branding.js';
import { COMPANY_NAME_MAX } from '../../domain/branding.js';
import { AppError } from '../../domain/errors.js';
import { BrandingSchema } from '../../shapes/branding.js';
import { Nullable } from '../../shapes/common.js';
import { BRANDING_BODY_LIMIT } from '../limits.js';
import { actorOf } from '../plugins/auth.js';
import { errors } from '../schemas.js';

/** The company's look: read by anyone signed in, changed by admins (issue 17). */
export const brandingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const context = (request: FastifyRequest) => ({
    db: app.database.db,
    actor: actorOf(request),
    settings: app.mailSettings,
  });
  const tags = ['branding'];

  app.get(
    '/branding',
    {
      schema: {
        operationId: 'getBranding',
        tags,
        summary: 'The company name, logo and accent colour recipients see',
        response: { 200: BrandingSchema, ...errors(401) },
      },
    },
    async (request) => getBranding(context(request)),
  );

  app.patch(
    '/branding',
    {
      bodyLimit: BRANDING_BODY_LIMIT,
      schema: {
        operationId: 'updateBranding',
        tags,
        summary:
          'Change the branding (admins). Fields left out stay; null goes back to the default. The logo is a PNG, JPEG, WebP or GIF of at most 16 KB, in base64; the accent keeps 4.5:1 contrast on white',
        body: Type.Object(
          {
            companyName: Type.Optional(
              Nullable(Type.String({ maxLength: COMPANY_NAME_MAX + 100 })),
            ),
            accentColor: Type.Optional(Nullable(Type.String({ maxLength: 20 }))),
            logo: Type.Optional(
              Nullable(
                Type.String({
                  maxLength: BRANDING_BODY_LIMIT,
                  description: 'The image in base64 (no data: prefix)',
                }),
              ),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: BrandingSchema, ...errors(400, 401, 403, 413) },
      },
    },
    async (request) => updateBranding({ ...context(request), ...request.body }),
  );
};

/**
 * The logo, public: recipient pages and emails show it. Any `v` gets the current logo (an old
 * email shows the new one rather than a broken image); `v` only keeps caches honest.
 */
export const logoRoute: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/branding/logo',
    {
      config: { public: true },
      schema: {
        hide: true,
        querystring: Type.Object({ v: Type.Optional(Type.String({ maxLength: 64 })) }),
      },
    },
    async (request, reply) => {
      const logo = await currentLogo(app.database.db);
      if (!logo) throw new AppError('not_found', 'No logo is set.');
      const etag = `"${logo.hash}"`;
      reply
        .header('content-type', logo.contentType)
        .header('etag', etag)
        .header('cache-control', 'public, max-age=86400')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('cross-origin-resource-policy', 'cross-origin');
      if (request.headers['if-none-match'] === etag) return reply.status(304).send();
      return reply.send(Buffer.from(logo.data, 'base64'));
    },
  );
};
