import { XMLParser } from 'fast-xml-parser';

/** A CalDAV answer that is not what was asked for; `message` is short, for people. */
export class CalDavError extends Error {}

/**
 * PROPFIND (Depth 0) body: what kind of collection the URL is, and the calendar's zone (RFC 4791
 * §5.2.2, for its all-day and floating events, as a feed's X-WR-TIMEZONE).
 */
export const COLLECTION_QUERY = `<?xml version="1.0" encoding="utf-8"?>
<d:propfind xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
  <d:prop><d:resourcetype/><c:calendar-timezone/></d:prop>
</d:propfind>`;

/**
 * REPORT calendar-query body (RFC 4791 §7.8, Depth 1): every event of the collection that
 * overlaps [from, to), with its calendar data. Recurring events come whole (no `expand`), so
 * their exceptions are worked out as an iCalendar feed's are.
 */
export function calendarQuery(from: number, to: number): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<c:calendar-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
  <d:prop><d:getetag/><c:calendar-data/></d:prop>
  <c:filter>
    <c:comp-filter name="VCALENDAR">
      <c:comp-filter name="VEVENT">
        <c:time-range start="${utcStamp(from)}" end="${utcStamp(to)}"/>
      </c:comp-filter>
    </c:comp-filter>
  </c:filter>
</c:calendar-query>`;
}

/** 20260302T000000Z: the UTC form time-range takes. */
function utcStamp(ms: number): string {
  const iso = new Date(ms).toISOString(); // not stored: a CalDAV request's time-range
  return iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

// Namespace prefixes dropped (servers pick their own: d:, D:, none…); CalDAV's element names do
// not clash with DAV's. Values stay text; entities are decoded, named (&lt; in calendar data) and
// numeric (&#13;, how some servers write the CR of iCalendar's CRLF) — `htmlEntities` is what
// turns the numeric ones on.
const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: true,
  parseTagValue: false,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => ['response', 'propstat', 'calendar-data'].includes(name),
});

type Node = Record<string, unknown>;

function parse(xml: string): Node {
  try {
    const doc = parser.parse(xml) as Node;
    const multistatus = doc.multistatus;
    if (multistatus && typeof multistatus === 'object') return multistatus as Node;
    // An empty <multistatus/>: no events.
    if (multistatus === '') return {};
  } catch {
    // told below
  }
  throw new CalDavError('the server did not answer as CalDAV');
}

function responses(xml: string): Node[] {
  const list = parse(xml).response;
  return Array.isArray(list) ? (list as Node[]) : [];
}

function okProps(response: Node): Node[] {
  const propstats = Array.isArray(response.propstat) ? (response.propstat as Node[]) : [];
  return propstats
    .filter((p) => typeof p.status !== 'string' || / 2\d\d /.test(`${p.status} `))
    .map((p) => (p.prop && typeof p.prop === 'object' ? (p.prop as Node) : {}));
}

/** What a PROPFIND Depth 0 answer says of the collection asked about. */
export interface CollectionFacts {
  isCalendar: boolean;
  /** The TZID of its calendar-timezone, when it has one. */
  timeZone: string | null;
}

export function collectionFacts(xml: string): CollectionFacts {
  const first = responses(xml)[0];
  const props = first ? okProps(first) : [];
  const isCalendar = props.some(
    (prop) =>
      prop.resourcetype !== null &&
      typeof prop.resourcetype === 'object' &&
      'calendar' in (prop.resourcetype as Node),
  );
  const zoneText = props.map((prop) => textOf(prop['calendar-timezone'])).find(Boolean) ?? '';
  const timeZone = /^TZID:(.+?)\r?$/m.exec(zoneText)?.[1]?.trim() ?? null;
  return { isCalendar, timeZone };
}

/** The iCalendar objects of a calendar-query answer (one per event resource). */
export function calendarObjects(xml: string): string[] {
  const objects: string[] = [];
  for (const response of responses(xml)) {
    for (const prop of okProps(response)) {
      for (const data of (prop['calendar-data'] as unknown[] | undefined) ?? []) {
        const text = textOf(data);
        if (text.includes('BEGIN:VCALENDAR')) objects.push(text);
      }
    }
  }
  return objects;
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && '#text' in value) return String(value['#text']);
  return '';
}
