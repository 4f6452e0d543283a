import { dateLocale, type Locale } from '../domain/i18n/locales.js';
import { type Translator, translator } from '../domain/i18n/translate.js';
import { formatDuration } from '../domain/template-dates.js';
import type { SchedulingPageView } from '../scheduling/open-scheduling-page.js';
import { type PageBrand, renderDocument } from './document.js';
import { html, type SafeHtml } from './html.js';
import { pageTitle, personalFooter } from './invitation-page.js';
import { webUrl } from './links.js';
import { renderSlotList, renderZoneForm, renderZoneListPage } from './slot-list.js';
import { ZONE_SCRIPT } from './zone-script.js';

/** What the candidate's page (`GET /s/<token>`, or a refused booking's 409) renders. */
export interface SchedulingPageParts extends SchedulingPageView {
  nonce: string;
  token: string;
  companyName: string;
  brand: PageBrand['brand'];
  /** The candidate's language (pageLocale: theirs, else the browser's, else the company's). */
  locale: Locale;
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
  const t = translator(view.locale);
  const heading = t.text('scheduling.heading');
  const greeting = t.text('scheduling.greeting', {
    name: view.candidateName,
    company: view.companyName,
  });
  const body = html`<main><h1>${heading}</h1><p>${greeting}</p>${summary(t, view)}${stateLine(t, view)}${view.slots.length > 0 ? zoneForm(t, view) : null}${times(t, view)}</main>${personalFooter(t)}`;
  return renderDocument({
    nonce: view.nonce,
    lang: t.locale,
    title: pageTitle(t, heading, view.companyName),
    brand: view,
    body,
    script: view.slots.length > 0 ? ZONE_SCRIPT : undefined,
  });
}

function summary(t: Translator, view: SchedulingPageParts): SafeHtml {
  const link = webUrl(view.meetingUrl);
  const where = view.location && html`<dt>${t.text('details.where')}</dt><dd>${view.location}</dd>`;
  const video =
    view.meetingUrl &&
    html`<dt>${t.text('scheduling.video')}</dt><dd>${link ? html`<a href="${link}">${view.meetingUrl}</a>` : view.meetingUrl}</dd>`;
  const duration = formatDuration(view.durationMinutes, dateLocale(t.locale));
  return html`<section class="card" aria-labelledby="interview-title"><h2 id="interview-title">${view.title}</h2><dl><dt>${t.text('scheduling.duration')}</dt><dd>${duration}</dd>${where}${video}</dl></section>`;
}

const CLOSED = {
  booked: 'scheduling.booked',
  cancelled: 'scheduling.cancelled',
  expired: 'scheduling.expired',
} as const;

function stateLine(t: Translator, view: SchedulingPageParts): SafeHtml | null {
  if (view.status === 'booked' || view.status === 'cancelled' || view.status === 'expired') {
    const kind = view.status === 'booked' ? 'confirmed' : 'closed';
    return html`<p class="status ${kind}" role="status">${t.text(CLOSED[view.status])}</p>`;
  }
  const taken =
    (view.taken && html`<p class="status closed" role="alert">${t.text('slots.taken')}</p>`) ||
    (view.problem &&
      html`<p class="status closed" role="alert">${t.text('scheduling.problem')}</p>`);
  if (view.slots.length === 0) {
    return html`${taken}<p class="status closed">${t.text('scheduling.none')}</p>`;
  }
  return taken || null;
}

function zoneForm(t: Translator, view: SchedulingPageParts): SafeHtml {
  return renderZoneForm({
    t,
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
  brand: PageBrand['brand'];
  timeZone: string;
  locale: Locale;
}): string {
  return renderZoneListPage({
    ...view,
    t: translator(view.locale),
    action: `/s/${encodeURIComponent(view.token)}`,
  });
}

function times(t: Translator, view: SchedulingPageParts): SafeHtml | null {
  const page = `/s/${encodeURIComponent(view.token)}`;
  return renderSlotList({
    ...view,
    t,
    action: `${page}/book`,
    pageHref: page,
    hint: t.text('scheduling.hint'),
  });
}
