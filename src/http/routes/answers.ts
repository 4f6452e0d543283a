import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { listAnswers } from '../../interviews/list-answers.js';
import { AnswerKindSchema, AnswerSchema } from '../../shapes/answers.js';
import { Page } from '../../shapes/common.js';
import { actorOf } from '../plugins/auth.js';
import { errors, PageQuery } from '../schemas.js';

/** The inbox: participants' answers across the interviews the caller may see. */
export const answerRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const db = app.database.db;

  app.get(
    '/answers',
    {
      schema: {
        operationId: 'listAnswers',
        tags: ['interviews'],
        summary:
          "Participants' recent answers (confirmed, declined, tentative) across the interviews you may see, newest first",
        querystring: Type.Object({
          answer: Type.Optional(AnswerKindSchema),
          since: Type.Optional(
            Type.String({
              maxLength: 40,
              description: 'Only answers given after this instant (ISO 8601)',
            }),
          ),
          withTotal: Type.Optional(
            Type.Boolean({ description: 'Also count every match (total), all pages together' }),
          ),
          ...PageQuery,
        }),
        response: { 200: Page(AnswerSchema), ...errors(400, 401, 403) },
      },
    },
    async (request) => listAnswers({ db, actor: actorOf(request), ...request.query }),
  );
};
