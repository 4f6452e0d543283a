import type { Translator } from '../domain/i18n/translate.js';
import { html, type SafeHtml } from './html.js';
import type { InvitationPageView } from './invitation-view.js';
import { webUrl } from './links.js';

/** The participant's own event as a file: `GET /i/<token>/event.ics`. */
export function eventFilePath(token: string): string {
  return `/i/${encodeURIComponent(token)}/event.ics`;
}

// "20310304T090000Z", as Google's template link writes instants.
function compact(iso: string): string {
  const instant = new Date(iso).toISOString(); // not stored
  return instant.replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Google Calendar's "create event" link, filled in with the interview. */
export function googleCalendarUrl(view: InvitationPageView): string {
  const url = new URL('https://calendar.google.com/calendar/render');
  url.searchParams.set('action', 'TEMPLATE');
  url.searchParams.set('text', view.title);
  url.searchParams.set('dates', `${compact(view.when.startsAt)}/${compact(view.when.endsAt)}`);
  const meeting = webUrl(view.meetingUrl);
  if (meeting) url.searchParams.set('details', meeting);
  const where = view.location ?? meeting;
  if (where) url.searchParams.set('location', where);
  return url.href;
}

/** Outlook on the web's "new event" link, filled in with the interview. */
export function outlookCalendarUrl(view: InvitationPageView): string {
  const url = new URL('https://outlook.live.com/calendar/0/deeplink/compose');
  url.searchParams.set('path', '/calendar/action/compose');
  url.searchParams.set('rru', 'addevent');
  url.searchParams.set('subject', view.title);
  url.searchParams.set('startdt', new Date(view.when.startsAt).toISOString()); // not stored
  url.searchParams.set('enddt', new Date(view.when.endsAt).toISOString()); // not stored
  const meeting = webUrl(view.meetingUrl);
  if (meeting) url.searchParams.set('body', meeting);
  const where = view.location ?? meeting;
  if (where) url.searchParams.set('location', where);
  return url.href;
}

/**
 * "Add to calendar", for a participant whose mail client did not add the invite by itself: their
 * own event as a file (the invite's UID, so a calendar that has it updates it, not a copy), and
 * Google Calendar and Outlook on the web links. Only while the interview is open and they have
 * not declined.
 */
export function renderAddToCalendar(t: Translator, view: InvitationPageView): SafeHtml | null {
  if (!view.canRespond || view.attendance === 'declined') return null;
  const links = [
    html`<li><a href="${eventFilePath(view.token)}" download="interview.ics">${t.text('calendar.file')}</a></li>`,
    html`<li><a href="${googleCalendarUrl(view)}" rel="noopener noreferrer">${t.text('calendar.google')}</a></li>`,
    html`<li><a href="${outlookCalendarUrl(view)}" rel="noopener noreferrer">${t.text('calendar.outlook')}</a></li>`,
  ];
  return html`<section class="card" aria-labelledby="calendar-title"><h2 id="calendar-title">${t.text('calendar.heading')}</h2><ul class="links">${links}</ul></section>`;
}
