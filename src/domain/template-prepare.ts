import { sanitizeTemplateHtml } from './template-html.js';
import {
  isInvitable,
  isSchedulable,
  type TemplateSource,
  validateTemplate,
} from './template-syntax.js';

/** A template as it is stored: checked, cleaned, and flagged for Send Invites. */
export interface PreparedTemplate {
  subject: string;
  body: string;
  /** Carries the Interview Link token, so Send Invites offers it (DESIGN §1). */
  invitable: boolean;
  /** Carries the Scheduling Link token, so scheduling requests offer it (DESIGN §9). */
  schedulable: boolean;
}

/**
 * Turns what an author wrote into what is stored, refusing it with positions they can find.
 * Validated twice: first as written, so line and column match the editor; then as sanitized,
 * because dropping markup can join braces into a new token ("{<span></span>{ x }}").
 */
export function prepareTemplate({ subject, body }: TemplateSource): PreparedTemplate {
  const key = `${subject}\u0000${body}`;
  const known = prepared.get(key);
  if (known) return known;
  validateTemplate({ subject, body });
  const clean = sanitizeTemplateHtml(body);
  validateTemplate({ subject, body: clean });
  const result = Object.freeze({
    subject: subject.trim(),
    body: clean,
    invitable: isInvitable(subject, clean),
    schedulable: isSchedulable(subject, clean),
  });
  if (prepared.size >= MAX_PREPARED) prepared.clear();
  prepared.set(key, result);
  return result;
}

// A pure function of its input, and every Send Invites prepares the same few templates again:
// the outcome (never a refusal) is kept. Bounded; when full it starts over.
const prepared = new Map<string, PreparedTemplate>();
const MAX_PREPARED = 200;
