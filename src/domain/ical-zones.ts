import ICAL from 'ical.js';
import { Temporal } from 'temporal-polyfill';
import { findIana } from 'windows-iana';

/** Places a wall time in time: UTC, an IANA or Windows zone, the feed's VTIMEZONE, or the owner's. */
export class ZoneResolver {
  private readonly defined = new Map<string, ICAL.Timezone>();
  private readonly resolved = new Map<string, string | null>();
  private readonly floating: string;

  constructor(calendar: ICAL.Component, ownerZone: string) {
    for (const component of calendar.getAllSubcomponents('vtimezone')) {
      const tzid = component.getFirstPropertyValue('tzid');
      if (typeof tzid === 'string') this.defined.set(tzid, new ICAL.Timezone(component));
    }
    const feedZone = calendar.getFirstPropertyValue('x-wr-timezone');
    this.floating =
      (typeof feedZone === 'string' && this.iana(feedZone)) || this.iana(ownerZone) || 'UTC';
  }

  instant(time: ICAL.Time, tzid: string | null): number {
    if (time.isDate) return this.wallTime(time, this.floating);
    if (time.zone === ICAL.Timezone.utcTimezone) return time.toUnixTime() * 1000;
    if (tzid) {
      const zone = this.iana(tzid);
      if (zone) return this.wallTime(time, zone);
      const defined = this.defined.get(tzid);
      if (defined) {
        const copy = time.clone();
        copy.zone = defined;
        return copy.toUnixTime() * 1000;
      }
    }
    return this.wallTime(time, this.floating);
  }

  private wallTime(time: ICAL.Time, zone: string): number {
    return Temporal.PlainDateTime.from({
      year: time.year,
      month: time.month,
      day: time.day,
      hour: time.isDate ? 0 : time.hour,
      minute: time.isDate ? 0 : time.minute,
      second: time.isDate ? 0 : Math.min(time.second, 59),
    }).toZonedDateTime(zone, { disambiguation: 'compatible' }).epochMilliseconds;
  }

  // An IANA name for a TZID, or null: the name itself, Outlook's Windows name, or a
  // "/mozilla.org/…/Europe/Berlin"-style prefix some clients add.
  private iana(tzid: string): string | null {
    const known = this.resolved.get(tzid);
    if (known !== undefined) return known;
    const candidates = [tzid, findIana(tzid)[0], tzid.split('/').slice(-2).join('/')];
    const zone = candidates.find((name) => typeof name === 'string' && isZone(name)) ?? null;
    this.resolved.set(tzid, zone);
    return zone;
  }
}

function isZone(name: string): boolean {
  try {
    Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
