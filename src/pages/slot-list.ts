import { groupSlotsByDay } from '../domain/scheduling-rules.js';
import { formatDate } from '../domain/template-dates.js';
import { html, type SafeHtml } from './html.js';

const LOCALE = 'en-GB';

/**
 * The zone switch of a page listing times: a GET form back to the same page with `?tz=`. The
 * zone script (zone-script.ts) submits it for the browser's zone on a first visit.
 */
export function renderZoneForm(timeZone: string): SafeHtml {
  const zones = Intl.supportedValuesOf('timeZone');
  const all = zones.includes(timeZone) ? zones : [timeZone, ...zones];
  // An option's value is its text when it has no value attribute: some 400 zones, half the bytes.
  const options = all.map(
    (zone) => html`<option${zone === timeZone ? html` selected` : null}>${zone}</option>`,
  );
  return html`<form method="get" class="zone" data-zone="${timeZone}"><label for="tz">Times are shown in</label><select id="tz" name="tz">${options}</select> <button type="submit" class="secondary">Show times</button></form>`;
}

/** What a list of times to choose from needs. */
export interface SlotListParts {
  /** Start times (epoch ms), in order. */
  slots: readonly number[];
  durationMinutes: number;
  timeZone: string;
  /** Where choosing a time posts `startsAt` (a path the page builds from its token). */
  action: string;
  /** One line under the heading: what pressing a time does. */
  hint: string;
}

/**
 * Free times grouped by day in the viewer's zone, each a button of a plain POST form (so
 * choosing one needs no script); nothing when there are none.
 */
export function renderSlotList(parts: SlotListParts): SafeHtml | null {
  const { slots, timeZone, durationMinutes, action } = parts;
  if (slots.length === 0) return null;
  const clock = new Intl.DateTimeFormat(LOCALE, { timeZone, hour: '2-digit', minute: '2-digit' });
  const days = groupSlotsByDay(slots, timeZone).map((day, i) => {
    const heading = formatDate(new Date(day.starts[0] as number), { timeZone, locale: LOCALE });
    const buttons = day.starts.map((start) => {
      const from = new Date(start);
      const to = new Date(start + durationMinutes * 60_000);
      const value = from.toISOString(); // not stored
      // A button in a form submits by default; the list's style colours it (page-style.ts).
      return html`<li><button name="startsAt" value="${value}">${clock.format(from)} – ${clock.format(to)}</button></li>`;
    });
    return html`<section class="card" aria-labelledby="day-${i}"><h2 id="day-${i}">${heading}</h2><form method="post" action="${action}"><ul class="slots">${buttons}</ul></form></section>`;
  });
  return html`<h2>Free times (${timeZone})</h2><p class="sub">${parts.hint}</p>${days}`;
}
