import { getTimeZones, timeZonesNames } from '@vvo/tzdb';

/** A zone as the pickers offer it: its current IANA name, a label with its offset, what finds it. */
export interface ZoneOption {
  value: string;
  label: string;
  /** Lower-case, accent-free words the search matches: cities, country, aliases, offset. */
  search: string;
  /** Minutes east of UTC now, for ordering. */
  offset: number;
}

const CURRENT = new Set<string>(['UTC', ...timeZonesNames]);
const GROUPS = getTimeZones({ includeUtc: true });

/** "São Paulo" → "sao paulo": what a search compares. */
export function searchable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/_/g, ' ')
    .toLowerCase();
}

function offsetMinutes(zone: string, at: Date): number {
  const part = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(part ?? '');
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/** "UTC+05:30", "UTC−03:00", "UTC". */
export function formatOffset(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `UTC${minutes < 0 ? '−' : '+'}${hh}:${mm}`;
}

/**
 * Every current zone, ordered by its offset now, each found by its city, its country, the
 * main cities it covers, its old names ("Calcutta") and its offset ("+05:30", "utc+5:30").
 */
export function zoneOptions(at: Date = new Date()): ZoneOption[] {
  return [...CURRENT]
    .map((name) => {
      const group = GROUPS.find((g) => g.group.includes(name) || g.name === name);
      const offset = offsetMinutes(name, at);
      const utc = name === 'UTC';
      const place = utc
        ? ''
        : [group?.countryName, group?.alternativeName].filter(Boolean).join(', ');
      const hours = `${Math.trunc(offset / 60)}${offset % 60 ? `:${String(Math.abs(offset % 60)).padStart(2, '0')}` : ''}`;
      const words = [
        name,
        // Old names of this very zone (Asia/Calcutta for Asia/Kolkata), not its group's others.
        ...(group ? aliasesOf(name, group) : []),
        // The main cities a group lists belong to its main zone, not to every zone in it.
        ...(utc
          ? ['GMT', 'Coordinated Universal Time']
          : group?.name === name
            ? group.mainCities
            : []),
        place,
        formatOffset(offset),
        `utc${offset >= 0 ? '+' : ''}${hours}`,
        `gmt${offset >= 0 ? '+' : ''}${hours}`,
      ];
      const label = `${name} (${formatOffset(offset)}${place ? `, ${place}` : ''})`;
      // The label as shown too: a picker searches for it once a zone is chosen.
      const text = `${label} ${words.join(' ').replace(/\//g, ' ')}`;
      return { value: name, label, search: searchable(text).replace(/−/g, '-'), offset };
    })
    .sort((a, b) => a.offset - b.offset || a.value.localeCompare(b.value));
}

// A group's names that are not current zones themselves and, if they name a city, name this
// zone's or the group's main one (Europe/Kiev for Europe/Kyiv; US/Eastern for New York).
function aliasesOf(name: string, group: { name: string; group: string[] }): string[] {
  const main = group.name === name;
  return group.group.filter((g) => !CURRENT.has(g) && (main || sameCity(g, name)));
}

function sameCity(a: string, b: string): boolean {
  return a.slice(a.lastIndexOf('/') + 1) === b.slice(b.lastIndexOf('/') + 1);
}

/** True when every word of the search is found in the zone's words ("kolkata", "india ist"). */
export function zoneMatches(option: Pick<ZoneOption, 'search'>, query: string): boolean {
  const words = searchable(query).replace(/−/g, '-').split(/\s+/).filter(Boolean);
  return words.every((w) => option.search.includes(w));
}

/**
 * The current name of a zone the browser or an old record gives ("Asia/Calcutta" →
 * "Asia/Kolkata"); the server stores the same (domain/time-zones.ts).
 */
export function currentZoneName(zone: string): string {
  if (CURRENT.has(zone)) return zone;
  const group = GROUPS.find((g) => g.group.includes(zone));
  if (!group) return zone;
  if (group.group.includes('UTC')) return 'UTC';
  const city = zone.slice(zone.lastIndexOf('/') + 1);
  return group.group.find((g) => CURRENT.has(g) && g.endsWith(`/${city}`)) ?? group.name;
}

/** True for a zone the pickers offer. */
export function isOfferedZone(zone: string): boolean {
  return CURRENT.has(zone);
}

/**
 * The browser's own zone under its current name (Chrome still says "Asia/Calcutta"). Here, not
 * in format.ts, so the zone data loads only with the forms that pick a zone.
 */
export const BROWSER_ZONE = currentZoneName(Intl.DateTimeFormat().resolvedOptions().timeZone);
