/** The JSON API client: one place that knows the error format and the CSRF header. */
import type { ApiErrorBody, FieldIssue } from './types.js';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** With a 400 validation_error: each refused field and why. */
  readonly issues: FieldIssue[];
  readonly details: Record<string, unknown> | undefined;

  constructor(status: number, body: ApiErrorBody | undefined) {
    super(body?.error.message ?? `Request failed (${status})`);
    this.status = status;
    this.code = body?.error.code ?? 'error';
    this.issues = body?.error.details?.issues ?? [];
    this.details = body?.error.details;
  }

  /** The message for one field, e.g. "timeZone", for inline form errors. */
  forField(field: string): string | undefined {
    return this.issues.find((i) => i.field === field)?.message;
  }
}

let csrfToken = '';

/** Remembered from sign-in / GET /session; sent with every write. */
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

/** Calls the API; throws ApiError with the server's message on any 4xx/5xx. */
export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  const response = await fetch(`/api/v1${path}`, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 204) return undefined as T;
  const data = (await response.json().catch(() => undefined)) as unknown;
  if (!response.ok) throw new ApiError(response.status, data as ApiErrorBody | undefined);
  return data as T;
}

/** Builds a query string, leaving out empty values. */
export function query(
  params: Record<string, string | number | boolean | string[] | undefined | null>,
): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const v of value) search.append(key, v);
    else search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
