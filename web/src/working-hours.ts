/**
 * Working hours as Convene assumes them until people set their own: Monday to Friday, 09:00 to
 * 18:00 in the person's zone. An interview that starts or ends outside them is flagged before
 * anything is sent ("01:00 for Kenji Sato, Asia/Tokyo — outside working hours").
 */
export const DEFAULT_WORKING_HOURS = { days: [1, 2, 3, 4, 5], from: 9 * 60, to: 18 * 60 };

/** When an interview falls for one person: their local start, and whether it is out of hours. */
export interface LocalTime {
  /** "Tue 10:00". */
  start: string;
  /** "11:30", or "Wed 00:30" when it ends on another day. */
  end: string;
  zone: string;
  outside: boolean;
  /** Outside because of the day (a weekend), not the hour. */
  offDay: boolean;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function local(at: Date, zone: string): { day: number; minutes: number; date: string } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    weekday: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    day: WEEKDAYS.indexOf(get('weekday')),
    minutes: Number(get('hour')) * 60 + Number(get('minute')),
    date: `${get('year')}-${get('month')}-${get('day')}`,
  };
}

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The interview in one person's zone, flagged when it leaves their working hours. */
export function localTime(startsAt: Date, durationMinutes: number, zone: string): LocalTime {
  const endsAt = new Date(startsAt.getTime() + durationMinutes * 60_000);
  const start = local(startsAt, zone);
  const end = local(endsAt, zone);
  const sameDay = start.date === end.date;
  const hours = DEFAULT_WORKING_HOURS;
  const offDay = !hours.days.includes(start.day);
  const outside = offDay || !sameDay || start.minutes < hours.from || end.minutes > hours.to;
  return {
    start: `${WEEKDAYS[start.day]} ${clock(start.minutes)}`,
    end: sameDay ? clock(end.minutes) : `${WEEKDAYS[end.day]} ${clock(end.minutes)}`,
    zone,
    outside,
    offDay,
  };
}

/** "01:00 for Kenji Sato, Asia/Tokyo — outside working hours" ("Sun 11:00 …" on a day off). */
export function outOfHoursWarning(name: string, time: LocalTime): string {
  const when = time.offDay ? time.start : time.start.slice(4);
  return `${when} for ${name}, ${time.zone} — outside working hours`;
}
