import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import {
  findSlots,
  type Interval,
  intersect,
  merge,
  type PersonAvailability,
  subtract,
  workingIntervals,
  zonedHours,
} from './availability.js';
import type { DateOff } from './dates-off.js';
import { DEFAULT_WORKING_HOURS } from './working-hours.js';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();
const spans = (list: Interval[]) => list.map((i) => `${iso(i.start)}/${iso(i.end)}`);

describe('working hours as instants', () => {
  it('turns a weekly 09:00–18:00 in Kolkata into UTC instants, weekdays only', () => {
    // Friday 2026-03-06 to Tuesday 2026-03-10 (UTC).
    const list = workingIntervals(
      { timeZone: 'Asia/Kolkata', weekly: DEFAULT_WORKING_HOURS.weekly },
      at('2026-03-06T00:00:00Z'),
      at('2026-03-10T00:00:00Z'),
    );
    expect(spans(list)).toEqual([
      '2026-03-06T03:30:00.000Z/2026-03-06T12:30:00.000Z',
      '2026-03-09T03:30:00.000Z/2026-03-09T12:30:00.000Z',
    ]);
  });

  it('follows a DST change: 09:00 in New York is 14:00 UTC before 8 March 2026 and 13:00 after', () => {
    const list = workingIntervals(
      { timeZone: 'America/New_York', weekly: [{ day: 5, start: '09:00', end: '17:00' }] },
      at('2026-03-01T00:00:00Z'),
      at('2026-03-15T00:00:00Z'),
    );
    expect(spans(list)).toEqual([
      '2026-03-06T14:00:00.000Z/2026-03-06T22:00:00.000Z',
      '2026-03-13T13:00:00.000Z/2026-03-13T21:00:00.000Z',
    ]);
  });

  it('a local time the spring change skips starts at the end of the gap; 24:00 ends the day', () => {
    // Berlin skips 02:00–03:00 on Sunday 29 March 2026.
    const list = workingIntervals(
      { timeZone: 'Europe/Berlin', weekly: [{ day: 7, start: '02:30', end: '24:00' }] },
      at('2026-03-28T00:00:00Z'),
      at('2026-03-31T00:00:00Z'),
    );
    expect(spans(list)).toEqual(['2026-03-29T01:30:00.000Z/2026-03-29T22:00:00.000Z']);
  });

  it('clips to the window and joins ranges that touch', () => {
    const list = workingIntervals(
      {
        timeZone: 'UTC',
        weekly: [
          { day: 1, start: '09:00', end: '12:00' },
          { day: 1, start: '12:00', end: '17:00' },
        ],
      },
      at('2026-03-02T10:00:00Z'),
      at('2026-03-02T16:00:00Z'),
    );
    expect(spans(list)).toEqual(['2026-03-02T10:00:00.000Z/2026-03-02T16:00:00.000Z']);
  });
});

