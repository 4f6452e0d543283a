/** The runtime's canonical IANA zones, read once. */
const canonical = new Set<string>(Intl.supportedValuesOf('timeZone'));
const NAME = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;

/**
 * True when `value` names a zone the runtime knows (e.g. "Europe/Berlin"). Beyond the canonical
 * list, names ICU accepts as links count too: Node 20 lists "Asia/Calcutta" but people write
 * "Asia/Kolkata", and "UTC" is not in the list at all. Offsets like "+01:00" are not zones.
 */
export function isTimeZone(value: string): boolean {
  if (canonical.has(value)) return true;
  if (!NAME.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
