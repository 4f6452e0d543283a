import { invalid } from '../domain/errors.js';
import { webhookUrlIssues } from '../domain/webhook-url.js';

/** What a new calendar is made from (POST /users/:id/calendars). */
export interface CalendarInput {
  kind: string;
  url: string;
  username?: string;
  password?: string;
  label?: string | null;
}

/**
 * The URL a feed is read from: `webcal://` (what calendar apps offer to subscribe) is the same
 * feed over https.
 */
export function feedUrl(url: string): string {
  return url.replace(/^webcal:\/\//i, 'https://');
}

/**
 * A calendar's input checked, with its URL as it will be read: 400 naming the field. The
 * outbound rule is the webhooks' one: http(s), no credentials in the URL, no address or local
 * name outside the public internet unless private networks are allowed.
 */
export function assertCalendarInput(input: CalendarInput, allowPrivate: boolean): string {
  if (input.kind !== 'ics' && input.kind !== 'caldav') {
    invalid([{ field: 'kind', message: 'must be ics or caldav' }]);
  }
  // A CalDAV calendar is asked over http(s) as given; webcal:// is a feed's scheme.
  const url = input.kind === 'ics' ? feedUrl(input.url.trim()) : input.url.trim();
  const issues = webhookUrlIssues(url, allowPrivate);
  if (input.kind === 'caldav') {
    if (!input.username?.trim()) issues.push({ field: 'username', message: 'is required' });
    if (!input.password) issues.push({ field: 'password', message: 'is required' });
  }
  if (issues.length > 0) invalid(issues);
  return url;
}
