/**
 * The one error type use cases throw. The HTTP layer maps `code` to a status once
 * (http/plugins/errors.ts); anything that is not an AppError is answered as a bare 500.
 */
export type ErrorCode =
  | 'validation_error'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'rate_limited'
  | 'payload_too_large'
  | 'unsupported_media_type';

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}

/**
 * At most this many issues are listed in one error (README, "Limits"): a refusal stays small
 * however many problems the input has, and finding more than this is wasted work.
 */
export const MAX_ISSUES = 20;

/** A field-level problem, reported in `error.details` so clients can point at the input. */
export interface FieldIssue {
  field: string;
  message: string;
}

/** Throws a 400 naming every bad field; the message lists them for humans. */
export function invalid(issues: FieldIssue[]): never {
  const message = issues.map((i) => `${i.field}: ${i.message}`).join('; ');
  throw new AppError('validation_error', message, { issues });
}

/**
 * Runs `work`, and when it refuses its input names each field under `prefix` (a template's
 * `subject` becomes `candidate.subject` in Send Invites, `variants.fr.subject` in a template).
 */
export function withFieldPrefix<T>(prefix: string, work: () => T, label = prefix): T {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'validation_error') throw error;
    const details = error.details as { issues?: FieldIssue[] } | undefined;
    const issues = (details?.issues ?? []).map((i) => ({ ...i, field: `${prefix}.${i.field}` }));
    throw new AppError('validation_error', `${label}: ${error.message}`, { issues });
  }
}
