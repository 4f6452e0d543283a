import type { people } from './i18n/en/people.js';
import type { Translate } from './i18n/translate.js';
import type { DateOff, WorkingHours } from './types.js';

/** One entry of the Time off list as the editor shows it: dates from date inputs, a note. */
export interface DateOffDraft {
  /** "YYYY-MM-DD", or "" while not chosen. */
  from: string;
  to: string;
  note: string;
}

/** The server's limits (src/domain/dates-off.ts). */
export const MAX_DATES_OFF = 100;
export const MAX_NOTE = 200;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A user's dates off as the editor shows them. */
export function datesOffDraft(hours: WorkingHours | null): DateOffDraft[] {
  return (hours?.datesOff ?? []).map((d) => ({ from: d.from, to: d.to, note: d.note ?? '' }));
}

/** A new entry: one day, the given date (today, in the person's zone). */
export function newDateOff(date: string): DateOffDraft {
  return { from: date, to: date, note: '' };
}

/** The entries as PATCH /users/:id takes them; an empty note is left out. */
export function datesOffToSend(drafts: DateOffDraft[]): DateOff[] {
  return drafts.map(({ from, to, note }) =>
    note.trim() ? { from, to, note: note.trim() } : { from, to },
  );
}

/**
 * The first thing the server would refuse, as a sentence in the people area's words; undefined
 * when there is none.
 */
export function checkDatesOff(
  drafts: DateOffDraft[],
  t: Translate<typeof people>,
): string | undefined {
  if (drafts.length > MAX_DATES_OFF) return t('off.checkTooMany', { max: MAX_DATES_OFF });
  for (const [index, d] of drafts.entries()) {
    const entry = index + 1;
    if (!DATE.test(d.from) || !DATE.test(d.to)) return t('off.checkDays', { entry });
    if (d.to < d.from) return t('off.checkOrder', { entry });
    if (d.note.trim().length > MAX_NOTE) return t('off.checkNote', { entry, max: MAX_NOTE });
  }
  return undefined;
}
