import { formatDuration } from '../domain/template-dates.js';
import type { SchedulingPageView } from '../scheduling/open-scheduling-page.js';
import { renderDocument } from './document.js';
import { html, type SafeHtml } from './html.js';
import { webUrl } from './links.js';
import { renderSlotList, renderZoneForm, renderZoneListPage } from './slot-list.js';
import { ZONE_SCRIPT } from './zone-script.js';

const LOCALE = 'en-GB';

/** What the candidate's page (`GET /s/<token>`, or a refused booking's 409) renders. */
export interface SchedulingPageParts extends SchedulingPageView {
  nonce: string;
  token: string;
  companyName: string;
  /** The time the candidate chose was taken meanwhile: say so above the fresh times. */
  taken?: boolean | undefined;
  /** The booking was refused for another reason (say, an interviewer left): ask them to write. */
  problem?: boolean | undefined;
}

/**
 * The candidate's scheduling page: the interview asked for, and the free times grouped by day in
 * their zone, each a button of a plain POST form, so it works without script. A GET form
 * switches the zone; the one script only moves to the browser's zone on a first visit.
 */
export function renderSchedulingPage(view: SchedulingPageParts): string {
  const body = html`<header><p>${view.companyName}</p></header><main><h1>Choose your interview time</h1><p>Hello ${view.candidateName}, ${view.companyName} invites you to pick a time for your interview.</p>${summary(view)}${stateLine(view)}${view.slots.length > 0 ? zoneForm(view) : null}${times(view)}</main><footer><p>This link is personal to you. Please do not forward it.</p></footer>`;
  return renderDocument({
    nonce: view.nonce,
    title: `Choose your interview time · ${view.companyName}`,
    body,
    script: view.slots.length > 0 ? ZONE_SCRIPT : undefined,
  });
}

function summary(view: SchedulingPageParts): SafeHtml {
  const link = webUrl(view.meetingUrl);
  const where = view.location && html`<dt>Where</dt><dd>${view.location}</dd>`;
  const video =
    view.meetingUrl &&
    html`<dt>Video call</dt><dd>${link ? html`<a href="${link}">${view.meetingUrl}</a>` : view.meetingUrl}</dd>`;
  return html`<section class="card" aria-labelledby="interview-title"><h2 id="interview-title">${view.title}</h2><dl><dt>Duration</dt><dd>${formatDuration(view.durationMinutes, LOCALE)}</dd>${where}${video}</dl></section>`;
}

const CLOSED = {
  booked:
    'You have booked your interview. The confirmation email we sent you has your Interview Details link.',
  cancelled: 'This request has been withdrawn. Please contact the person who sent it.',
  expired: 'The time for choosing has passed. Please contact the person who sent this request.',
} as const;

function stateLine(view: SchedulingPageParts): SafeHtml | null {
  if (view.status === 'booked' || view.status === 'cancelled' || view.status === 'expired') {
    const kind = view.status === 'booked' ? 'confirmed' : 'closed';
    return html`<p class="status ${kind}" role="status">${CLOSED[view.status]}</p>`;
  }
  const taken =
    (view.taken &&
      html`<p class="status closed" role="alert">Sorry, that time was just taken. Please choose another one below.</p>`) ||
    (view.problem &&
      html`<p class="status closed" role="alert">Sorry, that time could not be booked. Please contact the person who sent this request.</p>`);
  if (view.slots.length === 0) {
    return html`${taken}<p class="status closed">No free times are left. Please contact the person who sent this request.</p>`;
  }
  return taken || null;
}

function zoneForm(view: SchedulingPageParts): SafeHtml {
  return renderZoneForm({
    timeZone: view.timeZone,
    choices: view.zoneChoices,
    othersHref: `/s/${encodeURIComponent(view.token)}/zone`,
  });
}

/**
 * The full list of zones, on a page of its own so the times page stays small (DESIGN §9); its
 * GET form opens the times page in the zone chosen.
 */
export function renderZonePage(view: {
  nonce: string;
  token: string;
  companyName: string;
  timeZone: string;
}): string {
  return renderZoneListPage({ ...view, action: `/s/${encodeURIComponent(view.token)}` });
}

function times(view: SchedulingPageParts): SafeHtml | null {
  const page = `/s/${encodeURIComponent(view.token)}`;
  return renderSlotList({
    ...view,
    action: `${page}/book`,
    pageHref: page,
    hint: 'Choose one; it is booked at once and you get an email with the details.',
  });
}
