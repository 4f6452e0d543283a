/** Date and time formatting in a given zone, for the coordinator's screens. */

import { currentZoneName } from './time-zones.js';
import type { FieldIssue } from './types.js';

export function formatWhen(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

export function formatTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' }).format(
    new Date(iso),
  );
}

/** "Tue 3 Mar 2026, 10:00 – 11:30 (Europe/Berlin)" */
export function formatRange(startIso: string, endIso: string, timeZone: string): string {
  return `${formatWhen(startIso, timeZone)} – ${formatTime(endIso, timeZone)} (${timeZone})`;
}

export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return [h ? `${h} h` : '', m ? `${m} min` : ''].filter(Boolean).join(' ');
}

/** The browser's own zone under its current name (Chrome still says "Asia/Calcutta"). */
export const BROWSER_ZONE = currentZoneName(Intl.DateTimeFormat().resolvedOptions().timeZone);

/** "Unknown token {{ x }} at line 2, column 7", or the message with its position. */
export function formatIssue(issue: FieldIssue): string {
  const at = issue.line ? ` at line ${issue.line}, column ${issue.column ?? 1}` : '';
  if (issue.token && issue.message.startsWith('unknown token')) {
    return `Unknown token {{ ${issue.token} }}${at}`;
  }
  const text = issue.message.charAt(0).toUpperCase() + issue.message.slice(1);
  return `${text}${at}`;
}

/** The issues of one field, formatted in one line; e.g. issuesOf(error.issues, 'candidate.body'). */
export function issuesOf(issues: FieldIssue[] | undefined, field: string): string | undefined {
  const found = (issues ?? []).filter((i) => i.field === field).map(formatIssue);
  return found.length > 0 ? found.join('; ') : undefined;
}
