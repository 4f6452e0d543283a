import { dateLocale } from '../domain/i18n/locales.js';
import type { Translator } from '../domain/i18n/translate.js';
import { groupSlotsByDay } from '../domain/scheduling-rules.js';
import { formatDate } from '../domain/template-dates.js';
import { type PageBrand, renderDocument } from './document.js';
import { html, type SafeHtml } from './html.js';
import { pageTitle } from './invitation-page.js';

// The pieces every page that lists times to choose is made of (the scheduling page, the
// candidate's reschedule page): a short zone switch, every zone on a page of its own, and the
// times by day in the viewer's zone, a page at a time, so each page stays under 30 KB.

/** What the short zone switch needs. */
export interface ZoneFormParts {
  t: Translator;
  timeZone: string;
  /** The few zones offered in place: the one shown first. */
  choices: readonly string[];
  /** The page listing every zone. */
  othersHref: string;
}

/**
 * A GET form back to the same page with `?tz=`, offering a few zones and a link to all of them.
 * The zone script (zone-script.ts) opens the page in the browser's zone on a first visit.
 */
export function renderZoneForm({ t, timeZone, choices, othersHref }: ZoneFormParts): SafeHtml {
  const options = choices.map(
    (zone) =>
      html`<option value="${zone}"${zone === timeZone ? html` selected` : null}>${zone}</option>`,
  );
  return html`<form method="get" class="zone" data-zone="${timeZone}"><label for="tz">${t.text('zone.shownIn')}</label><select id="tz" name="tz">${options}</select> <button type="submit" class="secondary">${t.text('zone.show')}</button> <a href="${othersHref}">${t.text('zone.another')}</a></form>`;
}

/**
 * The full list of zones, on a page of its own so the times page stays small (DESIGN §9); its
 * GET form opens `action` (the times page) in the zone chosen.
 */
export function renderZoneListPage(view: {
  t: Translator;
  nonce: string;
  companyName: string;
  brand: PageBrand['brand'];
  timeZone: string;
  action: string;
}): string {
  const zones = Intl.supportedValuesOf('timeZone');
  const all = zones.includes(view.timeZone) ? zones : [view.timeZone, ...zones];
  // The option's text is its value: half the bytes of writing both.
  const options = all.map((zone) =>
    zone === view.timeZone
      ? html`<option selected>${zone}</option>`
      : html`<option>${zone}</option>`,
  );
  const { t } = view;
  const heading = t.text('zone.heading');
  const body = html`<main><h1>${heading}</h1><form method="get" action="${view.action}" class="zone"><label for="tz">${t.text('zone.label')}</label><select id="tz" name="tz">${options}</select> <button type="submit" class="primary">${t.text('zone.show')}</button></form></main>`;
  return renderDocument({
    nonce: view.nonce,
    lang: t.locale,
    title: pageTitle(t, heading, view.companyName),
    brand: view,
    body,
  });
}

/** What a page of times to choose from needs. */
export interface SlotListParts {
  t: Translator;
  /** This page's start times (epoch ms), in order. */
  slots: readonly number[];
  durationMinutes: number;
  timeZone: string;
  /** Where choosing a time posts `startsAt`. */
  action: string;
  /** The times page itself, for the Later / Earliest links. */
  pageHref: string;
  /** One line under the heading: what pressing a time does. */
  hint: string;
  /** More free times follow this page's ("Later times"). */
  more: boolean;
  /** This page starts after the earliest free time ("Earliest times" goes back). */
  paged: boolean;
}

/**
 * Free times grouped by day in the viewer's zone, each a button of a plain POST form (so
 * choosing one needs no script), then links to later and earliest times; nothing when none.
 */
export function renderSlotList(parts: SlotListParts): SafeHtml | null {
  const { t, slots, timeZone, durationMinutes, action } = parts;
  if (slots.length === 0) return null;
  const locale = dateLocale(t.locale);
  const clock = new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' });
  const days = groupSlotsByDay(slots, timeZone).map((day, i) => {
    const heading = formatDate(new Date(day.starts[0] as number), { timeZone, locale });
    const buttons = day.starts.map((start) => {
      const from = new Date(start);
      const to = new Date(start + durationMinutes * 60_000);
      const value = from.toISOString(); // not stored
      return html`<li><button name="startsAt" value="${value}">${clock.format(from)} – ${clock.format(to)}</button></li>`;
    });
    return html`<section class="card" aria-labelledby="day-${i}"><h2 id="day-${i}">${heading}</h2><form method="post" action="${action}"><ul class="slots">${buttons}</ul></form></section>`;
  });
  return html`<h2>${t.text('slots.heading', { zone: timeZone })}</h2><p class="sub">${parts.hint}</p>${days}${pager(parts)}`;
}

// Later times continue after the last one shown; the zone shown stays.
function pager(parts: SlotListParts): SafeHtml | null {
  if (!parts.more && !parts.paged) return null;
  const base = `${parts.pageHref}?tz=${encodeURIComponent(parts.timeZone)}`;
  const last = parts.slots[parts.slots.length - 1] as number;
  const later = `${base}&after=${encodeURIComponent(new Date(last).toISOString())}`; // not stored
  const { t } = parts;
  const earliest = parts.paged && html`<a href="${base}">${t.text('slots.earliest')}</a> `;
  const next = parts.more && html`<a href="${later}">${t.text('slots.later')}</a>`;
  return html`<nav class="pager" aria-label="${t.text('slots.more')}">${earliest}${next}</nav>`;
}
