import { Agent, request } from 'undici';
import { type AddressRule, guardedAddressLookup } from './guarded-lookup.js';
import { describeRequestError, isNonPublicAddressError } from './request-error.js';

export interface GuardedGetOptions {
  allowAddress: AddressRule;
  /** GET unless told (CalDAV reads with PROPFIND and REPORT); kept across redirects. */
  method?: string;
  /** A request body (CalDAV's XML), sent again on each redirect hop. */
  body?: string;
  /** Sent as If-None-Match / If-Modified-Since: an unchanged resource answers 304. */
  etag?: string | null;
  lastModified?: string | null;
  headers?: Record<string, string>;
  /** For the whole request, redirects included (default 10 s). */
  timeoutMs?: number;
  /** The largest body read (default 5 MB); a larger one is refused. */
  maxBytes?: number;
  /** Redirects followed, each checked against the rule (default 3). */
  maxRedirects?: number;
}

export type GuardedGetResult =
  | { notModified: true }
  | { notModified: false; body: string; etag: string | null; lastModified: string | null };

/** A GET that did not give a usable answer; `message` is short, for people ("HTTP 404"). */
export class OutboundError extends Error {
  /** The HTTP status answered, when the failure was one (401, 404…). */
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/**
 * GETs a URL (or sends `method` with `body`, for CalDAV) under the outbound rule: http(s) only; every hop of a redirect (at most
 * `maxRedirects`) checked again, a literal address before connecting and a name by the address
 * it resolves to (the same guarded lookup as webhooks'); a time limit for the whole exchange
 * and a size cap on the body. Throws OutboundError with a short human message.
 */
export async function guardedGet(
  url: string,
  options: GuardedGetOptions,
): Promise<GuardedGetResult> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const agent = new Agent({
    connect: { lookup: guardedAddressLookup(options.allowAddress), timeout: timeoutMs },
  });
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    return await follow(url, options, agent, signal);
  } catch (caught) {
    throw asOutboundError(caught, signal);
  } finally {
    await agent.destroy();
  }
}

async function follow(
  start: string,
  options: GuardedGetOptions,
  agent: Agent,
  signal: AbortSignal,
): Promise<GuardedGetResult> {
  let url = new URL(start);
  const origin = url.origin;
  for (let hop = 0; ; hop += 1) {
    assertHop(url, options.allowAddress);
    const response = await request(url, {
      method: options.method ?? 'GET',
      dispatcher: agent,
      signal,
      body: options.body,
      headers: hopHeaders(options, url.origin === origin),
    });
    const status = response.statusCode;
    const location = header(response.headers.location);
    if (status >= 300 && status < 400 && status !== 304 && location) {
      await response.body.dump();
      if (hop >= (options.maxRedirects ?? 3)) throw new OutboundError('too many redirects');
      url = new URL(location, url);
      continue;
    }
    if (status === 304) {
      await response.body.dump();
      return { notModified: true };
    }
    if (status < 200 || status >= 300) {
      await response.body.dump();
      throw new OutboundError(`HTTP ${status}`, status);
    }
    const body = await readCapped(response.body, options.maxBytes ?? 5 * 1024 * 1024);
    return {
      notModified: false,
      body,
      etag: header(response.headers.etag) ?? null,
      lastModified: header(response.headers['last-modified']) ?? null,
    };
  }
}

// The headers of one hop: credentials (an Authorization header) go only to the origin first
// asked, never to where a redirect leads elsewhere.
function hopHeaders(options: GuardedGetOptions, sameOrigin: boolean): Record<string, string> {
  const headers: Record<string, string> = {
    accept: 'text/calendar, */*;q=0.5',
    'user-agent': 'Convene-Calendars/1',
    ...(options.etag ? { 'if-none-match': options.etag } : {}),
    ...(options.lastModified ? { 'if-modified-since': options.lastModified } : {}),
  };
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    if (sameOrigin || name.toLowerCase() !== 'authorization') headers[name.toLowerCase()] = value;
  }
  return headers;
}

// A hop's URL before connecting: the scheme, and a literal address (names are judged by the
// addresses they resolve to, in the lookup).
function assertHop(url: URL, allowAddress: AddressRule): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new OutboundError('only http and https are followed');
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (/^[\d.]+$|:/.test(host) && !allowAddress(host)) {
    throw new OutboundError('address not allowed');
  }
}

async function readCapped(body: AsyncIterable<Buffer> & { destroy(): void }, maxBytes: number) {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > maxBytes) {
      body.destroy();
      throw new OutboundError(`larger than ${sizeText(maxBytes)}`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sizeText(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return Number.isInteger(mb) ? `${mb} MB` : `${bytes} bytes`;
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function asOutboundError(caught: unknown, signal: AbortSignal): OutboundError {
  if (caught instanceof OutboundError) return caught;
  if (signal.aborted) return new OutboundError('timed out');
  if (isNonPublicAddressError(caught)) return new OutboundError('address not allowed');
  const text = describeRequestError(caught);
  return new OutboundError(/timed out|timeout/.test(text) ? 'timed out' : text);
}