describe('dates off', () => {
  it('removes the whole local day in the hours’ zone, not the UTC day', () => {
    // Tokyo (UTC+9) 09:00–18:00 is 00:00–09:00Z; Tuesday 3 March 2026 is off there.
    const list = workingIntervals(
      {
        timeZone: 'Asia/Tokyo',
        weekly: DEFAULT_WORKING_HOURS.weekly,
        datesOff: [{ from: '2026-03-03', to: '2026-03-03' }],
      },
      at('2026-03-02T00:00:00Z'),
      at('2026-03-05T00:00:00Z'),
    );
    expect(spans(list)).toEqual([
      '2026-03-02T00:00:00.000Z/2026-03-02T09:00:00.000Z',
      '2026-03-04T00:00:00.000Z/2026-03-04T09:00:00.000Z',
    ]);
  });

  it('takes out exactly the 23 hours of a day off on which the clocks go forward', () => {
    // New York moves to summer time on Sunday 8 March 2026; someone who works all day, every day.
    const always = [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, start: '00:00', end: '24:00' }));
    const list = workingIntervals(
      {
        timeZone: 'America/New_York',
        weekly: always,
        datesOff: [{ from: '2026-03-08', to: '2026-03-08' }],
      },
      at('2026-03-07T12:00:00Z'),
      at('2026-03-09T12:00:00Z'),
    );
    // Saturday ends at local midnight (05:00Z, still winter time); Monday starts at 04:00Z.
    expect(spans(list)).toEqual([
      '2026-03-07T12:00:00.000Z/2026-03-08T05:00:00.000Z',
      '2026-03-09T04:00:00.000Z/2026-03-09T12:00:00.000Z',
    ]);
  });

  it('uses the user’s zone when the hours follow them, and the default hours too', () => {
    const hours = zonedHours(
      {
        timeZone: null,
        weekly: DEFAULT_WORKING_HOURS.weekly,
        datesOff: [{ from: '2026-03-02', to: '2026-03-06' }],
      },
      'Europe/Berlin',
    );
    expect(workingIntervals(hours, at('2026-03-01T00:00:00Z'), at('2026-03-08T00:00:00Z'))).toEqual(
      [],
    );
    expect(zonedHours(null, 'UTC').datesOff).toEqual([]);
  });

  // Over random weeks, zones (some crossing a DST change in the window) and dates off: the hours
  // with dates off are exactly the hours without them less each day off, midnight to midnight in
  // the hours' zone; so no slot found from them starts or ends on a date off.
  const zone = fc.constantFrom(
    'UTC',
    'America/New_York',
    'Europe/Berlin',
    'Asia/Kolkata',
    'Australia/Lord_Howe',
    'Pacific/Chatham',
  );
  const range = fc
    .tuple(
      fc.integer({ min: 1, max: 7 }),
      fc.integer({ min: 0, max: 47 }),
      fc.integer({ min: 1, max: 48 }),
    )
    .map(([day, a, b]) => {
      const start = Math.min(a, 47);
      const end = Math.min(48, start + b);
      const hhmm = (half: number) =>
        `${String(Math.floor(half / 2)).padStart(2, '0')}:${half % 2 ? '30' : '00'}`;
      return { day, start: hhmm(start), end: hhmm(end) };
    });
  // Weekly ranges of one day may overlap here: workingIntervals merges them anyway.
  // Around the European (29 March) and southern (5 April) clock changes of 2026.
  const first = Temporal.PlainDate.from('2026-03-23');
  const dateOff = fc.tuple(fc.integer({ min: -2, max: 18 }), fc.integer({ min: 0, max: 6 })).map(
    ([offset, length]): DateOff => ({
      from: first.add({ days: offset }).toString(),
      to: first.add({ days: offset + length }).toString(),
    }),
  );
  const dayStart = (date: Temporal.PlainDate, timeZone: string) =>
    date.toZonedDateTime({ timeZone }).toInstant().epochMilliseconds;

  it('property: dates off take out whole local days and nothing else; no slot falls on one', () => {
    fc.assert(
      fc.property(
        zone,
        fc.array(range, { minLength: 1, maxLength: 8 }),
        fc.array(dateOff, { maxLength: 4 }),
        (timeZone, weekly, datesOff) => {
          const from = at('2026-03-24T00:00:00Z');
          const to = at('2026-04-09T00:00:00Z');
          const withOff = workingIntervals({ timeZone, weekly, datesOff }, from, to);
          const days = datesOff.flatMap((off) => {
            const spansOff: Interval[] = [];
            for (
              let d = Temporal.PlainDate.from(off.from);
              Temporal.PlainDate.compare(d, Temporal.PlainDate.from(off.to)) <= 0;
              d = d.add({ days: 1 })
            ) {
              spansOff.push({
                start: dayStart(d, timeZone),
                end: dayStart(d.add({ days: 1 }), timeZone),
              });
            }
            return spansOff;
          });
          expect(withOff).toEqual(
            subtract(workingIntervals({ timeZone, weekly }, from, to), merge(days)),
          );
          const slots = findSlots({
            people: [{ working: withOff, busy: [] }],
            durationMinutes: 30,
            from,
            to,
            now: from,
            limit: 100_000,
          });
          const localDate = (ms: number) =>
            Temporal.Instant.fromEpochMilliseconds(ms)
              .toZonedDateTimeISO(timeZone)
              .toPlainDate()
              .toString();
          for (const slot of slots) {
            for (const instant of [slot.start, slot.end - 1]) {
              const date = localDate(instant);
              expect(datesOff.some((off) => off.from <= date && date <= off.to)).toBe(false);
            }
          }
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe('the slot finder', () => {
  const monday = (hhmm: string) => at(`2026-03-02T${hhmm}:00Z`);
  const workday: Interval = { start: monday('09:00'), end: monday('17:00') };

  it('returns the times when everyone is free, earliest first, on the step', () => {
    const slots = findSlots({
      people: [
        { working: [workday], busy: [{ start: monday('09:00'), end: monday('10:15') }] },
        { working: [workday], busy: [{ start: monday('11:00'), end: monday('15:00') }] },
      ],
      durationMinutes: 45,
      from: monday('00:00'),
      to: monday('23:59'),
      now: monday('00:00'),
      stepMinutes: 15,
    });
    expect(slots.map((s) => iso(s.start).slice(11, 16))).toEqual([
      '10:15',
      '15:00',
      '15:15',
      '15:30',
      '15:45',
      '16:00',
      '16:15',
    ]);
    expect(slots.every((s) => s.end - s.start === 45 * 60_000)).toBe(true);
  });

  it('keeps the buffer around busy times and the minimum notice from now', () => {
    const slots = findSlots({
      people: [{ working: [workday], busy: [{ start: monday('12:00'), end: monday('13:00') }] }],
      durationMinutes: 60,
      from: monday('00:00'),
      to: monday('23:59'),
      now: monday('08:00'),
      minNoticeMinutes: 120,
      bufferMinutes: 30,
      stepMinutes: 30,
    });
    expect(slots.map((s) => iso(s.start).slice(11, 16))).toEqual([
      '10:00',
      '10:30',
      '13:30',
      '14:00',
      '14:30',
      '15:00',
      '15:30',
      '16:00',
    ]);
  });

  it('finds nothing when someone never works in the window, or for no one', () => {
    const base = { durationMinutes: 30, from: monday('00:00'), to: monday('23:00') };
    expect(
      findSlots({
        ...base,
        now: 0,
        people: [
          { working: [workday], busy: [] },
          { working: [], busy: [] },
        ],
      }),
    ).toEqual([]);
    expect(findSlots({ ...base, now: 0, people: [] })).toEqual([]);
  });

  // Properties over random calendars: a slot never meets a busy time (with its buffer) or leaves
  // anyone's working hours or the window, and no free start on the grid is missed.
  const MIN = 60_000;
  const origin = monday('00:00');
  const interval = fc
    .tuple(fc.integer({ min: 0, max: 48 * 60 }), fc.integer({ min: 5, max: 8 * 60 }))
    .map(([offset, length]) => ({
      start: origin + offset * MIN,
      end: origin + (offset + length) * MIN,
    }));
  const person = fc.record({
    working: fc.array(interval, { maxLength: 4 }),
    busy: fc.array(interval, { maxLength: 6 }),
  });
  const query = fc.record({
    people: fc.array(person, { minLength: 1, maxLength: 3 }),
    durationMinutes: fc.integer({ min: 15, max: 120 }),
    fromOffset: fc.integer({ min: 0, max: 24 * 60 }),
    windowLength: fc.integer({ min: 60, max: 48 * 60 }),
    bufferMinutes: fc.integer({ min: 0, max: 30 }),
    minNoticeMinutes: fc.integer({ min: 0, max: 600 }),
    stepMinutes: fc.constantFrom(5, 15, 30, 60),
  });

  const within = (slot: Interval, span: Interval) =>
    slot.start >= span.start && slot.end <= span.end;
  const overlaps = (a: Interval, b: Interval) => a.start < b.end && b.start < a.end;
  const fits = (slot: Interval, people: PersonAvailability[], buffer: number) =>
    people.every(
      (p) =>
        merge(p.working).some((w) => within(slot, w)) &&
        !p.busy.some((b) => overlaps(slot, { start: b.start - buffer, end: b.end + buffer })),
    );

  it('property: every slot is free for everyone, inside working hours and the window; none is missed', () => {
    fc.assert(
      fc.property(query, (q) => {
        const from = origin + q.fromOffset * MIN;
        const to = from + q.windowLength * MIN;
        const now = origin + 6 * 60 * MIN;
        const buffer = q.bufferMinutes * MIN;
        const slots = findSlots({ ...q, from, to, now, limit: 100_000 });
        const earliest = Math.max(from, now + q.minNoticeMinutes * MIN);
        for (const [i, slot] of slots.entries()) {
          expect(slot.end - slot.start).toBe(q.durationMinutes * MIN);
          expect(slot.start).toBeGreaterThanOrEqual(earliest);
          expect(slot.end).toBeLessThanOrEqual(to);
          expect(slot.start % (q.stepMinutes * MIN)).toBe(0);
          expect(fits(slot, q.people, buffer)).toBe(true);
          if (i > 0) expect(slot.start).toBeGreaterThan((slots[i - 1] as Interval).start);
        }
        // Completeness: every start on the grid that fits is returned.
        const step = q.stepMinutes * MIN;
        const expected: number[] = [];
        for (
          let s = Math.ceil(earliest / step) * step;
          s + q.durationMinutes * MIN <= to;
          s += step
        ) {
          if (fits({ start: s, end: s + q.durationMinutes * MIN }, q.people, buffer))
            expected.push(s);
        }
        expect(slots.map((s) => s.start)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('property: subtract and intersect agree with a minute-by-minute count', () => {
    const list = fc.array(interval, { maxLength: 5 }).map(merge);
    fc.assert(
      fc.property(list, list, (a, b) => {
        const covered = (xs: Interval[], t: number) => xs.some((x) => t >= x.start && t < x.end);
        const minus = subtract(a, b);
        const both = intersect(a, b);
        for (let t = origin; t < origin + 57 * 60 * MIN; t += 5 * MIN) {
          expect(covered(minus, t)).toBe(covered(a, t) && !covered(b, t));
          expect(covered(both, t)).toBe(covered(a, t) && covered(b, t));
        }
      }),
      { numRuns: 200 },
    );
  });
});
