import { AppError, MAX_ISSUES } from '../../domain/errors.js';
import { mayHoldNul } from './body-facts.js';

/**
 * Refuses a NUL character anywhere in the body, query or path with a 400 naming the field:
 * no name, text or token needs one, and PostgreSQL cannot store it in text. A body whose text
 * held no NUL is not walked at all; otherwise the walk builds a field's name only when it is
 * reported, and stops at MAX_ISSUES.
 */
export function assertNoNulCharacters(request: {
  body: unknown;
  query: unknown;
  params: unknown;
}): void {
  const fields: string[] = [];
  for (const [part, value] of [
    ['body', request.body],
    ['query', request.query],
    ['params', request.params],
  ] as const) {
    if (!mayHoldNul(value)) continue;
    collectNul(value, [], fields, part);
    if (fields.length >= MAX_ISSUES) break;
  }
  if (fields.length === 0) return;
  const issues = fields.map((field) => ({ field, message: 'must not contain a NUL character' }));
  throw new AppError('validation_error', issues.map((i) => `${i.field}: ${i.message}`).join('; '), {
    issues,
  });
}

// `path` is the keys leading to `value`, shared down the walk and joined only for a find.
function collectNul(value: unknown, path: string[], found: string[], part: string): void {
  if (found.length >= MAX_ISSUES) return;
  if (typeof value === 'string') {
    if (value.includes('\u0000')) found.push(path.length > 0 ? path.join('.') : part);
    return;
  }
  if (path.length > 20 || value === null || typeof value !== 'object') return;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    path.push(key);
    collectNul((value as Record<string, unknown>)[key], path, found, part);
    path.pop();
    if (found.length >= MAX_ISSUES) return;
  }
}
