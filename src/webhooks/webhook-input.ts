import { randomBytes } from 'node:crypto';
import { type FieldIssue, invalid } from '../domain/errors.js';
import { isSingleLine } from '../domain/text-rules.js';
import { WEBHOOK_EVENTS } from '../domain/webhook-events.js';
import { webhookUrlIssues } from '../domain/webhook-url.js';

/** What a subscription may be created or changed with. */
export interface WebhookInput {
  url?: string | undefined;
  /** Your own signing secret (`whsec_` + base64 of 24 to 64 bytes); left out, one is made. */
  secret?: string | undefined;
  events?: string[] | undefined;
  description?: string | null | undefined;
  active?: boolean | undefined;
}

/** A Standard Webhooks secret: `whsec_` and 24 random bytes in base64. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString('base64')}`;
}

/** Refuses bad input with 400 naming each field; `creating` makes url and events required. */
export function assertWebhookInput(
  input: WebhookInput,
  allowPrivate: boolean,
  creating: boolean,
): void {
  const issues: FieldIssue[] = [];
  if (input.url !== undefined) issues.push(...webhookUrlIssues(input.url.trim(), allowPrivate));
  else if (creating) issues.push({ field: 'url', message: 'is required' });
  if (input.events !== undefined) {
    if (input.events.length === 0)
      issues.push({ field: 'events', message: 'must name at least one event' });
    for (const [i, event] of input.events.entries()) {
      if (!(WEBHOOK_EVENTS as readonly string[]).includes(event)) {
        issues.push({
          field: `events.${i}`,
          message: `"${event.slice(0, 60)}" is not one of ${WEBHOOK_EVENTS.join(', ')}`,
        });
      }
    }
  } else if (creating) issues.push({ field: 'events', message: 'is required' });
  if (input.secret !== undefined && !isWebhookSecret(input.secret)) {
    issues.push({
      field: 'secret',
      message: 'must be whsec_ followed by the base64 of 24 to 64 random bytes',
    });
  }
  const description = input.description;
  if (description && (!isSingleLine(description) || description.length > 500)) {
    issues.push({ field: 'description', message: 'must be one line of at most 500 characters' });
  }
  if (issues.length > 0) invalid(issues);
}

/** Whether a given secret has the Standard Webhooks shape and enough bytes to be one. */
function isWebhookSecret(value: string): boolean {
  const match = /^whsec_([A-Za-z0-9+/]+={0,2})$/.exec(value);
  if (!match?.[1]) return false;
  const bytes = Buffer.from(match[1], 'base64').length;
  return bytes >= 24 && bytes <= 64;
}
