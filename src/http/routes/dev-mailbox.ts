import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { getDevMessage } from '../../dev-mailbox/get-dev-message.js';
import { listDevMessages } from '../../dev-mailbox/list-dev-messages.js';
import { AppError } from '../../domain/errors.js';
import { Page } from '../../shapes/common.js';
import { DevMessageSchema, DevMessageSummarySchema } from '../../shapes/dev-mailbox.js';
import { actorOf } from '../plugins/auth.js';
import { errors, IdParams, PageQuery } from '../schemas.js';

/** The development mailbox: only when no SMTP_URL is set (DESIGN §5). */
export const devMailboxRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const db = app.database.db;
  app.addHook('onRequest', async () => {
    if (app.config.smtpUrl)
      throw new AppError('not_found', 'The development mailbox is off: mail goes to SMTP_URL.');
  });

  app.get(
    '/dev-mailbox',
    {
      schema: {
        operationId: 'listDevMessages',
        tags: ['dev-mailbox'],
        summary: 'Messages delivered to the development mailbox, newest first',
        querystring: Type.Object(PageQuery),
        response: { 200: Page(DevMessageSummarySchema), ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => listDevMessages({ db, actor: actorOf(request), ...request.query }),
  );

  app.get(
    '/dev-mailbox/:id',
    {
      schema: {
        operationId: 'getDevMessage',
        tags: ['dev-mailbox'],
        summary: 'One message: HTML, text and its calendar invite',
        params: IdParams,
        response: { 200: DevMessageSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => getDevMessage({ db, actor: actorOf(request), id: request.params.id }),
  );

  app.get(
    '/dev-mailbox/:id/eml',
    {
      schema: {
        operationId: 'downloadDevMessage',
        tags: ['dev-mailbox'],
        summary: 'The message as an .eml file',
        params: IdParams,
        response: {
          200: {
            description: 'The message exactly as it was sent (RFC 5322)',
            content: { 'message/rfc822': { schema: Type.String() } },
          },
          ...errors(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const message = await getDevMessage({ db, actor: actorOf(request), id: request.params.id });
      return reply
        .type('message/rfc822')
        .header('content-disposition', `attachment; filename="convene-${message.id}.eml"`)
        .send(message.raw);
    },
  );
};
