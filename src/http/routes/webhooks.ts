import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { WEBHOOK_EVENTS } from '../../domain/webhook-events.js';
import { List, Nullable, Page } from '../../shapes/common.js';
import {
  WebhookDeliverySchema,
  WebhookSchema,
  WebhookWithSecretSchema,
} from '../../shapes/webhooks.js';
import { createWebhook } from '../../webhooks/create-webhook.js';
import { deleteWebhook } from '../../webhooks/delete-webhook.js';
import { getWebhook } from '../../webhooks/get-webhook.js';
import { listWebhookDeliveries } from '../../webhooks/list-webhook-deliveries.js';
import { listWebhooks } from '../../webhooks/list-webhooks.js';
import { rotateWebhookSecret } from '../../webhooks/rotate-webhook-secret.js';
import { sendTestWebhook } from '../../webhooks/send-test-webhook.js';
import { updateWebhook } from '../../webhooks/update-webhook.js';
import type { WebhookContext } from '../../webhooks/webhook-view.js';
import { actorOf } from '../plugins/auth.js';
import { errors, IdParams, PageQuery } from '../schemas.js';

const Events = Type.Array(Type.String({ maxLength: 100 }), { maxItems: 20 });
const WebhookBody = {
  url: Type.String({ maxLength: 2000 }),
  events: Events,
  description: Nullable(Type.String({ maxLength: 500 })),
  active: Type.Boolean(),
};

/**
 * Webhook subscriptions for ATS integrations (admins): events signed per Standard Webhooks
 * (`webhook-id`, `webhook-timestamp`, `webhook-signature`), delivered from an outbox with
 * retries, each with a delivery log and a test event.
 */
export const webhookRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const context = (request: FastifyRequest): WebhookContext => ({
    db: app.database.db,
    actor: actorOf(request),
    box: app.secretBox,
    allowPrivate: app.config.allowPrivateNetwork,
  });
  const tags = ['webhooks'];

  app.get(
    '/webhooks',
    {
      schema: {
        operationId: 'listWebhooks',
        tags,
        summary: `Webhook subscriptions. Events: ${WEBHOOK_EVENTS.join(', ')}`,
        response: { 200: List(WebhookSchema), ...errors(401, 403) },
      },
    },
    async (request) => ({ items: await listWebhooks(context(request)) }),
  );

  app.post(
    '/webhooks',
    {
      schema: {
        operationId: 'createWebhook',
        tags,
        summary: 'Subscribe a URL to events; the response holds the signing secret, once',
        body: Type.Object(
          {
            url: WebhookBody.url,
            events: WebhookBody.events,
            secret: Type.Optional(
              Type.String({
                maxLength: 200,
                description: 'Your own signing secret (whsec_…); left out, Convene makes one',
              }),
            ),
            description: Type.Optional(WebhookBody.description),
            active: Type.Optional(WebhookBody.active),
          },
          { additionalProperties: false },
        ),
        response: { 201: WebhookWithSecretSchema, ...errors(400, 401, 403) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createWebhook({ ...context(request), input: request.body })),
  );

  app.get(
    '/webhooks/:id',
    {
      schema: {
        operationId: 'getWebhook',
        tags,
        summary: 'One subscription',
        params: IdParams,
        response: { 200: WebhookSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => getWebhook({ ...context(request), id: request.params.id }),
  );

  app.patch(
    '/webhooks/:id',
    {
      schema: {
        operationId: 'updateWebhook',
        tags,
        summary: 'Change the URL, events, description, or pause it (active: false)',
        params: IdParams,
        body: Type.Object(
          {
            url: Type.Optional(WebhookBody.url),
            events: Type.Optional(WebhookBody.events),
            description: Type.Optional(WebhookBody.description),
            active: Type.Optional(WebhookBody.active),
          },
          { additionalProperties: false, minProperties: 1 },
        ),
        response: { 200: WebhookSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) =>
      updateWebhook({ ...context(request), id: request.params.id, input: request.body }),
  );

  app.delete(
    '/webhooks/:id',
    {
      schema: {
        operationId: 'deleteWebhook',
        tags,
        summary: 'Remove a subscription and its delivery log',
        params: IdParams,
        response: { 204: Type.Null(), ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await deleteWebhook({ ...context(request), id: request.params.id });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/webhooks/:id/rotate-secret',
    {
      schema: {
        operationId: 'rotateWebhookSecret',
        tags,
        summary: 'Replace the signing secret; the response holds the new one, once',
        params: IdParams,
        response: { 200: WebhookWithSecretSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => rotateWebhookSecret({ ...context(request), id: request.params.id }),
  );

  app.post(
    '/webhooks/:id/test',
    {
      schema: {
        operationId: 'sendTestWebhook',
        tags,
        summary: 'Queue a webhook.test event to this URL; its outcome shows in the delivery log',
        params: IdParams,
        response: { 202: WebhookDeliverySchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply.status(202).send(await sendTestWebhook({ ...context(request), id: request.params.id })),
  );

  app.get(
    '/webhooks/:id/deliveries',
    {
      schema: {
        operationId: 'listWebhookDeliveries',
        tags,
        summary: 'The delivery log, newest first',
        params: IdParams,
        querystring: Type.Object(PageQuery, { additionalProperties: false }),
        response: { 200: Page(WebhookDeliverySchema), ...errors(400, 401, 403, 404) },
      },
    },
    async (request) =>
      listWebhookDeliveries({
        ...context(request),
        id: request.params.id,
        cursor: request.query.cursor,
        limit: request.query.limit,
      }),
  );
};
