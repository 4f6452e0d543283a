import type { FastifyError, FastifyInstance } from 'fastify';
import { AppError, type ErrorCode } from '../../domain/errors.js';

const STATUS: Record<ErrorCode, number> = {
  validation_error: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
};

const CODE_BY_STATUS: Record<number, ErrorCode> = Object.fromEntries(
  Object.entries(STATUS).map(([code, status]) => [status, code as ErrorCode]),
);

interface ValidationIssue {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** The one mapping from thrown errors to HTTP answers; stacks stay in the log. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (error instanceof AppError) {
      const status = STATUS[error.code];
      const retry = (error.details as { retryAfterSeconds?: number } | undefined)
        ?.retryAfterSeconds;
      if (retry) reply.header('retry-after', String(retry));
      return reply.status(status).send(body(error.code, error.message, error.details));
    }
    if (error.validation) {
      const issues = (error.validation as ValidationIssue[]).map((v) =>
        describe(v, error.validationContext ?? 'body'),
      );
      const message = issues.map((i) => `${i.field}: ${i.message}`).join('; ');
      return reply.status(400).send(body('validation_error', message, { issues }));
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const code = CODE_BY_STATUS[status] ?? 'bad_request';
      return reply.status(status).send(body(code, error.message));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(body('internal_error', 'Something went wrong on our side.'));
  });

  app.setNotFoundHandler((request, reply) => {
    reply
      .status(404)
      .send(body('not_found', `No route ${request.method} ${request.url.split('?')[0]}.`));
  });
}

function body(code: string, message: string, details?: unknown) {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

// Turns an Ajv issue into `{field, message}` where field is the input's name, e.g. "timeZone".
function describe(issue: ValidationIssue, context: string) {
  const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
  const { params } = issue;
  if (issue.keyword === 'required') {
    return {
      field: join(path, String(params.missingProperty)),
      message: 'is required',
      in: context,
    };
  }
  if (issue.keyword === 'additionalProperties') {
    return {
      field: join(path, String(params.additionalProperty)),
      message: 'is not a known field',
      in: context,
    };
  }
  return { field: path || context, message: issue.message ?? 'is invalid', in: context };
}

function join(path: string, name: string): string {
  return path ? `${path}.${name}` : name;
}

/**
 * Refuses a NUL character anywhere in the body, query or path with a 400 naming the field:
 * no name, text or token needs one, and PostgreSQL cannot store it in text.
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
    collectNul(value, '', fields, part);
  }
  if (fields.length === 0) return;
  const issues = fields.map((field) => ({ field, message: 'must not contain a NUL character' }));
  throw new AppError('validation_error', issues.map((i) => `${i.field}: ${i.message}`).join('; '), {
    issues,
  });
}

function collectNul(value: unknown, path: string, found: string[], part: string, depth = 0): void {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) found.push(path || part);
    return;
  }
  if (depth > 20 || value === null || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value)) {
    collectNul(child, path ? `${path}.${key}` : key, found, part, depth + 1);
  }
}
