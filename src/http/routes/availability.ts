import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { findInterviewSlots } from '../../availability/find-slots.js';
import { getAvailability } from '../../availability/get-availability.js';
import { MAX_PEOPLE, MAX_WINDOW_DAYS } from '../../domain/availability-rules.js';
import { AvailabilitySchema, SlotListSchema } from '../../shapes/availability.js';
import { actorOf } from '../plugins/auth.js';
import { errors } from '../schemas.js';

const Time = (description: string) => Type.String({ maxLength: 40, description });
const Minutes = (minimum: number, maximum: number, description: string) =>
  Type.Optional(Type.Integer({ minimum, maximum, description }));

/**
 * Finding a time (DESIGN §9): who is busy when, and the slots in which every interviewer is
 * free, from their working hours, their connected calendars and their Convene interviews.
 */
export const availabilityRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const db = app.database.db;
  const tags = ['availability'];

  app.get(
    '/availability',
    {
      schema: {
        operationId: 'getAvailability',
        tags,
        summary: `Busy times of up to ${MAX_PEOPLE} users in a window of up to ${MAX_WINDOW_DAYS} days, with their source`,
        description:
          'Sources: `calendar` (a connected calendar), `interview` (a Convene interview that is not cancelled) and `outside_working_hours`. Coordinators and admins may ask about anyone, an interviewer about themselves.',
        querystring: Type.Object(
          {
            userIds: Type.String({
              maxLength: 1000,
              description: 'Comma-separated user ids',
            }),
            from: Time('Start of the window, ISO 8601'),
            to: Time('End of the window (exclusive), ISO 8601'),
          },
          { additionalProperties: false },
        ),
        response: { 200: AvailabilitySchema, ...errors(400, 401, 403) },
      },
    },
    async (request) =>
      getAvailability({
        db,
        actor: actorOf(request),
        userIds: request.query.userIds
          .split(',')
          .map((id) => id.trim())
          .filter(Boolean),
        from: request.query.from,
        to: request.query.to,
      }),
  );

  app.post(
    '/availability/slots',
    {
      schema: {
        operationId: 'findSlots',
        tags,
        summary:
          'The slots in a window when every interviewer is free, earliest first (at most 500)',
        body: Type.Object(
          {
            interviewerIds: Type.Array(Type.String({ format: 'uuid' }), {
              minItems: 1,
              maxItems: MAX_PEOPLE,
            }),
            durationMinutes: Type.Integer({ minimum: 5, maximum: 480 }),
            from: Time('Start of the window, ISO 8601'),
            to: Time('End of the window (exclusive), ISO 8601'),
            bufferMinutes: Minutes(0, 240, 'Free time kept before and after busy times (0)'),
            minNoticeMinutes: Minutes(0, 43_200, 'No slot sooner than this from now (0)'),
            stepMinutes: Minutes(5, 240, 'Slots start on multiples of this, in UTC (30)'),
          },
          { additionalProperties: false },
        ),
        response: { 200: SlotListSchema, ...errors(400, 401, 403) },
      },
    },
    async (request) => findInterviewSlots({ db, actor: actorOf(request), ...request.body }),
  );
};
