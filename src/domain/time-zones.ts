/** The runtime's IANA zone list, read once; 'UTC' is always accepted. */
const zones = new Set<string>([...Intl.supportedValuesOf('timeZone'), 'UTC', 'Etc/UTC']);

/** True when `value` is a time zone name the runtime knows (e.g. "Europe/Berlin"). */
export function isTimeZone(value: string): boolean {
  return zones.has(value);
}
