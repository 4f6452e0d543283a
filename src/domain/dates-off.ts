import { Temporal } from 'temporal-polyfill';
import type { FieldIssue } from './errors.js';
import { isSingleLine } from './text-rules.js';

/**
 * Time off in working hours (DESIGN §9): whole local days, in the hours' zone, on which the
 * person does not work whatever their week says — a holiday, a conference, a day at home.
 * A range is inclusive at both ends: a two-week holiday is one entry.
 */
export interface DateOff {
  /** The first local date off, "YYYY-MM-DD". */
  from: string;
  /** The last local date off (inclusive), "YYYY-MM-DD"; `from` for a single day. */
  to: string;
  /** What it is ("Holiday"), for the person and their coordinators; left out when none. */
  note?: string;
}

/** Two years of single days off, or many years of holidays. */
export const MAX_DATES_OFF = 100;
export const MAX_DATE_OFF_NOTE = 200;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written YYYY-MM-DD ("2026-02-30" is not one). */
export function isPlainDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  try {
    Temporal.PlainDate.from(value, { overflow: 'reject' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Every problem of a list of dates off, each field named under `prefix`
 * ("workingHours.datesOff.3.to"): real dates, `from` not after `to`, a note of one line of at
 * most MAX_DATE_OFF_NOTE characters, and at most MAX_DATES_OFF entries.
 */
export function datesOffIssues(datesOff: readonly DateOff[], prefix: string): FieldIssue[] {
  if (datesOff.length > MAX_DATES_OFF) {
    return [{ field: prefix, message: `must list at most ${MAX_DATES_OFF} dates off` }];
  }
  const issues: FieldIssue[] = [];
  datesOff.forEach((off, index) => {
    const at = `${prefix}.${index}`;
    const from = isPlainDate(off.from);
    const to = isPlainDate(off.to);
    const message = 'must be a date written YYYY-MM-DD';
    if (!from) issues.push({ field: `${at}.from`, message });
    if (!to) issues.push({ field: `${at}.to`, message });
    if (from && to && off.to < off.from) {
      issues.push({ field: `${at}.to`, message: `must not be before the start (${off.from})` });
    }
    const note = off.note ?? '';
    if (note.length > MAX_DATE_OFF_NOTE || !isSingleLine(note)) {
      issues.push({
        field: `${at}.note`,
        message: `must be one line of at most ${MAX_DATE_OFF_NOTE} characters`,
      });
    }
  });
  return issues;
}

/** Dates off as kept: notes trimmed (an empty one left out), sorted by start then end. */
export function normalizeDatesOff(datesOff: readonly DateOff[]): DateOff[] {
  return datesOff
    .map(({ from, to, note }) => {
      const kept = note?.trim();
      return kept ? { from, to, note: kept } : { from, to };
    })
    .sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
}

/** True when the local date ("YYYY-MM-DD") falls in one of the ranges. */
export function isDateOff(date: string, datesOff: readonly DateOff[]): boolean {
  // Dates written YYYY-MM-DD compare as strings in calendar order.
  return datesOff.some((off) => off.from <= date && date <= off.to);
}
