/** Date and time formatting in a given zone, for the coordinator's screens. */

export function formatWhen(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

export function formatTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' }).format(
    new Date(iso),
  );
}

/** "Tue 3 Mar 2026, 10:00 – 11:30 (Europe/Berlin)" */
export function formatRange(startIso: string, endIso: string, timeZone: string): string {
  return `${formatWhen(startIso, timeZone)} – ${formatTime(endIso, timeZone)} (${timeZone})`;
}

export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return [h ? `${h} h` : '', m ? `${m} min` : ''].filter(Boolean).join(' ');
}

/** The zones the runtime knows, for time-zone pickers. */
export const TIME_ZONES: string[] = [
  'UTC',
  ...Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC'),
];

/** The browser's own zone, the default for new things. */
export const BROWSER_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
