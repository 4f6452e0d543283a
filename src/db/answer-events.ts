import { sql } from 'kysely';
import { ANSWER_EVENTS, ANSWERS } from '../domain/answers.js';

/**
 * The events that record a participant's answer, as the predicate of the partial index
 * events_answers_idx (migration 0012). Literal values, written as the index writes them: SQLite
 * and PostgreSQL use a partial index only when the query states its condition, and a bound
 * parameter would not prove it.
 */
export const ANSWER_EVENTS_CONDITION = sql<boolean>`events.type in (${sql.raw(
  ANSWERS.map((answer) => `'${ANSWER_EVENTS[answer]}'`).join(', '),
)})`;
