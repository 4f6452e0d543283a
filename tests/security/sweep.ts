import type { Credentials, TestApp } from '../helpers/app.js';
import { answerProblems } from './answers.js';
import {
  caseValue,
  type HostileCase,
  isRepresentative,
  type OversizedCase,
  type TextCategory,
} from './corpus.js';
import { EMAIL_MARKUP, markupProblems } from './html-checks.js';

/** The records the sweep writes against; made once by the suite, renewed as cases use them up. */
export interface Fixtures {
  admin: Credentials;
  coordinator: Credentials;
  candidateId: string;
  interviewerId: string;
  /** A user of its own for the user-editing endpoints, so no other fixture changes. */
  userId: string;
  templateId: string;
  templates: { candidate: string; interviewer: string };
  /** A draft interview edited by PATCH; its version follows each accepted edit. */
  draft: { id: string; version: number };
  /** A draft that a successful cancel uses up; `renew` replaces it. */
  cancellable: string;
  /** An interview whose invites went out: one candidate, one interviewer. */
  invited: { id: string; candidateParticipantId: string; token: string };
  renew(): Promise<string>;
}

// biome-ignore lint/suspicious/noExplicitAny: answers are JSON of every shape.
type Json = any;

/** One write endpoint and the fields the corpus is fed into. */
export interface WriteTarget {
  name: string;
  method: 'POST' | 'PATCH';
  path: string;
  /** Dotted body paths (`candidate.subject`, `interviewerIds.0`), or `:id`/`:token` for the path. */
  fields: readonly string[];
  /**
   * `representative`: only the corpus's pipeline cases (about ten per category). For endpoints
   * that repeat a validation already swept in full elsewhere (PATCH after POST, send after
   * preview) or whose every success costs a send, a new interview or a password hash.
   */
  depth?: 'full' | 'representative';
  as?: 'admin' | 'coordinator';
  /** An HTML form post (application/x-www-form-urlencoded) answered with pages and redirects. */
  form?: true;
  /** A valid body, fresh for each request; `n` keeps emails and names unique. */
  body(f: Fixtures, n: number): Record<string, unknown>;
  param?(f: Fixtures): string;
  /** Changes a value before it is put in (an invite body must keep its Interview Link). */
  adapt?(field: string, value: unknown): unknown;
  /** Where an accepted text value comes back in the JSON answer, by field. */
  echo?: Readonly<Record<string, (data: Json) => unknown>>;
  /** HTML in an accepted answer: it must hold nothing executable. */
  html?(data: Json): string[];
  /** Header-bound text in an accepted answer (rendered subjects): it must be one line. */
  lines?(data: Json): string[];
  /** Renews what a success used up. */
  after?(f: Fixtures, data: Json): Promise<void> | void;
}

let address = 0;
/** A fresh client address per request, so per-address rate limits never mask an answer. */
export function nextAddress(): string {
  address += 1;
  return `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`;
}

let serial = 0;

/** How one request carries its case: in a field, as the raw JSON body, or unencoded in the path. */
interface Carry {
  field: string | null;
  value: unknown;
  rawBody?: string;
  /** The path parameter goes into the URL as written, `%` sequences and `../` included. */
  rawPath?: boolean;
}

/** Sends one request with the case where `carry` says, the rest of the body valid. */
export async function send(t: TestApp, f: Fixtures, target: WriteTarget, carry: Carry) {
  const { field, value, rawBody } = carry;
  serial += 1;
  const inPath = field?.startsWith(':') ?? false;
  const param = inPath ? String(value) : (target.param?.(f) ?? '');
  const url = target.path.replace(/:(id|token)/, carry.rawPath ? param : encodeURIComponent(param));
  const body = target.body(f, serial);
  if (field && !inPath) setPath(body, field, value);
  const json = { 'content-type': 'application/json' };
  const form = { 'content-type': 'application/x-www-form-urlencoded' };
  return t.call({
    method: target.method,
    url,
    as: target.as ? f[target.as] : undefined,
    remoteAddress: nextAddress(),
    ...(rawBody !== undefined
      ? { payload: rawBody, headers: json }
      : target.form
        ? { payload: formOf(body), headers: form }
        : { payload: body }),
  });
}

type FieldKind = 'html' | 'text' | 'url' | 'id' | 'list' | 'email' | 'zone' | 'secret';

/** What a field holds, from its name: it decides which cases are worth sending it. */
export function kindOf(field: string): FieldKind {
  if (/(^|\.)body$/.test(field)) return 'html';
  if (/^:|Id$|Ids\.0$/.test(field)) return 'id';
  if (/Ids$/.test(field)) return 'list';
  if (/email/i.test(field)) return 'email';
  if (/timeZone|locale|startsAt|expiresAt/.test(field)) return 'zone';
  if (/password/.test(field)) return 'secret';
  if (/Url$/.test(field)) return 'url';
  return 'text';
}

