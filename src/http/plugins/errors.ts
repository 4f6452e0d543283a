import type { FastifyError, FastifyInstance } from 'fastify';
import { NoResultError } from 'kysely';
import { AppError, type ErrorCode, MAX_ISSUES } from '../../domain/errors.js';
import { isPartial } from './validation.js';

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
    // A row that was there a moment ago and is gone (deleted by a concurrent request) is a
    // "not found", never a 500 (STYLE.md rule 5). Use cases say which row; this is the net.
    if (error instanceof NoResultError) {
      return reply.status(404).send(body('not_found', 'Not found: it may have just been deleted.'));
    }
    if (error instanceof AppError) {
      const status = STATUS[error.code];
      const retry = (error.details as { retryAfterSeconds?: number } | undefined)
        ?.retryAfterSeconds;
      if (retry) reply.header('retry-after', String(retry));
      const details =
        error.code === 'validation_error' ? boundDetails(error.details) : error.details;
      return reply.status(status).send(body(error.code, clip(error.message, MAX_MESSAGE), details));
    }
    if (error.validation) {
      const found = error.validation as ValidationIssue[];
      const issues = withoutBranchNoise(found)
        .slice(0, MAX_ISSUES)
        .map((v) => boundIssue(describe(v, error.validationContext ?? 'body')));
      const listed = issues.map((i) => `${i.field}: ${i.message}`).join('; ');
      const partial = isPartial(found) || found.length > MAX_ISSUES;
      const message = partial ? `${listed}; ${onlyFirst(issues.length)}` : listed;
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

// Field names come from the input (an unknown key can be a megabyte long), so every text an
// error carries is clipped; with at most MAX_ISSUES issues, a refusal stays a few kilobytes.
const MAX_FIELD = 100;
const MAX_TEXT = 300;
const MAX_MESSAGE = 4_000;

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function onlyFirst(count: number): string {
  return count === 1
    ? 'only the first problem is listed'
    : `only the first ${count} problems are listed`;
}

function boundIssue<T extends object>(issue: T): T {
  const bounded: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(issue)) {
    bounded[key] =
      typeof value === 'string' ? clip(value, key === 'field' ? MAX_FIELD : MAX_TEXT) : value;
  }
  return bounded as T;
}

// A use case's own issue list (say a template's) gets the same bounds as the validator's.
function boundDetails(details: unknown): unknown {
  const issues = (details as { issues?: unknown } | undefined)?.issues;
  if (!Array.isArray(issues)) return details;
  return { ...(details as object), issues: issues.slice(0, MAX_ISSUES).map(boundIssue) };
}

function body(code: string, message: string, details?: unknown) {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

// A nullable object that is wrong inside (`workingHours.weekly.0.day: must be <= 7`) also
// fails its null branch and the anyOf around both; those two say nothing the inner issue
// does not, so they are left out when an issue deeper down names the problem.
// Linear in the issues (a hostile body can bring thousands): every path that has an issue below
// it is collected once, then each branch issue is looked up.
function withoutBranchNoise(found: ValidationIssue[]): ValidationIssue[] {
  const noise = (f: ValidationIssue) =>
    f.keyword === 'anyOf' || (f.keyword === 'type' && f.params.type === 'null');
  if (!found.some(noise)) return found;
  const parents = new Set<string>();
  for (const { instancePath: path } of found) {
    for (let i = path.lastIndexOf('/'); i >= 0; i = i === 0 ? -1 : path.lastIndexOf('/', i - 1)) {
      parents.add(path.slice(0, i));
    }
  }
  return found.filter((f) => !noise(f) || !parents.has(f.instancePath));
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
