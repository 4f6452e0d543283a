import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { getDevMessage } from '../../dev-mailbox/get-dev-message.js';
import { listDevMessages } from '../../dev-mailbox/list-dev-messages.js';
import { AppError } from '../../domain/errors.js';
import { actorOf } from '../plugins/auth.js';
import { errors, IdParams, Nullable, Page, PageQuery } from '../schemas.js';

const Summary = Type.Object({
  id: Type.String(),
  interviewId: Type.String(),
  kind: Type.String(),
  to: Type.String(),
  toName: Type.String(),
  subject: Type.String(),
  calendarMethod: Nullable(Type.String()),
  sequence: Nullable(Type.Integer()),
  sentAt: Nullable(Type.String()),
});

const Calendar = Type.Object({
  method: Type.String(),
  uid: Type.String(),
  sequence: Type.Integer(),
  summary: Type.String(),
  startsAt: Type.String(),
  endsAt: Type.String(),
  location: Nullable(Type.String()),
  organizer: Type.String(),
  attendees: Type.Array(Type.String()),
  status: Nullable(Type.String()),
});

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
        tags: ['dev-mailbox'],
        summary: 'Messages delivered to the development mailbox, newest first',
        querystring: Type.Object(PageQuery),
        response: { 200: Page(Summary), ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => listDevMessages({ db, actor: actorOf(request), ...request.query }),
  );

  app.get(
    '/dev-mailbox/:id',
    {
      schema: {
        tags: ['dev-mailbox'],
        summary: 'One message: HTML, text and its calendar invite',
        params: IdParams,
        response: {
          200: Type.Object({
            id: Type.String(),
            messageId: Type.String(),
            to: Type.String(),
            subject: Type.String(),
            html: Type.String(),
            text: Type.String(),
            calendar: Nullable(Calendar),
          }),
          ...errors(400, 401, 403, 404),
        },
      },
    },
    async (request) => getDevMessage({ db, actor: actorOf(request), id: request.params.id }),
  );

  app.get(
    '/dev-mailbox/:id/eml',
    { schema: { tags: ['dev-mailbox'], summary: 'The message as an .eml file', params: IdParams } },
    async (request, reply) => {
      const message = await getDevMessage({ db, actor: actorOf(request), id: request.params.id });
      return reply
        .type('message/rfc822')
        .header('content-disposition', `attachment; filename="convene-${message.id}.eml"`)
        .send(message.raw);
    },
  );
};