// Each kind of field gets in full the categories that probe what it guards, and the pipeline
// (representative) cases of the others: XSS matters where markup is built from the value
// (template bodies, links), a plain-text field escapes every variant alike; line breaks matter
// everywhere; traversal matters in ids, tokens and zone names.
const RELEVANT: Record<FieldKind, { full: TextCategory[]; some: TextCategory[] }> = {
  html: { full: ['xss', 'header'], some: ['ical'] },
  text: { full: ['header'], some: ['xss', 'ical'] },
  url: { full: ['xss', 'traversal'], some: ['header', 'ical'] },
  id: { full: ['traversal'], some: ['header'] },
  list: { full: [], some: ['traversal'] },
  email: { full: ['header'], some: ['ical'] },
  zone: { full: ['traversal'], some: ['header'] },
  secret: { full: [], some: ['header'] },
};

/** The cases one field of the target gets. */
export function casesFor(
  target: WriteTarget,
  field: string,
  cases: readonly HostileCase[],
): HostileCase[] {
  const { full, some } = RELEVANT[kindOf(field)];
  const first = target.fields.find((f) => !f.startsWith(':'));
  const sample = target.depth === 'representative';
  return cases.filter((c) => {
    if (c.category !== 'oversized') {
      if (c.emailOnly && kindOf(field) !== 'email') return false;
      if (!sample && full.includes(c.category)) return true;
      return isRepresentative(c) && (full.includes(c.category) || some.includes(c.category));
    }
    if (c.shape === 'body') return false;
    if (c.scope === 'endpoint') return field === first;
    if (sample && !isRepresentative(c)) return false;
    return kindOf(field) === 'list' || field === first || !isList(c);
  });
}

const lists = new WeakMap<HostileCase, boolean>();
// An array goes into list fields and the endpoint's first field; elsewhere it is one more type error.
function isList(c: OversizedCase): boolean {
  const known = lists.get(c);
  if (known !== undefined) return known;
  const list = Array.isArray(c.make());
  lists.set(c, list);
  return list;
}

/**
 * Feeds each field of the target its relevant cases (`casesFor`; ids and tokens also unencoded
 * in the path), and the target every raw-body case, and lists what went wrong: a 5xx, a leak,
 * an error without the format, an echo that is not the plain value, executable HTML or a
 * multi-line subject in an accepted answer.
 */
export async function sweep(
  t: TestApp,
  f: Fixtures,
  target: WriteTarget,
  cases: readonly HostileCase[],
): Promise<string[]> {
  const problems: string[] = [];
  for (const field of target.fields) {
    for (const c of casesFor(target, field, cases)) {
      const raw = caseValue(c);
      const value = target.adapt ? target.adapt(field, raw) : raw;
      const answer = await send(t, f, target, { field, value });
      const where = `${target.name} ${field} [${c.id}]`;
      const found = answerProblems(answer, target.form);
      if (answer.statusCode < 300) found.push(...acceptedProblems(target, field, value, answer));
      problems.push(...found.map((p) => `${where}: ${p}`));
      if (answer.statusCode < 300) await target.after?.(f, answer.data);
      if (field.startsWith(':') && c.category === 'traversal' && /^[\x21-\x7e]+$/.test(c.value)) {
        const unencoded = await send(t, f, target, { field, value, rawPath: true });
        const refused = answerProblems(unencoded, target.form);
        if (unencoded.statusCode < 400) refused.push(`accepted with ${unencoded.statusCode}`);
        problems.push(...refused.map((p) => `${where} unencoded: ${p}`));
      }
    }
  }
  for (const c of cases) {
    if (c.category !== 'oversized' || c.shape !== 'body') continue;
    const answer = await send(t, f, target, {
      field: null,
      value: undefined,
      rawBody: c.make() as string,
    });
    const found = answerProblems(answer, target.form);
    // A form ignores fields it does not know, as browsers send what a page holds; the API refuses.
    if (answer.statusCode < 400 && !target.form) found.push(`accepted with ${answer.statusCode}`);
    problems.push(...found.map((p) => `${target.name} body [${c.id}]: ${p}`));
  }
  return problems;
}

function acceptedProblems(
  target: WriteTarget,
  field: string,
  value: unknown,
  answer: { statusCode: number; headers: Record<string, unknown>; data: Json },
): string[] {
  if (target.form) return [];
  const problems: string[] = [];
  const type = String(answer.headers['content-type'] ?? '');
  // 204 No Content has no body, so no type to check.
  if (answer.statusCode !== 204 && !type.startsWith('application/json')) {
    problems.push(`answered as ${type}`);
  }
  const echo = target.echo?.[field];
  if (echo && typeof value === 'string') {
    const want = value.trim();
    const got = echo(answer.data);
    if (got !== want && !(want === '' && got === null)) {
      problems.push(`echoed ${JSON.stringify(got)?.slice(0, 80)}, not the value as sent`);
    }
  }
  for (const html of target.html?.(answer.data) ?? []) {
    problems.push(...markupProblems(html, EMAIL_MARKUP));
  }
  for (const line of target.lines?.(answer.data) ?? []) {
    if (/[\p{Cc}\u2028\u2029]/u.test(line)) problems.push(`multi-line ${JSON.stringify(line)}`);
  }
  return problems;
}

function setPath(body: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = body as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys.at(-1) as string] = value;
}

function formOf(body: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(body)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      params.append(key, typeof item === 'string' ? item : JSON.stringify(item));
    }
  }
  return params.toString();
}
