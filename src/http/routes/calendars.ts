import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { addCalendar } from '../../calendars/add-calendar.js';
import type { CalendarContext } from '../../calendars/calendar-view.js';
import { deleteCalendar } from '../../calendars/delete-calendar.js';
import { getCalendar } from '../../calendars/get-calendar.js';
import { listCalendars } from '../../calendars/list-calendars.js';
import { refreshCalendar } from '../../calendars/refresh-calendar.js';
import { CalendarSchema } from '../../shapes/calendars.js';
import { List, Nullable } from '../../shapes/common.js';
import { actorOf } from '../plugins/auth.js';
import { errors, IdParams } from '../schemas.js';

const Url = Type.String({
  minLength: 1,
  maxLength: 2000,
  description: 'http(s) or webcal:// (read as https); public addresses only',
});
const Label = Type.Optional(Nullable(Type.String({ maxLength: 200 })));
const NewCalendar = Type.Union([
  Type.Object(
    { kind: Type.Literal('ics'), url: Url, label: Label },
    { additionalProperties: false, description: 'An iCalendar feed ("secret address")' },
  ),
  Type.Object(
    {
      kind: Type.Literal('caldav'),
      url: Type.String({
        minLength: 1,
        maxLength: 2000,
        description:
          'The calendar collection itself (not the account or calendar home), http(s); public addresses only',
      }),
      username: Type.String({ minLength: 1, maxLength: 200 }),
      password: Type.String({
        minLength: 1,
        maxLength: 500,
        description: 'An app password; stored encrypted and never answered',
      }),
      label: Label,
    },
    {
      additionalProperties: false,
      description: 'A CalDAV calendar, read with a calendar-query REPORT and Basic authentication',
    },
  ),
]);

/**
 * Interviewers' calendars, read only (DESIGN §9): each user (or an admin for them) connects
 * iCalendar feeds and CalDAV calendars; Convene reads them at once, then every 15 minutes, and keeps their busy times.
 */
export const calendarRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const context = (request: FastifyRequest): CalendarContext & { db: typeof app.database.db } => ({
    db: app.database.db,
    actor: actorOf(request),
    box: app.secretBox,
    allowPrivate: app.config.allowPrivateNetwork,
  });
  const tags = ['calendars'];

  app.get(
    '/users/:id/calendars',
    {
      schema: {
        operationId: 'listCalendars',
        tags,
        summary: "A user's calendars (the user or an admin)",
        params: IdParams,
        response: { 200: List(CalendarSchema), ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => ({
      items: await listCalendars({ ...context(request), userId: request.params.id }),
    }),
  );

  app.post(
    '/users/:id/calendars',
    {
      schema: {
        operationId: 'addCalendar',
        tags,
        summary:
          'Connect a calendar; it is read at once, and a failure shows in lastError (not an error answer)',
        params: IdParams,
        body: NewCalendar,
        response: { 201: CalendarSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await addCalendar({
          ...context(request),
          userId: request.params.id,
          input: request.body,
        }),
      ),
  );

  app.get(
    '/calendars/:id',
    {
      schema: {
        operationId: 'getCalendar',
        tags,
        summary: 'One calendar, with when it was last read and the last error',
        params: IdParams,
        response: { 200: CalendarSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => getCalendar({ ...context(request), id: request.params.id }),
  );

  app.delete(
    '/calendars/:id',
    {
      schema: {
        operationId: 'deleteCalendar',
        tags,
        summary: 'Disconnect a calendar and forget its busy times',
        params: IdParams,
        response: { 204: Type.Null(), ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await deleteCalendar({ ...context(request), id: request.params.id });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/calendars/:id/refresh',
    {
      schema: {
        operationId: 'refreshCalendar',
        tags,
        summary: 'Read the calendar now; answers it with its new lastSyncAt or lastError',
        params: IdParams,
        response: { 200: CalendarSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => refreshCalendar({ ...context(request), id: request.params.id }),
  );
};
