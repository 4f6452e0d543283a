import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { TEMPLATE_TOKENS } from '../../domain/template-tokens.js';
import { List, Page } from '../../shapes/common.js';
import { ParticipantRoleSchema as Audience } from '../../shapes/interviews.js';
import {
  RenderedTemplateSchema,
  TemplateSchema,
  TemplateVariantsSchema,
  TokenSchema,
} from '../../shapes/templates.js';
import { createTemplate } from '../../templates/create-template.js';
import { deleteTemplate } from '../../templates/delete-template.js';
import { getTemplate } from '../../templates/get-template.js';
import { listTemplates } from '../../templates/list-templates.js';
import { previewTemplate } from '../../templates/preview-template.js';
import { updateTemplate } from '../../templates/update-template.js';
import { TEMPLATE_BODY_LIMIT } from '../limits.js';
import { actorOf } from '../plugins/auth.js';
import { errors, IdParams, Line, PageQuery } from '../schemas.js';

const Subject = Type.String({ maxLength: 500 });
const Body = Type.String({ maxLength: 100_000, description: 'HTML with {{ token }}s' });

/** Configure Communications: templates, their token menu, and preview. */
export const templateRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const db = app.database.db;

  app.get(
    '/templates',
    {
      schema: {
        operationId: 'listTemplates',
        tags: ['templates'],
        summary:
          'List templates by name; with q, the Send Invites type-ahead (best match first, ≤ 20)',
        querystring: Type.Object({
          audience: Type.Optional(Audience),
          q: Type.Optional(Type.String({ maxLength: 200 })),
          invitable: Type.Optional(Type.Boolean()),
          schedulable: Type.Optional(Type.Boolean()),
          includeArchived: Type.Optional(Type.Boolean({ default: false })),
          ...PageQuery,
        }),
        response: { 200: Page(TemplateSchema), ...errors(400, 401, 403) },
      },
    },
    async (request) => listTemplates({ db, actor: actorOf(request), ...request.query }),
  );

  app.get(
    '/templates/tokens',
    {
      schema: {
        operationId: 'listTemplateTokens',
        tags: ['templates'],
        summary: 'The standard tokens, for the editor’s token menu',
        response: { 200: List(TokenSchema), ...errors(401) },
      },
    },
    async () => ({
      items: TEMPLATE_TOKENS.map(({ name, label, description, example }) => ({
        name,
        label,
        description,
        example,
      })),
    }),
  );

  app.post(
    '/templates/preview',
    {
      bodyLimit: TEMPLATE_BODY_LIMIT,
      schema: {
        operationId: 'previewTemplate',
        tags: ['templates'],
        summary: 'Render an unsaved subject and body with sample interview data',
        body: Type.Object(
          {
            audience: Audience,
            subject: Subject,
            body: Body,
            timeZone: Type.Optional(Type.String({ maxLength: 64 })),
            locale: Type.Optional(Type.String({ maxLength: 35 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: RenderedTemplateSchema, ...errors(400, 401, 403) },
      },
    },
    async (request) => previewTemplate({ actor: actorOf(request), ...request.body }),
  );

  app.post(
    '/templates',
    {
      bodyLimit: TEMPLATE_BODY_LIMIT,
      schema: {
        operationId: 'createTemplate',
        tags: ['templates'],
        summary: 'Create a template; unknown tokens are refused with their position',
        body: Type.Object(
          {
            name: Line(),
            audience: Audience,
            subject: Subject,
            body: Body,
            variants: Type.Optional(TemplateVariantsSchema),
          },
          { additionalProperties: false },
        ),
        response: { 201: TemplateSchema, ...errors(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const template = await createTemplate({ db, actor: actorOf(request), ...request.body });
      return reply.status(201).send(template);
    },
  );

  app.get(
    '/templates/:id',
    {
      schema: {
        operationId: 'getTemplate',
        tags: ['templates'],
        summary: 'One template',
        params: IdParams,
        response: { 200: TemplateSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => getTemplate({ db, actor: actorOf(request), id: request.params.id }),
  );

  app.patch(
    '/templates/:id',
    {
      bodyLimit: TEMPLATE_BODY_LIMIT,
      schema: {
        operationId: 'updateTemplate',
        tags: ['templates'],
        summary:
          'Edit a template, or archive/unarchive it; variants are written whole (a language left out is removed)',
        params: IdParams,
        body: Type.Object(
          {
            name: Type.Optional(Line()),
            audience: Type.Optional(Audience),
            subject: Type.Optional(Subject),
            body: Type.Optional(Body),
            variants: Type.Optional(TemplateVariantsSchema),
            archived: Type.Optional(Type.Boolean()),
          },
          { additionalProperties: false, minProperties: 1 },
        ),
        response: { 200: TemplateSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) =>
      updateTemplate({ db, actor: actorOf(request), id: request.params.id, changes: request.body }),
  );

  app.delete(
    '/templates/:id',
    {
      schema: {
        operationId: 'deleteTemplate',
        tags: ['templates'],
        summary: 'Delete a template; one already used for invites is archived instead (200)',
        params: IdParams,
        response: { 200: TemplateSchema, 204: Type.Null(), ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const result = await deleteTemplate({ db, actor: actorOf(request), id: request.params.id });
      return result.deleted
        ? reply.status(204).send(null)
        : reply.status(200).send(result.template);
    },
  );
};
