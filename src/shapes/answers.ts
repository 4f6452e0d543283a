import { Type } from 'typebox';
import { ANSWERS } from '../domain/answers.js';
import { Nullable, OneOf } from './common.js';
import { ParticipantRoleSchema } from './interviews.js';

export const AnswerKindSchema = OneOf(ANSWERS, {
  description: 'tentative: a calendar reply of "maybe", which changes no attendance',
});

/** One participant's answer, as the coordinator's inbox lists it (newest first). */
export const AnswerSchema = Type.Object({
  id: Type.String({ description: 'The id of the timeline event that recorded the answer' }),
  at: Type.String({ description: 'When it was answered, ISO 8601 UTC' }),
  interviewId: Type.String(),
  interviewTitle: Type.String(),
  startsAt: Type.String({ description: "The interview's start, ISO 8601 UTC" }),
  participant: Type.Object({
    id: Nullable(Type.String()),
    name: Nullable(Type.String()),
    role: Nullable(ParticipantRoleSchema),
  }),
  answer: AnswerKindSchema,
  comment: Nullable(
    Type.String({ description: "A decline's reason, or the comment a calendar reply carried" }),
  ),
  via: Nullable(
    Type.Union([Type.Literal('link'), Type.Literal('calendar')], {
      description: 'Through the Interview Link, or a reply from their calendar',
    }),
  ),
});
