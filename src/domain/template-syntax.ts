import { type TopLevelToken, TypeGuards } from 'liquidjs';
import { AppError, type FieldIssue, MAX_ISSUES } from './errors.js';
import { clip, positionsIn, tokenize } from './template-engine.js';
import { MAX_TEMPLATE_DEPTH, tooDeepAt } from './template-limits.js';
import { INTERVIEW_LINK_TOKEN, isTokenName, SCHEDULING_LINK_TOKEN } from './template-tokens.js';

export type TemplateField = 'subject' | 'body';

/** One problem in a template, pointing at the 1-based line and column where it starts. */
export interface TemplateIssue extends FieldIssue {
  field: TemplateField;
  token?: string;
  line: number;
  column: number;
}

export interface TemplateSource {
  subject: string;
  body: string;
}

// Case-insensitive on purpose: `{{ Interview.Link }}` is reported as an unknown token, which is
// more helpful than "not a token".
const TOKEN_SHAPE = /^[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*$/i;
const LINE_BREAK = /[\r\n\u2028\u2029]/;

/**
 * The problems in a template, subject first, at most MAX_ISSUES of them (the scan stops there:
 * a body of 50,000 stray braces is 50,000 problems, and listing them helps no one); an empty
 * list means it may be saved.
 */
export function findTemplateIssues({ subject, body }: TemplateSource): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  if (subject.trim() === '') {
    issues.push({ field: 'subject', line: 1, column: 1, message: 'must not be empty' });
  }
  const breakAt = subject.search(LINE_BREAK);
  if (breakAt >= 0) {
    issues.push({
      field: 'subject',
      ...positionsIn(subject)(breakAt),
      message: 'must be one line',
    });
  }
  issues.push(...scan('subject', subject, MAX_ISSUES - issues.length));
  issues.push(...scan('body', body, MAX_ISSUES - issues.length));
  if (issues.length < MAX_ISSUES) issues.push(...depthIssue(body));
  return issues;
}

/**
 * Refuses a template that is not plain text/HTML plus known `{{ token }}` outputs, or that
 * nests elements too deep: each problem (up to MAX_ISSUES) is named with its line and column.
 */
export function validateTemplate(source: TemplateSource): void {
  const issues = findTemplateIssues(source);
  if (issues.length === 0) return;
  const listed = issues
    .map((i) => `${i.field} line ${i.line}, column ${i.column}: ${i.message}`)
    .join('; ');
  const message =
    issues.length < MAX_ISSUES
      ? listed
      : `${listed}; only the first ${MAX_ISSUES} problems are listed`;
  throw new AppError('validation_error', message, { issues });
}

/** True when the subject or body carries the Interview Link token (DESIGN §1, Send Invites). */
export function isInvitable(subject: string, body: string): boolean {
  return hasToken(subject, body, INTERVIEW_LINK_TOKEN);
}

/** True when the subject or body carries the Scheduling Link token (DESIGN §9). */
export function isSchedulable(subject: string, body: string): boolean {
  return hasToken(subject, body, SCHEDULING_LINK_TOKEN);
}

function hasToken(subject: string, body: string, name: string): boolean {
  return [subject, body].some((text) =>
    tokenize(text).tokens.some((t) => TypeGuards.isOutputToken(t) && t.content === name),
  );
}

function scan(field: TemplateField, text: string, room: number): TemplateIssue[] {
  if (room <= 0) return [];
  const { tokens, failure } = tokenize(text);
  const found: Found[] = [];
  for (const token of tokens) {
    found.push(...checkToken(token, room - found.length));
    if (found.length >= room) break;
  }
  if (failure && found.length < room) found.push(failure);
  if (found.length === 0) return [];
  const position = positionsIn(text);
  return found.map(({ offset, ...rest }) => ({ field, ...rest, ...position(offset) }));
}

function depthIssue(body: string): TemplateIssue[] {
  const at = tooDeepAt(body);
  if (at === undefined) return [];
  const message = `elements nest more than ${MAX_TEMPLATE_DEPTH} levels deep here; at most ${MAX_TEMPLATE_DEPTH} are allowed`;
  return [{ field: 'body', ...positionsIn(body)(at), message }];
}

interface Found {
  offset: number;
  message: string;
  token?: string;
}

function checkToken(token: TopLevelToken, room: number): Found[] {
  if (TypeGuards.isTagToken(token)) {
    const tag = clip(token.getText());
    return [{ offset: token.begin, message: `tags like ${tag} are not allowed, only {{ token }}` }];
  }
  if (!TypeGuards.isOutputToken(token)) return strayClosers(token.begin, token.getText(), room);
  const problem = outputProblem(token.content, token.trimLeft || token.trimRight);
  return problem ? [{ offset: token.begin, ...problem }] : [];
}

/** What is wrong with the inside of one `{{ … }}`, if anything. */
function outputProblem(content: string, trims: boolean): Omit<Found, 'offset'> | undefined {
  const name = (content.split('|')[0] ?? '').trim();
  const plain = `write {{ ${name || 'interview.title'} }}`;
  if (trims)
    return { token: name, message: `whitespace control {{- -}} is not supported; ${plain}` };
  if (content === '') return { message: `empty {{ }}; ${plain}` };
  if (content.includes('|')) {
    return { token: name, message: `filters are not allowed in {{ ${clip(content)} }}; ${plain}` };
  }
  if (!TOKEN_SHAPE.test(content)) {
    return {
      message: `{{ ${clip(content)} }} is not a token; tokens look like {{ interview.title }}`,
    };
  }
  return isTokenName(content)
    ? undefined
    : { token: content, message: `unknown token "${content}"` };
}

/** A `}}` or `%}` in plain text almost always means its opening braces were mistyped. */
function strayClosers(begin: number, text: string, room: number): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(/\}\}|%\}/g)) {
    if (found.length >= room) break;
    found.push({
      offset: begin + m.index,
      message: `"${m[0]}" has no matching "${m[0] === '}}' ? '{{' : '{%'}" before it`,
    });
  }
  return found;
}
