import { groupSlotsByDay } from '../domain/scheduling-rules.js';
import { formatDate, formatDuration } from '../domain/template-dates.js';
import type { SchedulingPageView } from '../scheduling/open-scheduling-page.js';
import { renderDocument } from './document.js';
import { html, type SafeHtml } from './html.js';
import { webUrl } from './links.js';
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
  const options = view.zoneChoices.map(
    (zone) =>
      html`<option value="${zone}"${zone === view.timeZone ? html` selected` : null}>${zone}</option>`,
  );
  const others = `/s/${encodeURIComponent(view.token)}/zone`;
  return html`<form method="get" class="zone" data-zone="${view.timeZone}"><label for="tz">Times are shown in</label><select id="tz" name="tz">${options}</select> <button type="submit" class="secondary">Show times</button> <a href="${others}">Another time zone</a></form>`;
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
  const zones = Intl.supportedValuesOf('timeZone');
  const all = zones.includes(view.timeZone) ? zones : [view.timeZone, ...zones];
  // The option's text is its value: half the bytes of writing both.
  const options = all.map((zone) =>
    zone === view.timeZone
      ? html`<option selected>${zone}</option>`
      : html`<option>${zone}</option>`,
  );
  const action = `/s/${encodeURIComponent(view.token)}`;
  const body = html`<header><p>${view.companyName}</p></header><main><h1>Choose your time zone</h1><form method="get" action="${action}" class="zone"><label for="tz">Time zone</label><select id="tz" name="tz">${options}</select> <button type="submit" class="primary">Show times</button></form></main>`;
  return renderDocument({
    nonce: view.nonce,
    title: `Choose your time zone · ${view.companyName}`,
    body,
  });
}

function times(view: SchedulingPageParts): SafeHtml | null {
  if (view.slots.length === 0) return null;
  const clock = new Intl.DateTimeFormat(LOCALE, {
    timeZone: view.timeZone,
    hour: '2-digit',
    minute: '2-digit',
  });
  const action = `/s/${encodeURIComponent(view.token)}/book`;
  const days = groupSlotsByDay(view.slots, view.timeZone).map((day, i) => {
    const heading = formatDate(new Date(day.starts[0] as number), {
      timeZone: view.timeZone,
      locale: LOCALE,
    });
    const buttons = day.starts.map((start) => {
      const from = new Date(start);
      const to = new Date(start + view.durationMinutes * 60_000);
      const value = from.toISOString(); // not stored
      return html`<li><button name="startsAt" value="${value}">${clock.format(from)} – ${clock.format(to)}</button></li>`;
    });
    return html`<section class="card" aria-labelledby="day-${i}"><h2 id="day-${i}">${heading}</h2><form method="post" action="${action}"><ul class="slots">${buttons}</ul></form></section>`;
  });
  return html`<h2>Free times (${view.timeZone})</h2><p class="sub">Choose one; it is booked at once and you get an email with the details.</p>${days}${pager(view)}`;
}

// Later times continue after the last one shown; the zone shown stays.
function pager(view: SchedulingPageParts): SafeHtml | null {
  if (!view.more && !view.paged) return null;
  const base = `/s/${encodeURIComponent(view.token)}?tz=${encodeURIComponent(view.timeZone)}`;
  const last = view.slots[view.slots.length - 1] as number;
  const later = `${base}&after=${encodeURIComponent(new Date(last).toISOString())}`; // not stored
  return html`<nav class="pager" aria-label="More times">${view.paged ? html`<a href="${base}">Earliest times</a> ` : null}${view.more ? html`<a href="${later}">Later times</a>` : null}</nav>`;
}
