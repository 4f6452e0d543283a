import { getTimeZones, timeZonesNames } from '@vvo/tzdb';

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

// The zones' current IANA names (tzdb's list: "Asia/Kolkata", "Europe/Kyiv"), and for every
// other name tzdb groups with one (old spellings such as "Asia/Calcutta" and "Europe/Kiev",
// links such as "US/Eastern"), the current name it stands for. ICU on Node 20 still reports the
// old spellings as canonical, so this comes from @vvo/tzdb's data, not from Intl.
const CURRENT = new Set<string>(timeZonesNames);
const CURRENT_BY_LOWER = new Map(timeZonesNames.map((name) => [name.toLowerCase(), name]));
const CURRENT_NAME = new Map<string, string>();
for (const zone of getTimeZones({ includeUtc: true })) {
  const utc = zone.group.includes('UTC');
  for (const name of zone.group) {
    if (CURRENT.has(name)) continue;
    // Convene's default zone is written "UTC", so UTC's other names ("Etc/UTC", "GMT") are too.
    CURRENT_NAME.set(name.toLowerCase(), utc ? 'UTC' : successor(name, zone.group, zone.name));
  }
}

// An old name's own city where tzdb keeps it under a new path (America/Buenos_Aires →
// America/Argentina/Buenos_Aires), else the group's zone (Asia/Calcutta → Asia/Kolkata).
function successor(name: string, group: string[], fallback: string): string {
  const city = name.slice(name.lastIndexOf('/') + 1);
  return group.find((g) => CURRENT.has(g) && g.endsWith(`/${city}`)) ?? fallback;
}

/**
 * The name a zone is stored under: its current IANA name, whatever spelling was given
 * ("Asia/Calcutta" and "asia/kolkata" → "Asia/Kolkata"; "Etc/UTC" → "UTC"). A name tzdb's data
 * does not know is returned as given (isTimeZone decides whether it is accepted at all).
 */
export function canonicalTimeZone(value: string): string {
  if (value === 'UTC' || CURRENT.has(value)) return value;
  const lower = value.toLowerCase();
  return CURRENT_BY_LOWER.get(lower) ?? CURRENT_NAME.get(lower) ?? value;
}

/** The zone a page was asked for (`?tz=`, a form's `tz`) when it is one, else `fallback`. */
export function askedZoneOr(asked: string | undefined, fallback: string): string {
  return asked && isTimeZone(asked) ? asked : fallback;
}
