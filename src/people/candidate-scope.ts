import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Actor } from '../domain/permissions.js';

/**
 * What part of the candidates an actor may see, as a condition on `candidates`, or undefined
 * for all of them. Coordinators and admins see every candidate; an interviewer only those of
 * interviews they are on (cancelled ones too), like the interviews they see.
 */
export function candidatesVisibleTo(
  actor: Actor,
): ((eb: ExpressionBuilder<Database, 'candidates'>) => Expression<SqlBool>) | undefined {
  if (actor.role !== 'interviewer') return undefined;
  return (eb) =>
    eb(
      'candidates.id',
      'in',
      eb
        .selectFrom('interviews')
        .innerJoin('participants', 'participants.interview_id', 'interviews.id')
        .select('interviews.candidate_id')
        .where('participants.user_id', '=', actor.userId),
    );
}
