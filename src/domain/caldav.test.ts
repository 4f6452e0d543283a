import { describe, expect, it } from 'vitest';
import { CalDavError, calendarObjects, calendarQuery, collectionFacts } from './caldav.js';

const EVENT =
  'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';

describe('CalDAV requests and answers', () => {
  it('asks for the events overlapping the window, in UTC', () => {
    const body = calendarQuery(Date.UTC(2026, 2, 1), Date.UTC(2026, 4, 1, 12, 30));
    expect(body).toContain('<c:time-range start="20260301T000000Z" end="20260501T123000Z"/>');
    expect(body).toContain('<c:comp-filter name="VEVENT">');
  });

  it('tells a calendar collection, and its zone, from a principal or home', () => {
    const calendar = `<?xml version="1.0"?>
<D:multistatus xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><D:response><D:href>/ann/work/</D:href>
<D:propstat><D:prop><D:resourcetype><D:collection/><C:calendar/></D:resourcetype>
<C:calendar-timezone>BEGIN:VCALENDAR&#13;
BEGIN:VTIMEZONE&#13;
TZID:America/New_York&#13;
END:VTIMEZONE&#13;
END:VCALENDAR</C:calendar-timezone></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response></D:multistatus>`;
    expect(collectionFacts(calendar)).toEqual({ isCalendar: true, timeZone: 'America/New_York' });
    const home = `<multistatus xmlns="DAV:"><response><href>/ann/</href><propstat><prop>
<resourcetype><principal/><collection/></resourcetype></prop><status>HTTP/1.1 200 OK</status></propstat>
<propstat><prop><calendar-timezone xmlns="urn:ietf:params:xml:ns:caldav"/></prop><status>HTTP/1.1 404 Not Found</status></propstat>
</response></multistatus>`;
    expect(collectionFacts(home)).toEqual({ isCalendar: false, timeZone: null });
  });

  it('reads calendar data whatever the prefixes, escaped or in CDATA, and skips failed resources', () => {
    const answer = `<?xml version="1.0" encoding="utf-8"?>
<d:multistatus xmlns:d="DAV:" xmlns:cal="urn:ietf:params:xml:ns:caldav">
<d:response><d:href>/a.ics</d:href><d:propstat><d:prop><d:getetag>"1"</d:getetag>
<cal:calendar-data>${EVENT.replace('UID:a', 'UID:a&amp;b')}</cal:calendar-data></d:prop>
<d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
<d:response><d:href>/b.ics</d:href><d:propstat><d:prop>
<cal:calendar-data><![CDATA[${EVENT.replace('UID:a', 'UID:<b>')}]]></cal:calendar-data></d:prop>
<d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
<d:response><d:href>/c.ics</d:href><d:propstat><d:prop><cal:calendar-data/></d:prop>
<d:status>HTTP/1.1 404 Not Found</d:status></d:propstat></d:response>
</d:multistatus>`;
    const objects = calendarObjects(answer);
    expect(objects).toHaveLength(2);
    expect(objects[0]).toContain('UID:a&b');
    expect(objects[1]).toContain('UID:<b>');
    expect(calendarObjects('<multistatus xmlns="DAV:"/>')).toEqual([]);
  });

  it('refuses what is not a multistatus', () => {
    expect(() => calendarObjects('<html><body>Sign in</body></html>')).toThrow(CalDavError);
    expect(() => calendarObjects('BEGIN:VCALENDAR')).toThrow(CalDavError);
  });
});
